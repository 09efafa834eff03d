-- pii-scrubber store, SQLite. Only redacted text and metadata: raw message text never lands here.
CREATE TABLE tickets (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    channel         TEXT    NOT NULL,
    thread_key      TEXT    NOT NULL,
    requester_name  TEXT,
    requester_email TEXT,
    requester_phone TEXT,
    requester_handle TEXT,
    subject         TEXT,
    status          TEXT    NOT NULL DEFAULT 'open',
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    closed_at       INTEGER,
    UNIQUE (channel, thread_key)
);
CREATE TABLE messages (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id   INTEGER NOT NULL REFERENCES tickets(id),
    channel     TEXT    NOT NULL,
    source_id   TEXT    NOT NULL,
    lang        TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    UNIQUE (channel, source_id)
);
CREATE TABLE findings (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id   INTEGER NOT NULL REFERENCES messages(id),
    label        TEXT    NOT NULL,
    rule         TEXT    NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    action       TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    value_hash   TEXT
);
CREATE INDEX findings_message ON findings(message_id);
CREATE TABLE audit (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    at            INTEGER NOT NULL,
    ticket_id     INTEGER,
    message_id    INTEGER,
    event         TEXT    NOT NULL,
    label         TEXT,
    rule          TEXT,
    action        TEXT,
    reason        TEXT,
    rules_version TEXT    NOT NULL
);
