//! The ticket store: sqlx over SQLite (embedded default) or PostgreSQL, same SQL on both.
//!
//! Only redacted text lands here: message bodies after redaction, findings as label, rule,
//! offsets in the redacted body, action, reason and a keyed hash of the value (never the value),
//! and an append-only audit trail. Deletion is real: SQLite runs with `secure_delete` and its
//! WAL is checkpointed (truncated) after each batch; on PostgreSQL the changed tables are
//! vacuumed so old row versions go.

use std::borrow::Cow;
use std::collections::HashMap;
use std::time::{SystemTime, UNIX_EPOCH};

use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::{AnyPool, Executor, Row, SqlSafeStr};

use crate::label::Label;
use crate::policy::{Action, Decision};

mod ingest;
mod packed;
mod queue;
mod report;
mod rewrite;
mod sql;

pub use queue::Drained;
pub use report::ReportCount;
use rewrite::Rewrite;
mod imap_state;
pub use imap_state::{ImapMailbox, ImapPosition, SetAside};

/// Which database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// Embedded SQLite file.
    Sqlite,
    /// PostgreSQL server.
    Postgres,
}

/// A store operation that failed. Messages name the database, never a stored value.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The URL is neither sqlite:// nor postgres://.
    #[error("store url must start with sqlite:// or postgres:// (got scheme `{0}`)")]
    Scheme(String),
    /// A database error. Its message includes the database's own, so it is not also given
    /// as the error's source (an error chain would repeat it).
    #[error("store: {}", db_message(.0))]
    Db(sqlx::Error),
    /// Migrations failed.
    #[error("store migrations: {0}")]
    Migrate(sqlx::migrate::MigrateError),
    /// A packed row (report rows, a re-scan page) read back from the database was not packed
    /// as written (a bug, never a stored value).
    #[error("store: a packed row could not be unpacked")]
    Packing,
    /// The PostgreSQL database does not store text as UTF-8 (offsets and packed rows count
    /// UTF-8 bytes).
    #[error("store: the PostgreSQL database's encoding is {0}; pii-scrubber needs a UTF8 database (CREATE DATABASE … ENCODING 'UTF8')")]
    Encoding(String),
    /// No such ticket.
    #[error("ticket {0} not found")]
    NoTicket(i64),
    /// The database cannot be reached or opened. `target` is the URL without its password or
    /// parameters.
    #[error("store {target}: cannot connect: {}", db_message(.reason))]
    Connect {
        /// Where.
        target: String,
        /// Why (in the message, not chained again as a source).
        reason: sqlx::Error,
    },
}

impl StoreError {
    /// Whether waiting cannot help: a URL of another database, a database not in UTF-8, a
    /// server that refuses the role, the database or the password. A store that is down,
    /// unreachable or starting up can come up; these cannot.
    pub fn is_permanent(&self) -> bool {
        matches!(self, StoreError::Scheme(_) | StoreError::Encoding(_)) || self.refused_by_server()
    }

    /// Whether the database could not be reached or opened: a later run may succeed.
    pub fn is_unreachable(&self) -> bool {
        matches!(self, StoreError::Connect { .. }) && !self.refused_by_server()
    }

    /// A PostgreSQL server that answered and refused the connection for good: an unknown role
    /// or database, a wrong password. A server still starting up (`57P03`) is not one, nor is
    /// a SQLite file that cannot be opened yet (its directory may appear).
    fn refused_by_server(&self) -> bool {
        match self {
            StoreError::Connect {
                reason: sqlx::Error::Database(db),
                ..
            } => db
                .try_downcast_ref::<sqlx::postgres::PgDatabaseError>()
                .is_some_and(|pg| pg.code() != "57P03"),
            _ => false,
        }
    }
}

/// A database error as users read it. For an error the server returned, its message alone:
/// sqlx's text ends in the server's own source line (`… does not exist at line 948`), which
/// reads like a line of the user's config.
fn db_message(e: &sqlx::Error) -> String {
    match e {
        sqlx::Error::Database(db) => format!("error returned from database: {}", db.message()),
        e => e.to_string(),
    }
}

/// A store URL as it may be shown: without the password and the parameters.
fn shown_url(url: &str) -> String {
    let url = url.split('?').next().unwrap_or_default();
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let userinfo = &url[scheme_end + 3..at];
            let user = userinfo.split(':').next().unwrap_or_default();
            format!("{}{user}@{}", &url[..scheme_end + 3], &url[at + 1..])
        }
        _ => url.to_string(),
    }
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        StoreError::Db(e)
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(e: sqlx::migrate::MigrateError) -> Self {
        StoreError::Migrate(e)
    }
}

/// A message as a source delivers it, before detection.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Incoming {
    /// `ticket`, `social:<platform>`, `mail` …
    pub channel: String,
    /// The source's id, unique per channel (re-deliveries are not stored twice).
    pub source_id: String,
    /// Messages with the same thread key join one ticket.
    pub thread_key: String,
    /// The source id of the message this one replies to, if any.
    pub in_reply_to: Option<String>,
    /// Requester's name, e-mail, phone, handle.
    pub requester_name: Option<String>,
    /// Requester's e-mail.
    pub requester_email: Option<String>,
    /// Requester's phone.
    pub requester_phone: Option<String>,
    /// Requester's handle.
    pub requester_handle: Option<String>,
    /// Subject, already redacted.
    pub subject: Option<String>,
    /// Unix seconds.
    pub created_at: i64,
}

/// A finding ready to store: offsets in the redacted body, the decision, a keyed hash.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct NewFinding {
    /// Label.
    pub label: Label,
    /// Rule id.
    pub rule: String,
    /// Start offset in the redacted body.
    pub start: usize,
    /// End offset in the redacted body.
    pub end: usize,
    /// Action and reason.
    pub decision: Decision,
    /// Keyed HMAC of the value, when a key is configured.
    pub value_hash: Option<String>,
}

/// A processed message ready to store: never raw text, only the redacted body.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Prepared {
    /// Source metadata.
    pub incoming: Incoming,
    /// Language.
    pub lang: String,
    /// Redacted body.
    pub body: String,
    /// Findings.
    pub findings: Vec<NewFinding>,
}

/// A stored message for a re-scan.
#[derive(Debug, Clone)]
pub struct StoredForScan {
    /// Message id.
    pub id: i64,
    /// Stored (redacted) body.
    pub body: String,
    /// The ticket's requester.
    pub requester: crate::policy::Requester,
    /// The ticket's subject and the summaries of its earlier messages, one per line: what the
    /// request is about (see [`crate::pipeline::Scrubber::decide_in_thread`]).
    pub thread: String,
    /// Byte spans of the values recorded as kept (`keep`, `keep_until_closed`) in `body`: a
    /// re-scan that finds them again has nothing to do for them.
    pub kept: Vec<(usize, usize)>,
}

/// A re-scan's findings as they stand on a ticket that is `closed`: nothing is kept until
/// closing any more, so such values are redacted (the reason keeps why they were needed).
fn closed_ticket_needs_nothing(new: &[NewFinding], closed: bool) -> Cow<'_, [NewFinding]> {
    if !closed
        || !new
            .iter()
            .any(|f| f.decision.action == Action::KeepUntilClosed)
    {
        return Cow::Borrowed(new);
    }
    new.iter()
        .cloned()
        .map(|mut f| {
            if f.decision.action == Action::KeepUntilClosed {
                f.decision = Decision {
                    action: Action::Redact,
                    reason: format!("redacted: the ticket is closed; was: {}", f.decision.reason),
                };
            }
            f
        })
        .collect()
}

/// A page of messages for a re-scan as one row: the number of messages and, per message in
/// order of id, `<id>:<ticket>:` then the body, the requester's name, e-mail and phone and the
/// subject as `<bytes>:<text>` (`-` for NULL), the spans of its values recorded as kept as
/// `<start>:<end>;` each, and `.`. The page ends early where the bodies before a message
/// reach `$3` bytes (one packed value must stay far below the databases' 1 GB limit on a
/// string), so it always holds at least one message. Byte lengths (`octet_length`) read the
/// same on both backends (PostgreSQL in UTF-8) and count a NUL character in SQLite, where
/// `length` stops at one.
const SCAN_PAGE: &str = "SELECT COUNT(*), string_agg(m.id || ':' || m.ticket_id || ':' \
     || octet_length(m.body) || ':' || m.body \
     || COALESCE(octet_length(t.requester_name) || ':' || t.requester_name, '-') \
     || COALESCE(octet_length(t.requester_email) || ':' || t.requester_email, '-') \
     || COALESCE(octet_length(t.requester_phone) || ':' || t.requester_phone, '-') \
     || COALESCE(octet_length(t.subject) || ':' || t.subject, '-') \
     || COALESCE((SELECT string_agg(f.start_offset || ':' || f.end_offset || ';', '') FROM findings f \
        WHERE f.message_id = m.id AND f.action IN ('keep', 'keep_until_closed')), '') \
     || '.', '' ORDER BY m.id) \
     FROM (SELECT id, ticket_id, body, SUM(octet_length(body)) OVER (ORDER BY id) - octet_length(body) AS before \
       FROM (SELECT id, ticket_id, body FROM messages WHERE id > $1 ORDER BY id LIMIT $2) p) m \
     JOIN tickets t ON t.id = m.ticket_id WHERE m.before < $3";

/// The messages of a [`SCAN_PAGE`] string (thread: the subject only) and their tickets;
/// `None` if it is not packed as written.
fn unpack_scan_page(packed: &str) -> Option<(Vec<StoredForScan>, Vec<i64>)> {
    let mut p = packed::Unpack(packed);
    let (mut page, mut tickets) = (Vec::new(), Vec::new());
    while !p.is_empty() {
        let id = p.number()?;
        tickets.push(p.number()?);
        let body = p.bytes()?;
        let requester = crate::policy::Requester {
            name: p.optional_bytes()?,
            email: p.optional_bytes()?,
            phone: p.optional_bytes()?,
        };
        let thread = p.optional_bytes()?.unwrap_or_default();
        let mut kept = Vec::new();
        while !p.take('.') {
            let (s, e) = (p.number()?, p.number()?);
            kept.push((usize::try_from(s).ok()?, usize::try_from(e).ok()?));
        }
        page.push(StoredForScan {
            id,
            body,
            requester,
            thread,
            kept,
        });
    }
    Some((page, tickets))
}

/// What ingesting a message did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ingested {
    /// Stored as message `message` of ticket `ticket`.
    Stored {
        /// Ticket id.
        ticket: i64,
        /// Message id.
        message: i64,
    },
    /// Already stored (same channel and source id): nothing written.
    Duplicate,
}

/// A stored finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFinding {
    /// Label.
    pub label: String,
    /// Rule id.
    pub rule: String,
    /// Start offset in the stored (redacted) body.
    pub start: i64,
    /// End offset.
    pub end: i64,
    /// Action.
    pub action: String,
    /// Reason.
    pub reason: String,
}

/// A ticket row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TicketRow {
    /// Id.
    pub id: i64,
    /// Channel.
    pub channel: String,
    /// `open` or `closed`.
    pub status: String,
    /// Subject (redacted).
    pub subject: Option<String>,
    /// Number of messages.
    pub messages: i64,
    /// Unix seconds.
    pub created_at: i64,
}

/// A ticket's requester, as needed to answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contact {
    /// Name.
    pub name: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// Phone number.
    pub phone: Option<String>,
    /// Social-media handle.
    pub handle: Option<String>,
}

/// A stored message with its findings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRow {
    /// Id.
    pub id: i64,
    /// Source id.
    pub source_id: String,
    /// Language.
    pub lang: String,
    /// Redacted body.
    pub body: String,
    /// Findings with offsets in `body`.
    pub findings: Vec<StoredFinding>,
}

/// One finding as a report sees it: where and why, never the value.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ReportRow {
    /// Ticket id.
    pub ticket: i64,
    /// Message id.
    pub message: i64,
    /// Channel.
    pub channel: String,
    /// When the message was received (unix seconds).
    pub received_at: i64,
    /// Label.
    pub label: String,
    /// Rule id.
    pub rule: String,
    /// Action.
    pub action: String,
    /// Reason.
    pub reason: String,
    /// Start offset in the stored body.
    pub start: i64,
    /// End offset in the stored body.
    pub end: i64,
}

/// Unix seconds now.
pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// The ticket store.
#[derive(Debug, Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    rules_version: String,
}

/// How often a SQLite file's migrations are tried before the error is given.
const SQLITE_MIGRATION_ATTEMPTS: u32 = 20;

/// How often they are tried when the file stays locked: each attempt has waited the busy
/// timeout (5 s) already.
const SQLITE_LOCKED_MIGRATION_ATTEMPTS: u32 = 3;

/// Migrates a SQLite file that other processes may be migrating at the same moment (mail
/// filters started together on a new store). SQLite has no lock for migrations: each one runs
/// in its own transaction, so a process that loses the race fails on a table the winner has
/// just made, with nothing of its own applied. It tries again, and then finds the migrations
/// recorded as applied.
async fn migrate_sqlite(pool: &AnyPool) -> Result<(), StoreError> {
    let mut attempt = 1;
    loop {
        match migrator(Backend::Sqlite).run(pool).await {
            Ok(()) => return Ok(()),
            Err(e) if lost_migration_race(&e).is_some_and(|limit| attempt < limit) => {
                attempt += 1;
                tokio::time::sleep(std::time::Duration::from_millis(25 * u64::from(attempt))).await;
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// If a migration failed because another process migrated (or held) the file first: how many
/// attempts such a failure is worth.
fn lost_migration_race(e: &sqlx::migrate::MigrateError) -> Option<u32> {
    use sqlx::migrate::MigrateError;
    let db = match e {
        MigrateError::Execute(db) | MigrateError::ExecuteMigration(db, _) => db,
        _ => return None,
    };
    let message = db.to_string();
    if message.contains("already exists") {
        Some(SQLITE_MIGRATION_ATTEMPTS)
    } else if message.contains("database is locked") {
        Some(SQLITE_LOCKED_MIGRATION_ATTEMPTS)
    } else {
        None
    }
}

fn migrator(backend: Backend) -> Migrator {
    let (sql, queue_sql) = match backend {
        Backend::Sqlite => (
            include_str!("../../migrations/sqlite_0001_init.sql"),
            include_str!("../../migrations/sqlite_0003_queue.sql"),
        ),
        Backend::Postgres => (
            include_str!("../../migrations/postgres_0001_init.sql"),
            include_str!("../../migrations/postgres_0003_queue.sql"),
        ),
    };
    Migrator::with_migrations(vec![
        Migration::new(
            1,
            Cow::Borrowed("init"),
            MigrationType::Simple,
            sql.into_sql_str(),
            false,
        ),
        Migration::new(
            2,
            Cow::Borrowed("scrub progress"),
            MigrationType::Simple,
            include_str!("../../migrations/0002_scrub_progress.sql").into_sql_str(),
            false,
        ),
        Migration::new(
            3,
            Cow::Borrowed("queue"),
            MigrationType::Simple,
            queue_sql.into_sql_str(),
            false,
        ),
        imap_state::migration(backend),
        imap_state::key_migration(),
        Migration::new(
            12,
            Cow::Borrowed("message ticket index"),
            MigrationType::Simple,
            include_str!("../../migrations/0012_message_ticket_index.sql").into_sql_str(),
            false,
        ),
    ])
}

/// How long opening a store waits for the database to answer.
const CONNECT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

impl Store {
    /// Opens (and on SQLite creates) the store at `url`, runs the embedded migrations.
    /// `rules_version` is recorded with every audit row.
    pub async fn open(url: &str, rules_version: &str) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else {
            return Err(StoreError::Scheme(
                url.split(':').next().unwrap_or_default().to_string(),
            ));
        };
        let url = if backend == Backend::Sqlite && !url.contains("mode=") {
            format!("{url}{}mode=rwc", if url.contains('?') { '&' } else { '?' })
        } else {
            url.to_string()
        };
        let mut options = AnyPoolOptions::new();
        if backend == Backend::Sqlite {
            options = options.max_connections(1).after_connect(|conn, _| {
                Box::pin(async move {
                    // The busy timeout first: switching to WAL waits for other processes'
                    // locks too.
                    conn.execute("PRAGMA busy_timeout = 5000").await?;
                    conn.execute("PRAGMA secure_delete = ON").await?;
                    conn.execute("PRAGMA journal_mode = WAL").await?;
                    conn.execute("PRAGMA foreign_keys = ON").await?;
                    Ok(())
                })
            });
        } else {
            options = options.max_connections(8);
        }
        if backend == Backend::Postgres {
            // One direct connection first: a server that refuses or rejects it says so at once,
            // where the pool would retry until its timeout and then only say that it timed out.
            use sqlx::Connection;
            let attempt = sqlx::AnyConnection::connect(&url);
            let reason = match tokio::time::timeout(CONNECT_TIMEOUT, attempt).await {
                Ok(Ok(conn)) => {
                    let _ = conn.close().await;
                    None
                }
                Ok(Err(reason)) => Some(reason),
                Err(_) => Some(sqlx::Error::Io(std::io::Error::new(
                    std::io::ErrorKind::TimedOut,
                    format!("no answer within {} s", CONNECT_TIMEOUT.as_secs()),
                ))),
            };
            if let Some(reason) = reason {
                return Err(StoreError::Connect {
                    target: shown_url(&url),
                    reason,
                });
            }
        }
        let pool = match options.acquire_timeout(CONNECT_TIMEOUT).connect(&url).await {
            Ok(pool) => pool,
            Err(e) => {
                // The pool only says it timed out: one direct attempt tells why (refused,
                // unknown host, authentication, no such database).
                let reason = match e {
                    sqlx::Error::PoolTimedOut => {
                        use sqlx::Connection;
                        sqlx::AnyConnection::connect(&url).await.err().unwrap_or(e)
                    }
                    e => e,
                };
                return Err(StoreError::Connect {
                    target: shown_url(&url),
                    reason,
                });
            }
        };
        if backend == Backend::Postgres {
            let encoding: String = sqlx::query_scalar("SHOW server_encoding")
                .fetch_one(&pool)
                .await?;
            if encoding != "UTF8" {
                pool.close().await;
                return Err(StoreError::Encoding(encoding));
            }
        }
        // Two stores opened at once in one process (the worker and its IMAP source) would
        // both migrate a new SQLite file, and the second fail on a table the first made;
        // PostgreSQL migrations take an advisory lock of their own.
        static MIGRATING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
        match backend {
            Backend::Sqlite => {
                let _one_at_a_time = MIGRATING.lock().await;
                migrate_sqlite(&pool).await?;
            }
            Backend::Postgres => migrator(backend).run(&pool).await?,
        }
        Ok(Store {
            pool,
            backend,
            rules_version: rules_version.to_string(),
        })
    }

    /// A write transaction. On SQLite it takes the write lock at once (`BEGIN IMMEDIATE`),
    /// waiting up to the busy timeout for another process's: a deferred transaction that has
    /// read cannot wait for that lock when it comes to write, and fails with "database is
    /// locked".
    pub(crate) async fn begin_write(
        &self,
    ) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }

    /// Which database this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    async fn audit(
        &self,
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
        ticket: i64,
        message: Option<i64>,
        event: &str,
        finding: Option<(&str, &str, &Decision)>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO audit (at, ticket_id, message_id, event, label, rule, action, reason, rules_version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(now())
        .bind(ticket)
        .bind(message)
        .bind(event)
        .bind(finding.map(|f| f.0))
        .bind(finding.map(|f| f.1))
        .bind(finding.map(|f| f.2.action.as_str()))
        .bind(finding.map(|f| f.2.reason.clone()))
        .bind(&self.rules_version)
        .execute(&mut **tx)
        .await?;
        Ok(())
    }

    /// Tickets, newest first, optionally only those with `status`.
    pub async fn tickets(&self, status: Option<&str>) -> Result<Vec<TicketRow>, StoreError> {
        let rows: Vec<AnyRow> = sqlx::query(
            "SELECT t.id, t.channel, t.status, t.subject, t.created_at, (SELECT COUNT(*) FROM messages m WHERE m.ticket_id = t.id) AS n \
             FROM tickets t WHERE ($1 = '' OR t.status = $1) ORDER BY t.id DESC",
        )
        .bind(status.unwrap_or(""))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(TicketRow {
                    id: r.try_get(0)?,
                    channel: r.try_get(1)?,
                    status: r.try_get(2)?,
                    subject: r.try_get(3)?,
                    created_at: r.try_get(4)?,
                    messages: r.try_get(5)?,
                })
            })
            .collect()
    }

    /// The subject and (redacted) bodies of the ticket that holds message `source_id` of
    /// `channel`, one per line, or `None` if no such message is stored: what a reply's thread
    /// asked for.
    pub async fn thread_text(
        &self,
        channel: &str,
        source_id: &str,
    ) -> Result<Option<String>, StoreError> {
        let rows = sqlx::query(
            "SELECT t.subject, m2.body FROM messages m JOIN tickets t ON t.id = m.ticket_id \
             JOIN messages m2 ON m2.ticket_id = t.id \
             WHERE m.channel = $1 AND m.source_id = $2 ORDER BY m2.id",
        )
        .bind(channel)
        .bind(source_id)
        .fetch_all(&self.pool)
        .await?;
        let mut text: Option<String> = None;
        for row in &rows {
            let out = text.get_or_insert_with(|| {
                let subject: Option<String> = row.try_get(0).ok().flatten();
                subject.unwrap_or_default()
            });
            out.push('\n');
            out.push_str(&row.try_get::<String, _>(1)?);
        }
        Ok(text)
    }

    /// The requester's contact data of a ticket (gone after retention).
    pub async fn contact(&self, ticket: i64) -> Result<Contact, StoreError> {
        let row = sqlx::query(
            "SELECT requester_name, requester_email, requester_phone, requester_handle FROM tickets WHERE id = $1",
        )
        .bind(ticket)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NoTicket(ticket))?;
        Ok(Contact {
            name: row.try_get(0)?,
            email: row.try_get(1)?,
            phone: row.try_get(2)?,
            handle: row.try_get(3)?,
        })
    }

    /// The messages of a ticket with their findings, in order.
    pub async fn messages(&self, ticket: i64) -> Result<Vec<MessageRow>, StoreError> {
        let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM tickets WHERE id = $1")
            .bind(ticket)
            .fetch_optional(&self.pool)
            .await?;
        if exists.is_none() {
            return Err(StoreError::NoTicket(ticket));
        }
        let rows: Vec<AnyRow> = sqlx::query(
            "SELECT id, source_id, lang, body FROM messages WHERE ticket_id = $1 ORDER BY id",
        )
        .bind(ticket)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let id: i64 = r.try_get(0)?;
            let findings = sqlx::query("SELECT label, rule, start_offset, end_offset, action, reason FROM findings WHERE message_id = $1 ORDER BY start_offset")
                .bind(id)
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(|f| {
                    Ok(StoredFinding {
                        label: f.try_get(0)?,
                        rule: f.try_get(1)?,
                        start: f.try_get(2)?,
                        end: f.try_get(3)?,
                        action: f.try_get(4)?,
                        reason: f.try_get(5)?,
                    })
                })
                .collect::<Result<Vec<_>, sqlx::Error>>()?;
            out.push(MessageRow {
                id,
                source_id: r.try_get(1)?,
                lang: r.try_get(2)?,
                body: r.try_get(3)?,
                findings,
            });
        }
        Ok(out)
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// Whether a ticket is closed (an error if there is no such ticket).
    pub async fn is_closed(&self, ticket: i64) -> Result<bool, StoreError> {
        let status: Option<String> = sqlx::query_scalar("SELECT status FROM tickets WHERE id = $1")
            .bind(ticket)
            .fetch_optional(&self.pool)
            .await?;
        Ok(status.ok_or(StoreError::NoTicket(ticket))? == "closed")
    }

    /// Closes a ticket: values kept until closing are redacted in every message (in one
    /// transaction), then the deleted versions are purged. Returns how many values were redacted.
    pub async fn close(&self, ticket: i64) -> Result<usize, StoreError> {
        let messages = self.messages(ticket).await?;
        let kept = Action::KeepUntilClosed.as_str();
        let rewrites: Vec<Rewrite<'_>> = messages
            .iter()
            .filter(|m| m.findings.iter().any(|f| f.action == kept))
            .map(|m| Rewrite {
                message: m.id,
                body: &m.body,
                items: m
                    .findings
                    .iter()
                    .filter(|f| f.action == kept)
                    .filter_map(|f| Some((f.start as usize, f.end as usize, f.label.parse().ok()?)))
                    .collect(),
            })
            .collect();
        let mut tx = self.begin_write().await?;
        let done = self
            .redact_stored(&mut tx, &rewrites, "redacted at ticket close; was: ")
            .await?;
        let redacted: usize = done.iter().map(|e| e.spans.len()).sum();
        sqlx::query(
            "UPDATE tickets SET status = 'closed', closed_at = $1, updated_at = $1 WHERE id = $2",
        )
        .bind(now())
        .bind(ticket)
        .execute(&mut *tx)
        .await?;
        let d = Decision {
            action: Action::Redact,
            reason: format!("ticket closed: {redacted} kept value(s) redacted"),
        };
        self.audit(&mut tx, ticket, None, "close", Some(("", "", &d)))
            .await?;
        tx.commit().await?;
        self.purge().await?;
        Ok(redacted)
    }

    /// Up to `limit` messages after message id `after`, with their ticket's requester and
    /// thread (`summarize` turns each earlier body into what counts of it, e.g. its intent
    /// words) and the spans of the values recorded as kept, for a re-scan. The page is read
    /// as one packed row (`SCAN_PAGE`) and ends early where the bodies before a message
    /// reach `max_bytes`: it holds at least one message if any comes after `after`.
    pub async fn messages_after(
        &self,
        after: i64,
        limit: i64,
        max_bytes: i64,
        summarize: impl Fn(&str) -> String,
    ) -> Result<Vec<StoredForScan>, StoreError> {
        let (count, packed): (i64, Option<String>) = {
            let row = sqlx::query(SCAN_PAGE)
                .bind(after)
                .bind(limit)
                .bind(max_bytes)
                .fetch_one(&self.pool)
                .await?;
            (row.try_get(0)?, row.try_get(1)?)
        };
        let (mut page, tickets) = unpack_scan_page(packed.as_deref().unwrap_or_default())
            .filter(|(page, _)| page.len() as i64 == count)
            .ok_or(StoreError::Packing)?;
        let (Some(first), Some(last)) = (page.first().map(|m| m.id), page.last().map(|m| m.id))
        else {
            return Ok(page);
        };
        // The thread: the bodies of the page's tickets' messages that a later one (up to the
        // page's end) follows, each summarised once; the last message of a thread (most often
        // its only one) is nobody's thread and is not read.
        let rows = sqlx::query(
            "SELECT m.ticket_id, m.id, m.body FROM messages m WHERE m.id < $2 AND m.ticket_id IN \
             (SELECT ticket_id FROM messages WHERE id >= $1 AND id <= $2) AND EXISTS (SELECT 1 \
             FROM messages n WHERE n.ticket_id = m.ticket_id AND n.id > m.id AND n.id <= $2) \
             ORDER BY m.ticket_id, m.id",
        )
        .bind(first)
        .bind(last)
        .fetch_all(&self.pool)
        .await?;
        let mut earlier: HashMap<i64, Vec<(i64, String)>> = HashMap::new();
        for row in &rows {
            let (ticket, id, body): (i64, i64, String) =
                (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
            earlier
                .entry(ticket)
                .or_default()
                .push((id, summarize(&body)));
        }
        for (m, ticket) in page.iter_mut().zip(tickets) {
            m.thread.push('\n');
            for (_, summary) in earlier
                .get(&ticket)
                .into_iter()
                .flatten()
                .filter(|e| e.0 < m.id)
            {
                m.thread.push_str(summary);
                m.thread.push('\n');
            }
        }
        Ok(page)
    }

    /// Number of stored messages.
    pub async fn message_count(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM messages")
            .fetch_one(&self.pool)
            .await?)
    }

    /// Number of stored values still kept (`keep`, `keep_until_closed`) in messages.
    pub async fn kept_values(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM findings WHERE action IN ('keep', 'keep_until_closed')",
        )
        .fetch_one(&self.pool)
        .await?)
    }

    /// The last message id a re-scan named `name` has finished (0 if none).
    pub async fn scrub_progress(&self, name: &str) -> Result<i64, StoreError> {
        let last: Option<i64> =
            sqlx::query_scalar("SELECT last_message_id FROM scrub_progress WHERE name = $1")
                .bind(name)
                .fetch_optional(&self.pool)
                .await?;
        Ok(last.unwrap_or(0))
    }

    /// Forgets the progress of re-scan `name`.
    pub async fn reset_scrub_progress(&self, name: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM scrub_progress WHERE name = $1")
            .bind(name)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Stores one batch of a re-scan in one transaction: each message's newly found values are
    /// redacted in its body (or, when the policy keeps them, recorded so that closing the ticket
    /// or the retention sweep redacts them) as findings with audit rows, and the progress moves
    /// to `last_id`. A kept value already recorded is not recorded twice. A message whose body
    /// changed since it was read (closed or swept meanwhile) is left alone: its findings refer
    /// to the old body. Returns how many values were redacted, how many kept values were newly
    /// recorded and how many messages had changed.
    pub async fn scrub_batch(
        &self,
        name: &str,
        batch: &[(i64, String, Vec<NewFinding>)],
        last_id: i64,
    ) -> Result<(usize, usize, usize), StoreError> {
        let mut tx = self.begin_write().await?;
        let found: Vec<&(i64, String, Vec<NewFinding>)> =
            batch.iter().filter(|b| !b.2.is_empty()).collect();
        let read: Vec<Rewrite<'_>> = found
            .iter()
            .map(|(message, body, _)| Rewrite {
                message: *message,
                body,
                items: Vec::new(),
            })
            .collect();
        let current = self.current_bodies(&mut tx, &read).await?;
        let before = found.len();
        // A message whose body changed since it was read is left alone; on a ticket closed
        // since, nothing is kept until closing any more.
        let found: Vec<(i64, &String, Cow<'_, [NewFinding]>)> = found
            .into_iter()
            .filter_map(|(message, body, new)| {
                let now = current.get(message).filter(|c| c.body == *body)?;
                Some((*message, body, closed_ticket_needs_nothing(new, now.closed)))
            })
            .collect();
        let changed = before - found.len();
        let rewrites: Vec<Rewrite<'_>> = found
            .iter()
            .map(|(message, body, new)| Rewrite {
                message: *message,
                body: body.as_str(),
                items: new
                    .iter()
                    .filter(|f| f.decision.action.removes_value())
                    .map(|f| (f.start, f.end, f.label))
                    .collect(),
            })
            .collect();
        let recorded = self.stored_findings(&mut tx, &rewrites).await?;
        let edits = self
            .redact_recorded(
                &mut tx,
                &rewrites,
                &recorded,
                "redacted by scrub-store; was: ",
            )
            .await?;
        let mut rows = Vec::new();
        let (mut redacted, mut kept) = (0, 0);
        for ((message, _, new), edit) in found.iter().zip(edits) {
            let ticket = current[message].ticket;
            let (removed, keeps): (Vec<&NewFinding>, Vec<&NewFinding>) =
                new.iter().partition(|f| f.decision.action.removes_value());
            for (finding, &span) in removed.into_iter().zip(edit.spans.iter()) {
                redacted += 1;
                // A value recorded as kept at this very span: its row became `redact` above.
                let recorded_here = recorded.iter().any(|&(_, m, s, e)| {
                    m == *message && s as usize == finding.start && e as usize == finding.end
                });
                if !recorded_here {
                    rows.push(FindingRow {
                        ticket,
                        message: *message,
                        finding,
                        span,
                    });
                }
            }
            for finding in keeps {
                let known = recorded.iter().any(|&(_, m, s, e)| {
                    m == *message && (s as usize) < finding.end && finding.start < e as usize
                });
                if !known {
                    kept += 1;
                    rows.push(FindingRow {
                        ticket,
                        message: *message,
                        finding,
                        span: edit.place(finding.start, finding.end),
                    });
                }
            }
        }
        self.insert_findings(&mut tx, &rows, "scrub-store").await?;
        sqlx::query(
            "INSERT INTO scrub_progress (name, last_message_id) VALUES ($1, $2) \
             ON CONFLICT (name) DO UPDATE SET last_message_id = excluded.last_message_id",
        )
        .bind(name)
        .bind(last_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok((redacted, kept, changed))
    }

    /// Retention: in messages written or received before `before` (unix seconds; an imported
    /// backlog counts from the messages' own dates), every value still kept (`keep`,
    /// `keep_until_closed`) is redacted, one message per transaction; tickets without
    /// activity since `before` lose the requester's name, e-mail address, phone number and
    /// handle (needed only to answer); then deleted versions are purged.
    pub async fn sweep(&self, before: i64) -> Result<Swept, StoreError> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT DISTINCT m.id FROM messages m JOIN findings f ON f.message_id = m.id \
             WHERE (m.created_at < $1 OR m.received_at < $1) AND f.action IN ('keep', 'keep_until_closed') ORDER BY m.id",
        )
        .bind(before)
        .fetch_all(&self.pool)
        .await?;
        let mut redacted = 0;
        for id in ids {
            let mut tx = self.begin_write().await?;
            let (ticket, body): (i64, String) = {
                let row = sqlx::query("SELECT ticket_id, body FROM messages WHERE id = $1")
                    .bind(id)
                    .fetch_one(&mut *tx)
                    .await?;
                (row.try_get(0)?, row.try_get(1)?)
            };
            let rows = sqlx::query(
                "SELECT start_offset, end_offset, label FROM findings WHERE message_id = $1 AND action IN ('keep', 'keep_until_closed') ORDER BY start_offset",
            )
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
            let mut items = Vec::with_capacity(rows.len());
            for r in rows {
                let (s, e, label): (i64, i64, String) =
                    (r.try_get(0)?, r.try_get(1)?, r.try_get(2)?);
                if let Ok(label) = label.parse::<Label>() {
                    items.push((s as usize, e as usize, label));
                }
            }
            let rewrite = Rewrite {
                message: id,
                body: &body,
                items,
            };
            let done = self
                .redact_stored(
                    &mut tx,
                    std::slice::from_ref(&rewrite),
                    "redacted by retention (older than the retention age); was: ",
                )
                .await?
                .remove(0);
            redacted += done.spans.len();
            let d = Decision {
                action: Action::Redact,
                reason: format!(
                    "retention sweep: {} kept value(s) redacted",
                    done.spans.len()
                ),
            };
            self.audit(&mut tx, ticket, Some(id), "retention", Some(("", "", &d)))
                .await?;
            tx.commit().await?;
        }
        let requesters = self.forget_requesters(before).await?;
        self.purge().await?;
        Ok(Swept {
            values: redacted,
            requesters,
        })
    }

    /// Removes the requester's contact data from tickets without activity since `before`, in
    /// one transaction with an audit row per ticket. Returns how many tickets lost it.
    async fn forget_requesters(&self, before: i64) -> Result<usize, StoreError> {
        let mut tx = self.begin_write().await?;
        let tickets: Vec<i64> = sqlx::query_scalar(
            "UPDATE tickets SET requester_name = NULL, requester_email = NULL, \
             requester_phone = NULL, requester_handle = NULL WHERE updated_at < $1 AND \
             (requester_name IS NOT NULL OR requester_email IS NOT NULL \
             OR requester_phone IS NOT NULL OR requester_handle IS NOT NULL) RETURNING id",
        )
        .bind(before)
        .fetch_all(&mut *tx)
        .await?;
        let d = Decision {
            action: Action::Redact,
            reason: "retention sweep: the requester's contact data removed (no activity for the retention age)".into(),
        };
        for &ticket in &tickets {
            self.audit(&mut tx, ticket, None, "retention", Some(("", "", &d)))
                .await?;
        }
        tx.commit().await?;
        Ok(tickets.len())
    }

    /// Makes deletions real: SQLite WAL checkpoint (truncate); PostgreSQL VACUUM of the tables
    /// whose rows are rewritten.
    pub async fn purge(&self) -> Result<(), StoreError> {
        match self.backend {
            Backend::Sqlite => {
                sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                    .execute(&self.pool)
                    .await?;
            }
            Backend::Postgres => {
                for t in ["messages", "findings", "tickets", "queue"] {
                    let sql = format!("VACUUM {t}");
                    sqlx::query(sqlx::AssertSqlSafe(sql))
                        .execute(&self.pool)
                        .await?;
                }
            }
        }
        Ok(())
    }

    /// Closes the pool.
    pub async fn shutdown(&self) {
        self.pool.close().await;
    }
}

/// What a retention sweep removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Swept {
    /// Kept values redacted in message bodies.
    pub values: usize,
    /// Tickets whose requester contact data was removed.
    pub requesters: usize,
}

/// A finding to record for a stored message, at `span` of its body.
struct FindingRow<'a> {
    ticket: i64,
    message: i64,
    finding: &'a NewFinding,
    span: (usize, usize),
}

#[cfg(test)]
mod tests {
    use super::shown_url;

    #[test]
    fn a_shown_store_url_has_no_password_or_parameters() {
        assert_eq!(
            shown_url("postgres://app:s3cret@db.example:5432/tickets?sslmode=require"),
            "postgres://app@db.example:5432/tickets"
        );
        assert_eq!(
            shown_url("sqlite:///var/lib/x.db?mode=rwc"),
            "sqlite:///var/lib/x.db"
        );
    }
}
