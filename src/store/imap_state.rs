//! Where the IMAP worker is in each mailbox (UIDVALIDITY, last UID looked at) and the messages
//! whose processing has started but not finished (attempt counts), so a restart resumes and a
//! message that keeps failing (or crashing the worker) is set aside after a bounded number of
//! attempts. Only ids and UIDs are stored, never message content.

use std::borrow::Cow;

use sqlx::migrate::{Migration, MigrationType};
use sqlx::{Row, SqlSafeStr};

use super::{now, Backend, Store, StoreError};

/// The embedded migration that creates the tables (version 10, both backends).
pub(super) fn migration(backend: Backend) -> Migration {
    let sql = match backend {
        Backend::Sqlite => include_str!("../../migrations/sqlite_0010_imap_state.sql"),
        Backend::Postgres => include_str!("../../migrations/postgres_0010_imap_state.sql"),
    };
    Migration::new(
        10,
        Cow::Borrowed("imap state"),
        MigrationType::Simple,
        sql.into_sql_str(),
        false,
    )
}

/// The embedded migration of the marker keys (version 11, both backends).
pub(super) fn key_migration() -> Migration {
    Migration::new(
        11,
        Cow::Borrowed("imap marker key"),
        MigrationType::Simple,
        include_str!("../../migrations/0011_imap_key.sql").into_sql_str(),
        false,
    )
}

/// A message the IMAP worker could not process and moved untouched to its failed folder, for a
/// person to handle.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SetAside {
    /// When (unix seconds).
    pub at: i64,
    /// Mailbox, UID, attempts and the kind of error; never a value.
    pub reason: String,
}

/// One mailbox of one account (`user@host:port`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImapMailbox {
    /// `user@host:port`.
    pub account: String,
    /// Mailbox name as the server spells it.
    pub mailbox: String,
}

/// Where the worker is in a mailbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImapPosition {
    /// The mailbox's UIDVALIDITY when the position was recorded.
    pub uidvalidity: u32,
    /// Every UID up to this one has been looked at (processed, skipped or set aside), except
    /// those with open attempts.
    pub last_uid: u32,
}

impl Store {
    /// The key that authenticates `account`'s marker headers: 32 random bytes made on first use
    /// and shared by every worker of the store (the first one to insert wins).
    pub async fn imap_marker_key(&self, account: &str) -> Result<Vec<u8>, StoreError> {
        let mut fresh = [0u8; 32];
        getrandom::fill(&mut fresh).map_err(|e| {
            StoreError::Db(sqlx::Error::Io(std::io::Error::other(format!(
                "no random bytes for the marker key: {e}"
            ))))
        })?;
        let hex: String = fresh.iter().map(|b| format!("{b:02x}")).collect();
        sqlx::query(
            "INSERT INTO imap_key (account, mac_key) VALUES ($1, $2) ON CONFLICT (account) DO NOTHING",
        )
        .bind(account)
        .bind(&hex)
        .execute(&self.pool)
        .await?;
        let key: String = sqlx::query("SELECT mac_key FROM imap_key WHERE account = $1")
            .bind(account)
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?;
        Ok(key.into_bytes())
    }

    /// The recorded position in `mb`, if any.
    pub async fn imap_position(
        &self,
        mb: &ImapMailbox,
    ) -> Result<Option<ImapPosition>, StoreError> {
        let row = sqlx::query(
            "SELECT uidvalidity, last_uid FROM imap_state WHERE account = $1 AND mailbox = $2",
        )
        .bind(&mb.account)
        .bind(&mb.mailbox)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            let (v, u): (i64, i64) = (r.try_get(0)?, r.try_get(1)?);
            Ok(ImapPosition {
                uidvalidity: v as u32,
                last_uid: u as u32,
            })
        })
        .transpose()
    }

    /// Records the position in `mb`; with a new UIDVALIDITY the open attempts of the old one
    /// are dropped (those UIDs mean nothing any more).
    pub async fn set_imap_position(
        &self,
        mb: &ImapMailbox,
        pos: ImapPosition,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO imap_state (account, mailbox, uidvalidity, last_uid) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (account, mailbox) DO UPDATE SET uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid",
        )
        .bind(&mb.account)
        .bind(&mb.mailbox)
        .bind(i64::from(pos.uidvalidity))
        .bind(i64::from(pos.last_uid))
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "DELETE FROM imap_attempts WHERE account = $1 AND mailbox = $2 AND uidvalidity <> $3",
        )
        .bind(&mb.account)
        .bind(&mb.mailbox)
        .bind(i64::from(pos.uidvalidity))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The messages of `mb` with open attempts: (UID, attempts so far), by UID.
    pub async fn imap_open_attempts(
        &self,
        mb: &ImapMailbox,
        uidvalidity: u32,
    ) -> Result<Vec<(u32, u32)>, StoreError> {
        let rows = sqlx::query(
            "SELECT uid, attempts FROM imap_attempts WHERE account = $1 AND mailbox = $2 AND uidvalidity = $3 ORDER BY uid",
        )
        .bind(&mb.account)
        .bind(&mb.mailbox)
        .bind(i64::from(uidvalidity))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let (u, a): (i64, i64) = (r.try_get(0)?, r.try_get(1)?);
                Ok((u as u32, a as u32))
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()
            .map_err(StoreError::from)
    }

    /// Counts one more attempt for each of `uids` (in one transaction) and records `error`
    /// (a description naming places, never values) when given.
    pub async fn imap_count_attempt(
        &self,
        mb: &ImapMailbox,
        uidvalidity: u32,
        uids: &[u32],
        error: Option<&str>,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        for &uid in uids {
            sqlx::query(
                "INSERT INTO imap_attempts (account, mailbox, uidvalidity, uid, attempts, last_error) VALUES ($1, $2, $3, $4, 1, $5) \
                 ON CONFLICT (account, mailbox, uidvalidity, uid) \
                 DO UPDATE SET attempts = imap_attempts.attempts + 1, last_error = COALESCE(excluded.last_error, imap_attempts.last_error)",
            )
            .bind(&mb.account)
            .bind(&mb.mailbox)
            .bind(i64::from(uidvalidity))
            .bind(i64::from(uid))
            .bind(error)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Records why the last attempt at a message failed (a description naming places).
    pub async fn imap_note_error(
        &self,
        mb: &ImapMailbox,
        uidvalidity: u32,
        uid: u32,
        error: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE imap_attempts SET last_error = $1 WHERE account = $2 AND mailbox = $3 AND uidvalidity = $4 AND uid = $5",
        )
        .bind(error)
        .bind(&mb.account)
        .bind(&mb.mailbox)
        .bind(i64::from(uidvalidity))
        .bind(i64::from(uid))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The last recorded error of a message's attempts, if any.
    pub async fn imap_last_error(
        &self,
        mb: &ImapMailbox,
        uidvalidity: u32,
        uid: u32,
    ) -> Result<Option<String>, StoreError> {
        let e: Option<Option<String>> = sqlx::query_scalar(
            "SELECT last_error FROM imap_attempts WHERE account = $1 AND mailbox = $2 AND uidvalidity = $3 AND uid = $4",
        )
        .bind(&mb.account)
        .bind(&mb.mailbox)
        .bind(i64::from(uidvalidity))
        .bind(i64::from(uid))
        .fetch_optional(&self.pool)
        .await?;
        Ok(e.flatten())
    }

    /// Marks `uids` finished (their attempt rows go) and moves the position to `last_uid`, in
    /// one transaction.
    pub async fn imap_finish(
        &self,
        mb: &ImapMailbox,
        uidvalidity: u32,
        uids: &[u32],
        last_uid: u32,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        for &uid in uids {
            sqlx::query(
                "DELETE FROM imap_attempts WHERE account = $1 AND mailbox = $2 AND uidvalidity = $3 AND uid = $4",
            )
            .bind(&mb.account)
            .bind(&mb.mailbox)
            .bind(i64::from(uidvalidity))
            .bind(i64::from(uid))
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query(
            "UPDATE imap_state SET last_uid = $1 WHERE account = $2 AND mailbox = $3 AND uidvalidity = $4 AND last_uid < $1",
        )
        .bind(i64::from(last_uid))
        .bind(&mb.account)
        .bind(&mb.mailbox)
        .bind(i64::from(uidvalidity))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records in the audit trail that a message was set aside untouched in the failed folder;
    /// `reason` names the mailbox, UID and error, never a value.
    pub async fn audit_imap_failed(&self, reason: &str) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO audit (at, ticket_id, message_id, event, label, rule, action, reason, rules_version) \
             VALUES ($1, NULL, NULL, 'imap_failed', NULL, NULL, 'set_aside', $2, $3)",
        )
        .bind(now())
        .bind(reason)
        .bind(&self.rules_version)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The reasons of every `imap_failed` audit row, oldest first.
    pub async fn imap_failures(&self) -> Result<Vec<String>, StoreError> {
        Ok(self
            .set_aside_between(0, i64::MAX)
            .await?
            .into_iter()
            .map(|s| s.reason)
            .collect())
    }

    /// The messages set aside untouched at `start..end` (unix seconds), oldest first: for
    /// reports.
    pub async fn set_aside_between(
        &self,
        start: i64,
        end: i64,
    ) -> Result<Vec<SetAside>, StoreError> {
        let rows: Vec<(i64, Option<String>)> = sqlx::query_as(
            "SELECT at, reason FROM audit WHERE event = 'imap_failed' AND at >= $1 AND at < $2 ORDER BY id",
        )
        .bind(start)
        .bind(end)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(at, reason)| SetAside {
                at,
                reason: reason.unwrap_or_default(),
            })
            .collect())
    }
}
