-- The schema the bot used before versioned migrations; IF NOT EXISTS makes it a baseline that
-- applies cleanly over a store written by those versions.
CREATE TABLE IF NOT EXISTS users (
    user_id INTEGER PRIMARY KEY, language TEXT, consent INTEGER NOT NULL DEFAULT 0,
    consent_at REAL, first_seen REAL NOT NULL, last_seen REAL NOT NULL);
CREATE TABLE IF NOT EXISTS dialogue (
    user_id INTEGER PRIMARY KEY, state BLOB NOT NULL, updated_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS history (
    id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER NOT NULL, at REAL NOT NULL,
    query BLOB NOT NULL, kind TEXT NOT NULL, pick_ids TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS history_user ON history (user_id, at);
CREATE TABLE IF NOT EXISTS feedback (
    user_id INTEGER NOT NULL, phone_id TEXT NOT NULL, value INTEGER NOT NULL, query BLOB,
    at REAL NOT NULL, PRIMARY KEY (user_id, phone_id));
CREATE TABLE IF NOT EXISTS opened (
    user_id INTEGER NOT NULL, phone_id TEXT NOT NULL, at REAL NOT NULL, PRIMARY KEY (user_id, phone_id));
CREATE TABLE IF NOT EXISTS processed_updates (update_id INTEGER PRIMARY KEY, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER NOT NULL, at REAL NOT NULL,
    latency_ms REAL NOT NULL, kind TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS model_loads (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at REAL NOT NULL, seconds REAL NOT NULL, version TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at REAL NOT NULL, user_id INTEGER NOT NULL,
    action TEXT NOT NULL, allowed INTEGER NOT NULL, detail TEXT NOT NULL);
