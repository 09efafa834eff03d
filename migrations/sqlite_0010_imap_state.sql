-- IMAP worker: per mailbox the UIDVALIDITY and the last UID looked at, and per message the
-- processing attempts not yet finished (a crash mid-message leaves its row; after
-- [imap] max_attempts the message goes to the failed folder). No message content here.
CREATE TABLE imap_state (
    account     TEXT   NOT NULL,
    mailbox     TEXT   NOT NULL,
    uidvalidity BIGINT NOT NULL,
    last_uid    BIGINT NOT NULL,
    PRIMARY KEY (account, mailbox)
);
CREATE TABLE imap_attempts (
    account     TEXT   NOT NULL,
    mailbox     TEXT   NOT NULL,
    uidvalidity BIGINT NOT NULL,
    uid         BIGINT NOT NULL,
    attempts    BIGINT NOT NULL,
    last_error  TEXT,
    PRIMARY KEY (account, mailbox, uidvalidity, uid)
);
