-- Updates being answered (bot/_delivery.py): a row from update to reply, so that a process killed
-- meanwhile can be told apart from one that answered. The chat id lets a restart tell the person their
-- message was not answered; no text is kept.
CREATE TABLE in_flight (
    update_id BIGINT PRIMARY KEY, chat_id BIGINT NOT NULL, user_id BIGINT, language TEXT NOT NULL, owner TEXT NOT NULL,
    at DOUBLE PRECISION NOT NULL);
