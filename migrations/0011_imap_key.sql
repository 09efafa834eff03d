-- IMAP worker: per account a random key that authenticates the marker header on redacted
-- copies (HMAC-SHA256), so a sender cannot make the worker skip a message by writing such a
-- header into it. A key, never message content.
CREATE TABLE imap_key (
    account TEXT NOT NULL PRIMARY KEY,
    mac_key TEXT NOT NULL
);
