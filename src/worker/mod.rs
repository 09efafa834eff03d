//! `pii-scrubber worker`: the long-running process. Each round it drains the intake queue (the
//! HTTP intake's redacted messages), ingests the drop directory, and runs the retention sweep
//! when it is due. A store that is down is retried with backoff; nothing is lost because every
//! message is stored in the transaction that removes it from its source (queue row) or before
//! its source is deleted (drop file). SIGTERM finishes the current batch and stops.

pub mod backoff;
pub mod drop_dir;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::pipeline::Scrubber;
use crate::shutdown::Stop;
use crate::store::{now, Ingested, Store, StoreError};

use backoff::Backoff;

/// What the worker runs and how often.
#[derive(Debug, Clone)]
pub struct Options {
    /// Drain everything once and return, instead of running until stopped.
    pub once: bool,
    /// Messages per store transaction.
    pub batch: u32,
    /// Wait between rounds.
    pub poll: Duration,
    /// Retention sweep interval.
    pub sweep_interval: Duration,
    /// Retention age in days.
    pub retention_days: u32,
    /// The drop directory, if any.
    pub drop_dir: Option<PathBuf>,
    /// Backoff while the store is unavailable.
    pub backoff: Backoff,
}

/// Counts of what the worker did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// Messages stored.
    pub stored: usize,
    /// Messages that were already stored (re-deliveries).
    pub duplicates: usize,
    /// Queue items that could not be read back (moved to `queue_dead`).
    pub dead: usize,
    /// Drop files ingested.
    pub files: usize,
    /// Lines of drop files that could not be read.
    pub skipped_lines: usize,
    /// Kept values redacted by the retention sweep.
    pub swept: usize,
    /// Tickets whose requester contact data the retention sweep removed.
    pub requesters_forgotten: usize,
    /// Store failures retried.
    pub retries: usize,
}

impl std::fmt::Display for Stats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} message(s) stored, {} already stored, {} file(s), {} line(s) skipped, {} dead queue item(s), {} value(s) swept, {} requester(s) forgotten, {} retries",
            self.stored, self.duplicates, self.files, self.skipped_lines, self.dead, self.swept, self.requesters_forgotten, self.retries
        )
    }
}

/// Why a round of work stopped early. Messages name the place, never a value.
#[derive(Debug, thiserror::Error)]
pub enum WorkerError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A file of the drop directory.
    #[error("{path}: {reason}")]
    Io {
        /// The file or directory.
        path: String,
        /// What failed (in the message, not chained again as a source).
        reason: std::io::Error,
    },
}

impl WorkerError {
    /// Whether the store could not be reached: a later run may succeed.
    pub fn is_unreachable(&self) -> bool {
        matches!(self, WorkerError::Store(e) if e.is_unreachable())
    }

    fn io(path: &Path, reason: std::io::Error) -> WorkerError {
        WorkerError::Io {
            path: path.display().to_string(),
            reason,
        }
    }
}

/// With `once`, a store that fails this many times in a row ends the run with its error: a
/// run from cron must end, and say that it failed.
pub const ONCE_MAX_ATTEMPTS: usize = 4;

/// Opens the store, retrying with backoff while it is unavailable (each failure logged with
/// `who`, the command, in front); with `once` only [`ONCE_MAX_ATTEMPTS`] times; a store that
/// waiting cannot fix ([`StoreError::is_permanent`]) at once. `Ok(None)` if stopped first.
pub async fn open_store(
    who: &str,
    url: &str,
    rules_version: &str,
    once: bool,
    backoff: &mut Backoff,
    stop: &mut Stop,
    retries: &mut usize,
) -> Result<Option<Store>, StoreError> {
    let mut attempts = 0;
    loop {
        // A stop is honoured during an attempt too, not only between attempts.
        let opened = tokio::select! {
            opened = Store::open(url, rules_version) => opened,
            () = stop.raised() => return Ok(None),
        };
        match opened {
            Ok(s) => {
                backoff.reset();
                return Ok(Some(s));
            }
            Err(e) => {
                attempts += 1;
                if e.is_permanent() || (once && attempts >= ONCE_MAX_ATTEMPTS) {
                    return Err(e);
                }
                let d = backoff.next_delay();
                *retries += 1;
                eprintln!("{who}: {e}; retrying in {}", humantime::format_duration(d));
                if stop.sleep(d).await {
                    return Ok(None);
                }
            }
        }
    }
}

/// Runs the worker until `stop` is raised (or, with `once`, until there is nothing left to do).
pub async fn run(
    scrubber: &Scrubber,
    url: &str,
    options: Options,
    mut stop: Stop,
) -> Result<Stats, WorkerError> {
    let mut stats = Stats::default();
    let mut backoff = options.backoff.clone();
    let version = scrubber.detector.version().to_string();
    let Some(store) = open_store(
        "worker",
        url,
        &version,
        options.once,
        &mut backoff,
        &mut stop,
        &mut stats.retries,
    )
    .await?
    else {
        return Ok(stats);
    };
    let mut next_sweep = Instant::now();
    let mut failed_rounds = 0;
    loop {
        match round(
            scrubber,
            &store,
            &options,
            &mut stats,
            &stop,
            &mut next_sweep,
        )
        .await
        {
            Ok(()) => {
                backoff.reset();
                if options.once || stop.sleep(options.poll).await {
                    break;
                }
            }
            Err(e) => {
                failed_rounds += 1;
                if options.once && failed_rounds >= ONCE_MAX_ATTEMPTS {
                    store.shutdown().await;
                    return Err(e);
                }
                let d = backoff.next_delay();
                stats.retries += 1;
                eprintln!("worker: {e}; retrying in {}", humantime::format_duration(d));
                if stop.sleep(d).await {
                    break;
                }
            }
        }
    }
    store.shutdown().await;
    Ok(stats)
}

/// One round: the queue until empty, the drop directory, the sweep when due.
async fn round(
    scrubber: &Scrubber,
    store: &Store,
    options: &Options,
    stats: &mut Stats,
    stop: &Stop,
    next_sweep: &mut Instant,
) -> Result<(), WorkerError> {
    let mut drained_any = false;
    while !stop.is_set() {
        let drained = store.drain_queue(i64::from(options.batch.max(1))).await?;
        if drained.claimed() == 0 {
            break;
        }
        drained_any = true;
        for r in &drained.ingested {
            match r {
                Ingested::Stored { .. } => stats.stored += 1,
                Ingested::Duplicate => stats.duplicates += 1,
            }
        }
        for id in &drained.dead {
            eprintln!("worker: queue item {id} could not be read; moved to queue_dead");
        }
        stats.dead += drained.dead.len();
    }
    if drained_any {
        store.purge().await?;
    }
    if let Some(dir) = &options.drop_dir {
        drop_dir::scan(dir, scrubber, store, stats, stop).await?;
    }
    if Instant::now() >= *next_sweep && !stop.is_set() {
        let before = now() - i64::from(options.retention_days) * 86_400;
        let swept = store.sweep(before).await?;
        stats.swept += swept.values;
        stats.requesters_forgotten += swept.requesters;
        *next_sweep = Instant::now() + options.sweep_interval;
    }
    Ok(())
}
