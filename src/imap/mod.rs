//! The IMAP worker (`pii-scrubber imap`): redacts new messages in a mailbox in place.
//!
//! For each new message in the watched folder (and in the quarantine folder the Sieve script
//! fills when its filter failed) the worker fetches the raw message, redacts it
//! ([`MailRedactor`]), stores the ticket, APPENDs the redacted copy (flags and internal date
//! preserved) and only after the server confirmed the APPEND expunges the original. It waits with
//! IDLE (or polls), reconnects with backoff, and stops cleanly on SIGTERM.
//!
//! Crash safety: before a message is touched its attempt is counted in the store; the count
//! goes only when the original is gone. A message with a counted attempt is "in doubt": before
//! appending, the worker searches the target folder for a copy carrying the marker header
//! ([`marker`]) and appends only when there is none, so a restart never makes a second copy.
//! A message that cannot be processed after `[imap] max_attempts` attempts (including ones
//! that crashed the worker) is moved untouched to the failed folder and recorded in the log and
//! the audit trail, with its mailbox and UID only.

mod conn;
pub mod marker;
mod process;
mod worker;

pub use conn::Capabilities;
pub use process::{MailRedactor, MailScrubber, Processed};
pub use worker::{Stats, Worker};

/// Whether the configuration asks for the IMAP source (an `[imap]` section with a `user`).
pub fn configured(cfg: &crate::Config) -> bool {
    !cfg.imap.user.is_empty()
}

/// Checks the `[imap]` section and reads the password from the variable it names.
pub fn password(cfg: &crate::Config) -> anyhow::Result<String> {
    if cfg.imap.user.is_empty() {
        anyhow::bail!("[imap] user is not set");
    }
    std::env::var(&cfg.imap.password_env).map_err(|_| {
        anyhow::anyhow!(
            "set the IMAP password in the environment variable {} (named by [imap] password_env)",
            cfg.imap.password_env
        )
    })
}

/// Reports panics by location only: their messages could quote message text.
pub fn quiet_panics(prefix: &'static str) {
    std::panic::set_hook(Box::new(move |info| {
        let at = info.location().map_or_else(
            || "unknown place".to_string(),
            |l| format!("{}:{}", l.file(), l.line()),
        );
        eprintln!("{prefix}: internal error at {at}");
    }));
}

/// Runs the worker the configuration describes, redacting with `scrubber`, until `stop` is
/// raised (or, with `once`, until the folders are drained).
pub async fn run(
    cfg: &crate::Config,
    store: crate::store::Store,
    scrubber: crate::pipeline::Scrubber,
    once: bool,
    stop: crate::shutdown::Stop,
) -> anyhow::Result<Stats> {
    let password = password(cfg)?;
    quiet_panics("imap");
    let stats = source(
        cfg,
        password,
        store.clone(),
        std::sync::Arc::new(MailScrubber::new(scrubber)),
        once,
        stop,
    )
    .await;
    store.shutdown().await;
    Ok(stats?)
}

/// One run of the IMAP source with a stop flag shared with other tasks (`worker` runs it beside
/// its other sources). Connection failures are retried inside; other failures end the run.
pub async fn source(
    cfg: &crate::Config,
    password: String,
    store: crate::store::Store,
    redactor: std::sync::Arc<MailScrubber>,
    once: bool,
    stop: crate::shutdown::Stop,
) -> Result<Stats, ImapError> {
    let worker = Worker::new(
        cfg.imap.clone(),
        password,
        store,
        redactor,
        once,
        stop.receiver(),
    );
    worker.run().await
}

/// What went wrong talking to the server or the store. Messages name mailboxes and UIDs,
/// never message content.
#[derive(Debug, thiserror::Error)]
pub enum ImapError {
    /// The connection failed or dropped (retried with backoff).
    #[error("IMAP connection: {0}")]
    Connection(String),
    /// The server refused a command.
    #[error("server refused {command}: {reason}")]
    Server {
        /// The command.
        command: &'static str,
        /// The server's reason.
        reason: String,
    },
    /// Login refused.
    #[error("login refused: {0}")]
    Auth(String),
    /// The server's TLS certificate was refused (not retried).
    #[error("server certificate refused: {0}")]
    Certificate(String),
    /// The configuration cannot be used.
    #[error("[imap] config: {0}")]
    Config(String),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

impl ImapError {
    /// Whether reconnecting may help.
    pub fn is_connection(&self) -> bool {
        matches!(self, ImapError::Connection(_))
    }

    /// Whether the server or the store could not be reached: a later run may succeed.
    pub fn is_unreachable(&self) -> bool {
        match self {
            ImapError::Connection(_) => true,
            ImapError::Store(e) => e.is_unreachable(),
            _ => false,
        }
    }

    /// Wraps an async-imap error for `command`. Parse errors carry raw server bytes (which may be
    /// message content), so only their kind is kept.
    pub(crate) fn from_imap(command: &'static str, e: async_imap::error::Error) -> ImapError {
        use async_imap::error::Error as E;
        match e {
            E::Io(io) => ImapError::Connection(format!("{command}: i/o error ({})", io.kind())),
            E::ConnectionLost => ImapError::Connection(format!("{command}: connection lost")),
            E::Parse(_) => ImapError::Connection(format!("{command}: unparseable server response")),
            E::Bad(reason) | E::No(reason) => ImapError::Server { command, reason },
            E::Validate(_) => ImapError::Server {
                command,
                reason: "invalid argument".into(),
            },
            E::Append => ImapError::Server {
                command,
                reason: "APPEND not accepted".into(),
            },
            _ => ImapError::Connection(format!("{command}: unexpected error")),
        }
    }
}
