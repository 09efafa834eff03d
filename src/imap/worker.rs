//! The worker loop: drain the quarantine and watched folders, wait (IDLE or poll), repeat;
//! reconnect with backoff; stop cleanly when asked.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_imap::types::Flag;
use futures_util::TryStreamExt;
use rayon::prelude::*;
use tokio::sync::watch;

use super::conn::{connect, Capabilities, Session};
use super::marker::{self, quote};
use super::process::{MailRedactor, Processed};
use super::ImapError;
use crate::config::ImapConfig;
use crate::store::{ImapMailbox, ImapPosition, Store};

/// Messages fetched and redacted together.
const BATCH: usize = 50;
/// Longest wait between reconnection attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(30);
/// With `once`, give up after this many failed connections in a row (about 8 s of backoff):
/// a run from cron must end, and say that it failed.
const ONCE_MAX_FAILURES: u32 = 5;
/// Longest a single command may take.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(120);

/// What a run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Messages redacted (copy appended, original expunged).
    pub processed: u64,
    /// Messages skipped because they were already redacted.
    pub skipped: u64,
    /// Messages set aside in the failed folder.
    pub failed: u64,
    /// Connections made.
    pub connections: u64,
}

/// The IMAP worker.
pub struct Worker<R: MailRedactor> {
    cfg: ImapConfig,
    password: String,
    store: Store,
    redactor: Arc<R>,
    once: bool,
    stop: watch::Receiver<bool>,
    account: String,
    stats: Stats,
    /// The account's key for marker MACs (from the store, loaded at the first connection).
    mac_key: Vec<u8>,
}

/// One fetched message header.
struct Meta {
    uid: u32,
    flags: String,
    date: Option<String>,
    /// A redacted copy this worker made (its marker's MAC checks).
    our_copy: bool,
}

fn log(msg: std::fmt::Arguments<'_>) {
    eprintln!("imap: {msg}");
}

async fn timed<T>(
    command: &'static str,
    fut: impl std::future::Future<Output = Result<T, async_imap::error::Error>>,
) -> Result<T, ImapError> {
    match tokio::time::timeout(COMMAND_TIMEOUT, fut).await {
        Ok(r) => r.map_err(|e| ImapError::from_imap(command, e)),
        Err(_) => Err(ImapError::Connection(format!(
            "{command}: no answer within {COMMAND_TIMEOUT:?}"
        ))),
    }
}

/// `1,5,7:9`-style UID set.
fn uid_set(uids: &[u32]) -> String {
    let mut sorted = uids.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut out = String::new();
    let mut i = 0;
    while i < sorted.len() {
        let start = sorted[i];
        let mut end = start;
        while i + 1 < sorted.len() && sorted[i + 1] == end + 1 {
            i += 1;
            end = sorted[i];
        }
        if !out.is_empty() {
            out.push(',');
        }
        if start == end {
            out.push_str(&start.to_string());
        } else {
            out.push_str(&format!("{start}:{end}"));
        }
        i += 1;
    }
    out
}

/// The flags to give the copy: the original's, without `\Recent` (the server sets it).
fn flag_list(flags: impl Iterator<Item = Flag<'static>>) -> String {
    let names: Vec<String> = flags
        .filter_map(|f| match f {
            Flag::Seen => Some("\\Seen".to_string()),
            Flag::Answered => Some("\\Answered".to_string()),
            Flag::Flagged => Some("\\Flagged".to_string()),
            Flag::Deleted => Some("\\Deleted".to_string()),
            Flag::Draft => Some("\\Draft".to_string()),
            Flag::Custom(c) if !c.starts_with('\\') => Some(c.to_string()),
            _ => None,
        })
        .collect();
    format!("({})", names.join(" "))
}

/// Batches of UIDs to process: a message with an earlier, unfinished attempt alone (so a
/// message that crashes the worker is singled out), the others up to [`BATCH`] together.
fn batches(uids: &[u32], attempts: &HashMap<u32, u32>) -> Vec<Vec<u32>> {
    let mut out: Vec<Vec<u32>> = Vec::new();
    let mut cur = Vec::new();
    for &u in uids {
        if attempts.get(&u).copied().unwrap_or(0) > 0 {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            out.push(vec![u]);
        } else {
            cur.push(u);
            if cur.len() == BATCH {
                out.push(std::mem::take(&mut cur));
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

impl<R: MailRedactor> Worker<R> {
    /// A worker for the mailbox `cfg` describes. `stop` turning true asks it to finish the
    /// current batch and log out; with `once` it drains the folders and returns.
    pub fn new(
        cfg: ImapConfig,
        password: String,
        store: Store,
        redactor: Arc<R>,
        once: bool,
        stop: watch::Receiver<bool>,
    ) -> Worker<R> {
        let account = format!("{}@{}:{}", cfg.user, cfg.host, cfg.port());
        Worker {
            cfg,
            password,
            store,
            redactor,
            once,
            stop,
            account,
            stats: Stats::default(),
            mac_key: Vec::new(),
        }
    }

    fn stopping(&self) -> bool {
        *self.stop.borrow()
    }

    /// Runs until stopped (or, with `once`, until the folders are drained). Connection
    /// failures are retried with backoff; login, certificate, configuration and store failures
    /// end the run.
    pub async fn run(mut self) -> Result<Stats, ImapError> {
        let mut backoff = Duration::from_millis(250);
        let mut failures = 0u32;
        loop {
            if self.stopping() {
                return Ok(self.stats);
            }
            let mut connected = false;
            match self.session(&mut connected).await {
                Ok(()) => return Ok(self.stats),
                Err(e) if e.is_connection() => {
                    if connected {
                        backoff = Duration::from_millis(250);
                        failures = 0;
                    }
                    failures += 1;
                    if self.once && failures > ONCE_MAX_FAILURES {
                        return Err(e);
                    }
                    log(format_args!(
                        "{e}; reconnecting to {}:{} in {backoff:?}",
                        self.cfg.host,
                        self.cfg.port()
                    ));
                    let mut stop = self.stop.clone();
                    tokio::select! {
                        _ = tokio::time::sleep(backoff) => {}
                        _ = stop.wait_for(|s| *s) => {}
                    }
                    backoff = (backoff * 2).min(MAX_BACKOFF);
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// One connection: drain, wait, drain … until stopped or (with `once`) drained.
    async fn session(&mut self, connected: &mut bool) -> Result<(), ImapError> {
        if self.mac_key.is_empty() {
            self.mac_key = self.store.imap_marker_key(&self.account).await?;
        }
        let (mut s, caps) = connect(&self.cfg, &self.password).await?;
        *connected = true;
        self.stats.connections += 1;
        if self.stats.connections == 1 {
            log(format_args!(
                "logged in to {}:{} (IDLE {}, UIDPLUS {}, MOVE {})",
                self.cfg.host,
                self.cfg.port(),
                caps.idle,
                caps.uidplus,
                caps.move_
            ));
            if !caps.idle {
                log(format_args!(
                    "server lacks IDLE: polling every {} s",
                    self.cfg.poll_seconds
                ));
            }
        } else {
            log(format_args!("reconnected"));
        }
        self.ensure_folders(&mut s).await?;
        loop {
            if !self.cfg.quarantine_folder.is_empty() {
                let q = self.cfg.quarantine_folder.clone();
                self.drain(&mut s, caps, &q).await?;
            }
            let f = self.cfg.folder.clone();
            self.drain(&mut s, caps, &f).await?;
            if self.once || self.stopping() {
                let _ = tokio::time::timeout(Duration::from_secs(5), s.logout()).await;
                return Ok(());
            }
            s = self.wait(s, caps).await?;
        }
    }

    /// Waits for new mail in the (selected) watched folder, at most `poll_seconds`.
    async fn wait(&mut self, mut s: Session, caps: Capabilities) -> Result<Session, ImapError> {
        let poll = Duration::from_secs(self.cfg.poll_seconds.max(1));
        let mut stop = self.stop.clone();
        if !caps.idle {
            tokio::select! {
                _ = tokio::time::sleep(poll) => {}
                _ = stop.wait_for(|s| *s) => {}
            }
            timed("NOOP", s.noop()).await?;
            return Ok(s);
        }
        let mut idle = s.idle();
        timed("IDLE", idle.init()).await?;
        {
            let (fut, interrupt) = idle.wait_with_timeout(poll);
            tokio::select! {
                r = fut => { r.map_err(|e| ImapError::from_imap("IDLE", e))?; }
                _ = stop.wait_for(|s| *s) => { drop(interrupt); }
            }
        }
        timed("DONE", idle.done()).await
    }

    async fn ensure_folders(&mut self, s: &mut Session) -> Result<(), ImapError> {
        let mut names = vec![
            self.cfg.target_folder().to_string(),
            self.cfg.failed_folder.clone(),
        ];
        if !self.cfg.quarantine_folder.is_empty() {
            names.push(self.cfg.quarantine_folder.clone());
        }
        for name in names {
            if name.eq_ignore_ascii_case("INBOX") {
                continue;
            }
            match timed("CREATE", s.create(&name)).await {
                Ok(()) => log(format_args!("created folder {name}")),
                Err(ImapError::Server { .. }) => {} // exists already
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// Processes every message of `mailbox` not looked at yet, and retries open attempts.
    async fn drain(
        &mut self,
        s: &mut Session,
        caps: Capabilities,
        mailbox: &str,
    ) -> Result<(), ImapError> {
        let mb = ImapMailbox {
            account: self.account.clone(),
            mailbox: mailbox.to_string(),
        };
        let info = timed("SELECT", s.select(mailbox)).await?;
        let uv = info.uid_validity.unwrap_or(0);
        let pos = self.store.imap_position(&mb).await?;
        // Without a recorded position, copies from an earlier run may exist for any message.
        let all_in_doubt = pos.is_none();
        let mut last = match pos {
            Some(p) if p.uidvalidity == uv => p.last_uid,
            Some(p) => {
                log(format_args!(
                    "{mailbox}: UIDVALIDITY changed ({} -> {uv}): looking at every message again",
                    p.uidvalidity
                ));
                0
            }
            None => 0,
        };
        if pos.map(|p| p.uidvalidity) != Some(uv) {
            self.store
                .set_imap_position(
                    &mb,
                    ImapPosition {
                        uidvalidity: uv,
                        last_uid: 0,
                    },
                )
                .await?;
        }
        loop {
            if self.stopping() {
                return Ok(());
            }
            let open: HashMap<u32, u32> = self
                .store
                .imap_open_attempts(&mb, uv)
                .await?
                .into_iter()
                .collect();
            let found = timed("UID SEARCH", s.uid_search(format!("UID {}:*", last + 1))).await?;
            let mut uids: Vec<u32> = found.into_iter().filter(|&u| u > last).collect();
            uids.extend(open.keys().copied().filter(|&u| u <= last));
            uids.sort_unstable();
            uids.dedup();
            if uids.is_empty() {
                return Ok(());
            }
            for batch in batches(&uids, &open) {
                if self.stopping() {
                    return Ok(());
                }
                let top = *batch.last().expect("batches are not empty");
                self.process_batch(s, caps, &mb, uv, &batch, &open, all_in_doubt)
                    .await?;
                last = last.max(top);
            }
        }
    }

    /// Fetches flags, internal date and the pii-scrubber headers of `uids`.
    async fn fetch_meta(&self, s: &mut Session, uids: &[u32]) -> Result<Vec<Meta>, ImapError> {
        let fetches: Vec<_> = timed("UID FETCH", async {
            s.uid_fetch(
                uid_set(uids),
                "(UID FLAGS INTERNALDATE BODY.PEEK[HEADER.FIELDS (X-PII-Scrubber X-PII-Scrubber-Original)])",
            )
            .await?
            .try_collect()
            .await
        })
        .await?;
        Ok(fetches
            .iter()
            .filter_map(|f| {
                let uid = f.uid?;
                // BODY[HEADER.FIELDS (…)] comes back as the header section.
                let header_fields = f.header().unwrap_or_default();
                Some(Meta {
                    uid,
                    flags: flag_list(f.flags().map(|f| match f {
                        Flag::Custom(c) => Flag::Custom(c.into_owned().into()),
                        Flag::Seen => Flag::Seen,
                        Flag::Answered => Flag::Answered,
                        Flag::Flagged => Flag::Flagged,
                        Flag::Deleted => Flag::Deleted,
                        Flag::Draft => Flag::Draft,
                        Flag::Recent => Flag::Recent,
                        Flag::MayCreate => Flag::MayCreate,
                    })),
                    date: f
                        .internal_date()
                        .map(|d| format!("\"{}\"", d.format("%d-%b-%Y %H:%M:%S %z"))),
                    our_copy: marker::is_our_copy(header_fields, &self.mac_key),
                })
            })
            .collect())
    }

    /// Fetches the raw messages `uids`.
    async fn fetch_raw(
        &self,
        s: &mut Session,
        uids: &[u32],
    ) -> Result<HashMap<u32, Vec<u8>>, ImapError> {
        let fetches: Vec<_> = timed("UID FETCH", async {
            s.uid_fetch(uid_set(uids), "(UID BODY.PEEK[])")
                .await?
                .try_collect()
                .await
        })
        .await?;
        Ok(fetches
            .iter()
            .filter_map(|f| Some((f.uid?, f.body()?.to_vec())))
            .collect())
    }

    /// Moves `uid` untouched to the failed folder and records why (no values).
    async fn set_aside(
        &mut self,
        s: &mut Session,
        caps: Capabilities,
        mb: &ImapMailbox,
        uv: u32,
        uid: u32,
        attempts: u32,
    ) -> Result<(), ImapError> {
        let failed = self.cfg.failed_folder.clone();
        if caps.move_ {
            timed("UID MOVE", s.uid_mv(uid.to_string(), &failed)).await?;
        } else {
            timed("UID COPY", s.uid_copy(uid.to_string(), &failed)).await?;
            self.delete(s, caps, &[uid]).await?;
        }
        let error = self
            .store
            .imap_last_error(mb, uv, uid)
            .await?
            .unwrap_or_else(|| "the worker stopped while processing it".into());
        let reason = format!(
            "{}: uid {uid} (uidvalidity {uv}) moved untouched to {failed} after {attempts} attempt(s): {error}",
            mb.mailbox
        );
        log(format_args!("error: {reason}"));
        self.store.audit_imap_failed(&reason).await?;
        self.stats.failed += 1;
        Ok(())
    }

    /// Flags `uids` \Deleted and expunges exactly them (UIDPLUS), else expunges the mailbox.
    async fn delete(
        &mut self,
        s: &mut Session,
        caps: Capabilities,
        uids: &[u32],
    ) -> Result<(), ImapError> {
        if uids.is_empty() {
            return Ok(());
        }
        let set = uid_set(uids);
        timed("UID STORE", async {
            s.uid_store(&set, "+FLAGS.SILENT (\\Deleted)")
                .await?
                .try_collect::<Vec<_>>()
                .await
        })
        .await?;
        if caps.uidplus {
            timed("UID EXPUNGE", async {
                s.uid_expunge(&set).await?.try_collect::<Vec<_>>().await
            })
            .await?;
        } else {
            timed("EXPUNGE", async {
                s.expunge().await?.try_collect::<Vec<_>>().await
            })
            .await?;
        }
        Ok(())
    }

    /// UIDs among `uids` (originals of `mb`) that already have a marked copy in the target
    /// folder. Leaves `mb` selected.
    async fn copies_present(
        &mut self,
        s: &mut Session,
        mb: &ImapMailbox,
        uv: u32,
        uids: &[u32],
    ) -> Result<HashSet<u32>, ImapError> {
        let target = self.cfg.target_folder().to_string();
        let other = target != mb.mailbox;
        if other {
            timed("SELECT", s.select(&target)).await?;
        }
        let mut present = HashSet::new();
        for &uid in uids {
            let query = format!(
                "HEADER {} {}",
                marker::MARKER,
                quote(&marker::key(&mb.mailbox, uv, uid))
            );
            let hits = timed("UID SEARCH", s.uid_search(&query)).await?;
            if hits.is_empty() {
                continue;
            }
            // Only a copy whose marker's MAC checks counts: an imitation in a sender's mail
            // must not get the original expunged.
            let mut hits: Vec<u32> = hits.into_iter().collect();
            hits.sort_unstable();
            if self.fetch_meta(s, &hits).await?.iter().any(|m| m.our_copy) {
                present.insert(uid);
            }
        }
        if other {
            let info = timed("SELECT", s.select(&mb.mailbox)).await?;
            if info.uid_validity.unwrap_or(0) != uv {
                return Err(ImapError::Connection(format!(
                    "{}: UIDVALIDITY changed while processing",
                    mb.mailbox
                )));
            }
        }
        Ok(present)
    }

    #[allow(clippy::too_many_arguments)]
    async fn process_batch(
        &mut self,
        s: &mut Session,
        caps: Capabilities,
        mb: &ImapMailbox,
        uv: u32,
        batch: &[u32],
        open: &HashMap<u32, u32>,
        all_in_doubt: bool,
    ) -> Result<(), ImapError> {
        let started = Instant::now();
        let top = *batch.last().expect("batches are not empty");
        let metas = self.fetch_meta(s, batch).await?;
        let present: HashSet<u32> = metas.iter().map(|m| m.uid).collect();
        // Gone (expunged by someone else, or by us before a crash) or already redacted: done.
        let mut finished: Vec<u32> = batch
            .iter()
            .copied()
            .filter(|u| !present.contains(u))
            .collect();
        let mut todo = Vec::new();
        for m in metas {
            let attempts = open.get(&m.uid).copied().unwrap_or(0);
            if m.our_copy {
                self.stats.skipped += 1;
                finished.push(m.uid);
            } else if attempts >= self.cfg.max_attempts {
                self.set_aside(s, caps, mb, uv, m.uid, attempts).await?;
                finished.push(m.uid);
            } else {
                todo.push(m);
            }
        }
        if todo.is_empty() {
            self.store.imap_finish(mb, uv, &finished, top).await?;
            return Ok(());
        }
        let todo_uids: Vec<u32> = todo.iter().map(|m| m.uid).collect();
        // Counted before anything happens to the message: a crash leaves the count behind.
        self.store
            .imap_count_attempt(mb, uv, &todo_uids, None)
            .await?;
        let raw = self.fetch_raw(s, &todo_uids).await?;
        let redactor = Arc::clone(&self.redactor);
        let jobs: Vec<(u32, Vec<u8>)> = todo_uids
            .iter()
            .filter_map(|u| Some((*u, raw.get(u)?.clone())))
            .collect();
        let results: Vec<(u32, Result<Processed, String>)> =
            tokio::task::spawn_blocking(move || {
                jobs.par_iter()
                    .map(|(uid, bytes)| {
                        let fallback = format!("{uv}:{uid}");
                        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                            redactor.process(bytes, &fallback)
                        }))
                        .unwrap_or_else(|_| Err("internal error (panic) in redaction".into()));
                        (*uid, r)
                    })
                    .collect()
            })
            .await
            .map_err(|_| ImapError::Connection("redaction task failed".into()))?;
        let fetched: HashSet<u32> = results.iter().map(|(u, _)| *u).collect();
        // Expunged between the two fetches: nothing to do.
        finished.extend(todo_uids.iter().copied().filter(|u| !fetched.contains(u)));
        let mut ok: Vec<(Meta, Processed)> = Vec::new();
        let mut metas: HashMap<u32, Meta> = todo.into_iter().map(|m| (m.uid, m)).collect();
        for (uid, r) in results {
            let meta = metas.remove(&uid).expect("fetched uids were asked for");
            match r {
                Ok(p) => ok.push((meta, p)),
                Err(e) => self.failed_attempt(s, caps, mb, uv, uid, open, &e).await?,
            }
        }
        if ok.is_empty() {
            self.store.imap_finish(mb, uv, &finished, top).await?;
            return Ok(());
        }
        // The tickets first: a re-run stores nothing twice (same source id).
        let tickets: Vec<_> = ok.iter().map(|(_, p)| p.ticket.clone()).collect();
        self.store.ingest_batch(&tickets).await?;
        let in_doubt: Vec<u32> = ok
            .iter()
            .map(|(m, _)| m.uid)
            .filter(|u| all_in_doubt || open.get(u).copied().unwrap_or(0) > 0)
            .collect();
        let copied = if in_doubt.is_empty() {
            HashSet::new()
        } else {
            self.copies_present(s, mb, uv, &in_doubt).await?
        };
        let target = self.cfg.target_folder().to_string();
        let mut done = Vec::with_capacity(ok.len());
        for (meta, p) in &ok {
            if copied.contains(&meta.uid) {
                log(format_args!(
                    "{}: uid {} already has a redacted copy in {target}: not appending again",
                    mb.mailbox, meta.uid
                ));
                done.push(meta.uid);
                continue;
            }
            let bytes = marker::with_marker(
                &p.bytes,
                &marker::key(&mb.mailbox, uv, meta.uid),
                p.message_id.as_deref(),
                &self.mac_key,
            );
            match timed(
                "APPEND",
                s.append(&target, Some(&meta.flags), meta.date.as_deref(), &bytes),
            )
            .await
            {
                Ok(()) => done.push(meta.uid),
                Err(e @ ImapError::Server { .. }) => {
                    self.failed_attempt(s, caps, mb, uv, meta.uid, open, &e.to_string())
                        .await?
                }
                Err(e) => return Err(e),
            }
        }
        // Only now, with every copy confirmed, the originals go.
        self.delete(s, caps, &done).await?;
        self.stats.processed += done.len() as u64;
        finished.extend(&done);
        self.store.imap_finish(mb, uv, &finished, top).await?;
        log(format_args!(
            "{}: {} message(s) redacted into {target} (uids {}) in {} ms",
            mb.mailbox,
            done.len(),
            uid_set(&done),
            started.elapsed().as_millis()
        ));
        Ok(())
    }

    /// Records a failed attempt; after `max_attempts` the message is set aside.
    #[allow(clippy::too_many_arguments)]
    async fn failed_attempt(
        &mut self,
        s: &mut Session,
        caps: Capabilities,
        mb: &ImapMailbox,
        uv: u32,
        uid: u32,
        open: &HashMap<u32, u32>,
        error: &str,
    ) -> Result<(), ImapError> {
        let attempts = open.get(&uid).copied().unwrap_or(0) + 1;
        log(format_args!(
            "{}: uid {uid}: attempt {attempts} of {} failed: {error}",
            mb.mailbox, self.cfg.max_attempts
        ));
        self.store.imap_note_error(mb, uv, uid, error).await?;
        if attempts >= self.cfg.max_attempts {
            self.set_aside(s, caps, mb, uv, uid, attempts).await?;
            self.store.imap_finish(mb, uv, &[uid], 0).await?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uid_sets_are_compact() {
        assert_eq!(uid_set(&[5, 1, 2, 3, 9, 10, 12]), "1:3,5,9:10,12");
        assert_eq!(uid_set(&[7]), "7");
    }

    #[test]
    fn in_doubt_messages_get_their_own_batch() {
        let uids: Vec<u32> = (1..=120).collect();
        let open: HashMap<u32, u32> = [(60, 1)].into_iter().collect();
        let b = batches(&uids, &open);
        assert_eq!(
            b.iter().map(Vec::len).collect::<Vec<_>>(),
            vec![50, 9, 1, 50, 10]
        );
        assert_eq!(b[2], vec![60]);
    }

    #[test]
    fn flags_keep_all_but_recent() {
        let f = flag_list(
            vec![
                Flag::Seen,
                Flag::Recent,
                Flag::Custom("$Label1".into()),
                Flag::Flagged,
            ]
            .into_iter(),
        );
        assert_eq!(f, "(\\Seen $Label1 \\Flagged)");
    }
}
