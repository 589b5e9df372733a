-- Shared links (bot/_share.py): the phones of a shared pick list or comparison, with their names at
-- the time, so an opened link can name the phones that left the catalog since. No user id, no text.
CREATE TABLE shares (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, currency TEXT NOT NULL, phones TEXT NOT NULL,
    shared_at DOUBLE PRECISION NOT NULL);
