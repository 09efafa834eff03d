-- Messages received by the HTTP intake, waiting for a worker. Each item is a message already
-- through detect → policy → redact (JSON of the redacted body, findings, source metadata):
-- raw text never lands here either. A worker deletes the rows it claims in the same transaction
-- that stores them, so each is stored exactly once.
CREATE TABLE queue (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    enqueued_at INTEGER NOT NULL,
    item        TEXT    NOT NULL
);
-- Queue items a worker could not read back (never expected: the program writes them itself);
-- kept for a person to look at instead of being dropped.
CREATE TABLE queue_dead (
    id          INTEGER PRIMARY KEY,
    enqueued_at INTEGER NOT NULL,
    item        TEXT    NOT NULL,
    error       TEXT    NOT NULL
);
