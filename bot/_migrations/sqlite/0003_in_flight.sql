-- Updates being answered (bot/_delivery.py): a row from update to reply, so that a process killed
-- meanwhile can be told apart from one that answered. The chat id lets a restart tell the person their
-- message was not answered; no text is kept.
CREATE TABLE in_flight (
    update_id INTEGER PRIMARY KEY, chat_id INTEGER NOT NULL, user_id INTEGER, language TEXT NOT NULL, owner TEXT NOT NULL,
    at REAL NOT NULL);
