//! Intake of web-form tickets and social-media messages into the store, through the one path
//! detect → policy → redact → store.

use std::sync::Arc;

use serde_json::value::RawValue;

use crate::detect::{BatchScratch, Scratch};
use crate::jsonl::InputRecord;
use crate::pipeline::Scrubber;
use crate::policy::Requester;
use crate::store::{now, Incoming, Ingested, NewFinding, Prepared, Store, StoreError};

/// Which JSONL shape a file has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    /// Web-form tickets `{"id","name","email","phone","subject","text","created_at"}`.
    Tickets,
    /// Social-media messages `{"id","platform","author","handle","text","created_at","in_reply_to"}`.
    Social,
}

fn raw_string(v: &RawValue) -> Option<String> {
    match serde_json::from_str::<serde_json::Value>(v.get()).ok()? {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn field(rec: &InputRecord, key: &str) -> Option<String> {
    rec.extra
        .iter()
        .find(|(k, _)| k == key)
        .and_then(|(_, v)| raw_string(v))
}

/// The fields of `kind`'s records that hold text: a value of another type (`"email": [...]`)
/// is an error that names the field, not a value silently dropped. `null` counts as absent.
fn check_field_types(kind: Kind, rec: &InputRecord) -> Result<(), String> {
    let fields: &[&str] = match kind {
        Kind::Tickets => &["name", "email", "phone", "subject", "created_at"],
        Kind::Social => &["platform", "author", "handle", "created_at", "in_reply_to"],
    };
    for (key, value) in &rec.extra {
        if fields.contains(&key.as_str()) && value.get() != "null" && raw_string(value).is_none() {
            return Err(format!("field \"{key}\" must be a string"));
        }
    }
    Ok(())
}

/// The channel of a social-media record: `social:PLATFORM`. A record without a platform is no
/// social message (most likely a ticket given to `ingest social`).
fn social_channel(rec: &InputRecord) -> Result<String, String> {
    match field(rec, "platform") {
        Some(p) if !p.trim().is_empty() => Ok(format!("social:{}", p.trim())),
        _ => Err("missing field \"platform\" (a social message names its platform, e.g. \"x\"; web-form tickets go to `ingest tickets`)".to_string()),
    }
}

/// Unix seconds of a time as exports write it: RFC 3339 with `Z` or an offset
/// (`2026-01-05T10:00:00+01:00`), without a zone (taken as UTC, also with a space for the `T`),
/// a date alone (midnight UTC), or Unix seconds.
fn timestamp(t: &str) -> Option<i64> {
    let t = t.trim();
    if t.len() >= 9 && t.bytes().all(|b| b.is_ascii_digit()) {
        // Unix seconds, as some exports write them.
        return t.parse().ok();
    }
    let (local, offset) = split_offset(t);
    let with_time = if local.len() == 10 {
        format!("{local}T00:00:00")
    } else {
        local.to_string()
    };
    let utc = humantime::parse_rfc3339_weak(&with_time)
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs() as i64;
    Some(utc - offset)
}

/// A time's zone: `Z` (0) or `±HH:MM`/`±HHMM` after the time, in seconds east of UTC.
fn split_offset(t: &str) -> (&str, i64) {
    if let Some(local) = t.strip_suffix('Z').or_else(|| t.strip_suffix('z')) {
        return (local, 0);
    }
    // The sign of an offset comes after the time (position > 10: not a date's `-`).
    if let Some(pos) = t.rfind(['+', '-']).filter(|&p| p > 10) {
        let digits: String = t[pos + 1..].chars().filter(char::is_ascii_digit).collect();
        if digits.len() == 4 {
            let h: i64 = digits[..2].parse().unwrap_or(0);
            let m: i64 = digits[2..].parse().unwrap_or(0);
            let sign = if t.as_bytes()[pos] == b'-' { -1 } else { 1 };
            return (&t[..pos], sign * (h * 3600 + m * 60));
        }
    }
    (t, 0)
}

/// How far ahead of this machine's clock a message's `created_at` may lie (clocks differ).
const MAX_CLOCK_SKEW: i64 = 2 * 86_400;

/// The incoming message and requester a record describes; an error names the missing field.
pub fn incoming(kind: Kind, rec: &InputRecord) -> Result<(Incoming, Requester), String> {
    let id = match rec.id.as_deref() {
        None => return Err("missing field \"id\"".into()),
        Some(raw) if raw.get() == "null" => return Err("missing field \"id\"".into()),
        Some(raw) => match raw_string(raw) {
            Some(s) if s.trim().is_empty() => return Err("field \"id\" is empty".into()),
            Some(s) => s,
            // Valid JSON that serde_json cannot hold: a number beyond f64 (`1e400`).
            None if raw
                .get()
                .starts_with(|c: char| c == '-' || c.is_ascii_digit()) =>
            {
                return Err("field \"id\" is a number out of range; write it as a string".into())
            }
            None => return Err("field \"id\" must be a string or a number".into()),
        },
    };
    check_field_types(kind, rec)?;
    let created_at = match field(rec, "created_at") {
        Some(t) => timestamp(&t).ok_or("field \"created_at\" is not an RFC 3339 time or a date")?,
        None => now(),
    };
    // Retention counts from this time: one far ahead (milliseconds read as seconds) would keep
    // the message's data for ever.
    if created_at > now() + MAX_CLOCK_SKEW {
        return Err(
            "field \"created_at\" lies in the future (Unix seconds are expected, not milliseconds)"
                .into(),
        );
    }
    Ok(match kind {
        Kind::Tickets => {
            let requester = Requester {
                name: field(rec, "name"),
                email: field(rec, "email"),
                phone: field(rec, "phone"),
            };
            let inc = Incoming {
                channel: "ticket".into(),
                source_id: id.clone(),
                thread_key: id,
                in_reply_to: None,
                requester_name: requester.name.clone(),
                requester_email: requester.email.clone(),
                requester_phone: requester.phone.clone(),
                requester_handle: None,
                subject: field(rec, "subject"),
                created_at,
            };
            (inc, requester)
        }
        Kind::Social => {
            let requester = Requester {
                name: field(rec, "author"),
                email: None,
                phone: None,
            };
            let inc = Incoming {
                channel: social_channel(rec)?,
                source_id: id.clone(),
                thread_key: id,
                in_reply_to: field(rec, "in_reply_to"),
                requester_name: requester.name.clone(),
                requester_email: None,
                requester_phone: None,
                requester_handle: field(rec, "handle"),
                subject: None,
                created_at,
            };
            (inc, requester)
        }
    })
}

/// Runs one record through detect → policy → redact; the result is ready to store. An error
/// names what is missing in the record.
pub fn prepare(
    scrubber: &Scrubber,
    kind: Kind,
    rec: &InputRecord,
    scratch: &mut Scratch,
) -> Result<Prepared, String> {
    prepare_in_thread(scrubber, kind, rec, "", scratch)
}

/// As [`prepare`] for a message of a thread whose earlier messages are `thread` (their text or
/// intent words): what the thread asks for counts, as does the record's own subject.
pub fn prepare_in_thread(
    scrubber: &Scrubber,
    kind: Kind,
    rec: &InputRecord,
    thread: &str,
    scratch: &mut Scratch,
) -> Result<Prepared, String> {
    let scan = scrubber.detector.detect_with(&rec.text, scratch);
    prepare_scanned(scrubber, kind, rec, thread, scan, scratch)
}

/// As [`prepare_in_thread`], with `scan`, the detector's scan of the record's text (as
/// [`crate::detect::Detector::detect_batch`] makes it for many records at once).
pub fn prepare_scanned(
    scrubber: &Scrubber,
    kind: Kind,
    rec: &InputRecord,
    thread: &str,
    scan: crate::detect::Scan,
    scratch: &mut Scratch,
) -> Result<Prepared, String> {
    let (mut incoming, requester) = incoming(kind, rec)?;
    let mut context = String::new();
    if let Some(subject) = incoming.subject.take() {
        context = format!("{subject}\n{thread}");
        let (s, _, _) = scrubber.redact_text(&subject, &requester, scratch);
        incoming.subject = Some(s);
    }
    // The contact fields are the requester's own data, kept to answer them; anything else a
    // form put into them (`"name": "Ruud 111222333"`) is redacted like text.
    for value in [
        &mut incoming.requester_name,
        &mut incoming.requester_email,
        &mut incoming.requester_phone,
        &mut incoming.requester_handle,
    ]
    .into_iter()
    .flatten()
    {
        let (redacted, _, _) = scrubber.redact_text(value, &requester, scratch);
        *value = redacted;
    }
    let context = if context.is_empty() { thread } else { &context };
    let (lang, decided) = scrubber.decide_scan(&rec.text, context, &requester, scan);
    // Keyed hashes of the values (for linking), taken before the values are gone.
    let hashes: Vec<Option<String>> = decided
        .iter()
        .map(|(f, _)| {
            scrubber
                .redactor
                .pseudonym(f.label, &rec.text[f.start..f.end])
        })
        .collect();
    let (body, moved) = scrubber.apply(&rec.text, decided);
    let findings = moved
        .into_iter()
        .zip(hashes)
        .map(|((f, decision), value_hash)| NewFinding {
            label: f.label,
            rule: scrubber.detector.rule(f.rule).id.clone(),
            start: f.start,
            end: f.end,
            decision,
            value_hash,
        })
        .collect();
    Ok(Prepared {
        incoming,
        lang: lang.as_str().to_string(),
        body,
        findings,
    })
}

/// Prepares and stores one record in its own transaction.
pub async fn ingest(
    scrubber: &Scrubber,
    store: &Store,
    kind: Kind,
    rec: &InputRecord,
    scratch: &mut Scratch,
) -> Result<Result<Ingested, String>, StoreError> {
    match prepare(scrubber, kind, rec, scratch) {
        Ok(p) => Ok(Ok(store
            .ingest_batch(std::slice::from_ref(&p))
            .await?
            .remove(0))),
        Err(e) => Ok(Err(e)),
    }
}

/// Re-scans stored bodies with the current rules (as one batch), each decided in its thread as
/// at intake: for each message, every value found outside existing placeholders (the detector never reports inside one) with its
/// decision, ready for [`Store::scrub_batch`], which redacts the ones the policy removes and
/// records the ones it keeps, so that closing the ticket or retention removes them (on a
/// ticket closed by then, it redacts those too). Kept values already recorded as kept are
/// left out: a message whose findings are all such needs no write.
pub fn rescan(
    scrubber: &Scrubber,
    stored: &[crate::store::StoredForScan],
    batch: &mut BatchScratch,
) -> Vec<Vec<NewFinding>> {
    let items: Vec<(&str, &str, &Requester)> = stored
        .iter()
        .map(|m| (m.body.as_str(), m.thread.as_str(), &m.requester))
        .collect();
    stored
        .iter()
        .zip(scrubber.decide_batch(&items, batch))
        .map(|(stored, (_, decided))| new_findings(scrubber, stored, decided))
        .collect()
}

/// The findings of a re-scan of `stored` that need a write (see [`rescan`]).
fn new_findings(
    scrubber: &Scrubber,
    stored: &crate::store::StoredForScan,
    decided: Vec<(crate::detect::Finding, crate::policy::Decision)>,
) -> Vec<NewFinding> {
    decided
        .into_iter()
        // A value kept again where one is recorded as kept needs nothing: closing the ticket
        // or retention redacts it already.
        .filter(|(f, decision)| {
            decision.action.removes_value()
                || !stored.kept.iter().any(|&(s, e)| s < f.end && f.start < e)
        })
        .map(|(f, decision)| NewFinding {
            label: f.label,
            rule: scrubber.detector.rule(f.rule).id.clone(),
            start: f.start,
            end: f.end,
            value_hash: scrubber
                .redactor
                .pseudonym(f.label, &stored.body[f.start..f.end]),
            decision,
        })
        .collect()
}

/// Messages per page (and transaction) of a re-scan.
pub const SCRUB_PAGE: usize = 2000;
/// Bytes of bodies after which a re-scan's page ends early (a page is read as one string).
pub const SCRUB_PAGE_BYTES: i64 = 64 << 20;

/// What a re-scan did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScrubSummary {
    /// Messages re-scanned.
    pub scanned: usize,
    /// Bytes of stored bodies re-scanned.
    pub bytes: usize,
    /// Values newly redacted.
    pub redacted: usize,
    /// Kept values (needed while the ticket is open, or the requester's own) newly recorded,
    /// so that closing the ticket or retention redacts them.
    pub kept: usize,
    /// Messages left alone because they changed while being re-scanned (closed or swept
    /// meanwhile); `scrub-store --restart` covers them.
    pub changed: usize,
}

/// Re-scans the stored messages after the progress of re-scan `name` with the current rules
/// (`scrub-store`), in pages of [`SCRUB_PAGE`] messages: each page is detected on all cores
/// while the previous page is written and the next one read; a page's new values are
/// redacted and recorded in one transaction with the progress, so an interrupted re-scan
/// resumes after the last committed page. Deleted versions are purged at the end.
/// `progress` is called with the number of messages of each page.
pub async fn scrub_store(
    scrubber: &Arc<Scrubber>,
    store: &Store,
    name: &str,
    mut progress: impl FnMut(usize),
) -> Result<ScrubSummary, StoreError> {
    let intent_words = |body: &str| scrubber.policy.intents(body).words();
    let last = store.scrub_progress(name).await?;
    let mut summary = ScrubSummary::default();
    let mut page = store
        .messages_after(last, SCRUB_PAGE as i64, SCRUB_PAGE_BYTES, intent_words)
        .await?;
    let mut detected: Option<(Rescanned, i64)> = None;
    while let Some(end) = page.last().map(|m| m.id) {
        let detecting = detect_page(Arc::clone(scrubber), page);
        // While this page is detected, the previous one is written and the next one read.
        // The pages' messages are disjoint; a message that changed after it was read is left
        // alone by `scrub_batch`, and a ticket closed since keeps nothing. The next page's
        // thread summaries may come from bodies as they were before this page's write: the
        // write only replaces values with placeholders, not what the request asks for.
        let previous = detected
            .take()
            .map(|(found, end)| write_page(store, name, found, end));
        let write_and_read = async {
            let written = match previous {
                Some(w) => Some(w.await?),
                None => None,
            };
            let next = store
                .messages_after(end, SCRUB_PAGE as i64, SCRUB_PAGE_BYTES, intent_words)
                .await?;
            Ok::<_, StoreError>((written, next))
        };
        let (found, written_and_next) = tokio::join!(detecting, write_and_read);
        // A panic in detection is re-raised here, as if the page had been detected in place.
        let found = match found.expect("the detection task always answers") {
            Ok(found) => found,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        let (written, next) = written_and_next?;
        if let Some(page) = written {
            summary.add(page);
            progress(page.scanned);
        }
        detected = Some((found, end));
        page = next;
    }
    if let Some((found, end)) = detected {
        let page = write_page(store, name, found, end).await?;
        summary.add(page);
        progress(page.scanned);
    }
    store.purge().await?;
    Ok(summary)
}

/// Writes a detected page up to message `end` with the progress of re-scan `name`
/// ([`Store::scrub_batch`]); returns what it did.
async fn write_page(
    store: &Store,
    name: &str,
    found: Rescanned,
    end: i64,
) -> Result<ScrubSummary, StoreError> {
    let (redacted, kept, changed) = store.scrub_batch(name, &found, end).await?;
    Ok(ScrubSummary {
        scanned: found.len(),
        bytes: found.iter().map(|f| f.1.len()).sum(),
        redacted,
        kept,
        changed,
    })
}

impl ScrubSummary {
    /// Adds what a page did.
    fn add(&mut self, page: ScrubSummary) {
        self.scanned += page.scanned;
        self.bytes += page.bytes;
        self.redacted += page.redacted;
        self.kept += page.kept;
        self.changed += page.changed;
    }
}

/// A page's re-scan results: (message id, body, new findings) in page order.
type Rescanned = Vec<(i64, String, Vec<NewFinding>)>;

/// Detects a page on rayon's threads while the caller awaits other work; the answer is the
/// results, or the panic of a detection.
fn detect_page(
    scrubber: Arc<Scrubber>,
    page: Vec<crate::store::StoredForScan>,
) -> tokio::sync::oneshot::Receiver<std::thread::Result<Rescanned>> {
    use rayon::prelude::*;
    let (tx, rx) = tokio::sync::oneshot::channel();
    rayon::spawn(move || {
        let found = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let found: Vec<Vec<NewFinding>> = page
                .par_chunks(crate::batch::BATCH_MESSAGES)
                .map_init(BatchScratch::default, |batch, chunk| {
                    rescan(&scrubber, chunk, batch)
                })
                .flatten_iter()
                .collect();
            page.into_iter()
                .zip(found)
                .map(|(m, new)| (m.id, m.body, new))
                .collect()
        }));
        // The receiver is gone only when the re-scan itself was dropped: nobody waits.
        let _ = tx.send(found);
    });
    rx
}

/// Messages per store transaction when ingesting a file.
pub const INGEST_BATCH: usize = 500;

/// What ingesting one JSONL stream did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileSummary {
    /// Messages stored.
    pub stored: usize,
    /// Messages already in the store (same channel and source id).
    pub duplicates: usize,
    /// Lines skipped, each as `NAME:LINE: why` (never the line's content).
    pub skipped: Vec<String>,
    /// Their line numbers (1-based), in order.
    pub skipped_lines: Vec<usize>,
}

impl FileSummary {
    fn count(&mut self, results: &[Ingested]) {
        for r in results {
            match r {
                Ingested::Stored { .. } => self.stored += 1,
                Ingested::Duplicate => self.duplicates += 1,
            }
        }
    }
}

/// Ingests a JSONL stream of `kind` records named `name` (for messages): each line through
/// detect → policy → redact, stored in transactions of [`INGEST_BATCH`] messages. Malformed
/// lines are skipped and listed in the summary; a store error stops the stream (the batches
/// committed so far stay, and ingesting the stream again stores nothing twice). `progress` is
/// called with the number of bytes read after each batch.
pub async fn ingest_reader(
    scrubber: &Scrubber,
    store: &Store,
    kind: Kind,
    mut reader: impl std::io::BufRead,
    name: &str,
    mut progress: impl FnMut(u64),
) -> Result<FileSummary, IngestError> {
    let mut scratch = Scratch::default();
    let mut detect_scratch = BatchScratch::default();
    let mut summary = FileSummary::default();
    let mut line = Vec::new();
    let mut no = 0usize;
    let mut read = 0u64;
    let mut records: Vec<(usize, InputRecord)> = Vec::with_capacity(INGEST_BATCH);
    let mut threads = Threads::default();
    let mut skipped: Vec<(usize, String)> = Vec::new();
    let mut eof = false;
    while !eof {
        // Up to a batch of records; lines that are none are skipped.
        while records.len() < INGEST_BATCH {
            line.clear();
            let n = reader
                .read_until(b'\n', &mut line)
                .map_err(|e| IngestError::Read(format!("{name}:{}: {e}", no + 1)))?;
            if n == 0 {
                eof = true;
                break;
            }
            read += n as u64;
            no += 1;
            let text = match std::str::from_utf8(&line) {
                Ok(t) if t.trim().is_empty() => continue,
                Ok(t) => t.trim_end_matches(['\n', '\r']),
                Err(e) => {
                    let why = format!("{name}:{no}: not valid UTF-8 (byte {})", e.valid_up_to());
                    skipped.push((no, why));
                    continue;
                }
            };
            match crate::jsonl::parse_record(text) {
                Ok(rec) => records.push((no, rec)),
                Err(e) => skipped.push((no, format!("{name}:{no}: {e}"))),
            }
        }
        // The texts are detected as one batch; the decisions, which may depend on earlier
        // messages of a thread, are taken in order.
        let texts: Vec<&str> = records.iter().map(|(_, rec)| rec.text.as_str()).collect();
        let scans = scrubber.detector.detect_batch(&texts, &mut detect_scratch);
        let mut batch = Vec::with_capacity(records.len());
        for ((no, rec), scan) in records.iter().zip(scans) {
            let thread = threads.context_of(kind, rec, store).await?;
            match prepare_scanned(scrubber, kind, rec, &thread, scan, &mut scratch) {
                Ok(p) => {
                    threads.remember(scrubber, &p, &rec.text, &thread);
                    batch.push(p);
                }
                Err(e) => skipped.push((*no, format!("{name}:{no}: {e}"))),
            }
        }
        records.clear();
        // In line order, as the drop directory sets them aside.
        skipped.sort_by_key(|(no, _)| *no);
        for (no, why) in skipped.drain(..) {
            summary.skipped_lines.push(no);
            summary.skipped.push(why);
        }
        summary.count(&store.ingest_batch(&batch).await?);
        threads.batch_stored();
        progress(read);
    }
    store.purge().await?;
    Ok(summary)
}

/// The channel and source id of the message `rec` replies to, if it is a reply.
fn parent_of(kind: Kind, rec: &InputRecord) -> Option<(String, String)> {
    match kind {
        Kind::Tickets => None,
        Kind::Social => {
            let parent = field(rec, "in_reply_to")?;
            Some((social_channel(rec).ok()?, parent))
        }
    }
}

/// The thread `rec` replies to: stored (see [`Store::thread_text`]), or still on the intake
/// queue (see [`Store::queued_thread_text`]); empty if it is no reply or its parent is in
/// neither.
pub async fn stored_thread(
    kind: Kind,
    rec: &InputRecord,
    store: &Store,
) -> Result<String, StoreError> {
    let Some((channel, parent)) = parent_of(kind, rec) else {
        return Ok(String::new());
    };
    if let Some(text) = store.thread_text(&channel, &parent).await? {
        return Ok(text);
    }
    Ok(store
        .queued_thread_text(&channel, &parent)
        .await?
        .unwrap_or_default())
}

/// What the threads of a stream's replies ask for: the intent words of the messages of the
/// current batch (not stored yet) by channel and source id; earlier ones come from the store.
#[derive(Default)]
struct Threads {
    pending: std::collections::HashMap<(String, String), String>,
}

impl Threads {
    /// The intent words of the thread `rec` replies to, if it is a reply.
    async fn context_of(
        &self,
        kind: Kind,
        rec: &InputRecord,
        store: &Store,
    ) -> Result<String, StoreError> {
        let Some(key) = parent_of(kind, rec) else {
            return Ok(String::new());
        };
        if let Some(words) = self.pending.get(&key) {
            return Ok(words.clone());
        }
        Ok(store.thread_text(&key.0, &key.1).await?.unwrap_or_default())
    }

    /// Remembers what a prepared social message (and its thread) asks for, for its replies.
    fn remember(&mut self, scrubber: &Scrubber, p: &Prepared, text: &str, thread: &str) {
        if !p.incoming.channel.starts_with("social") {
            return;
        }
        let mut intents = scrubber.policy.intents(text);
        intents.add(scrubber.policy.intents(thread));
        let key = (p.incoming.channel.clone(), p.incoming.source_id.clone());
        self.pending.insert(key, intents.words());
    }

    /// The batch is in the store, where replies find it from now on.
    fn batch_stored(&mut self) {
        self.pending.clear();
    }
}

/// Why a stream could not be ingested to the end.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// Reading the input failed (names the place).
    #[error("{0}")]
    Read(String),
    /// The store failed; nothing of the current batch was written.
    #[error(transparent)]
    Store(#[from] StoreError),
}

#[cfg(test)]
mod tests {
    use super::timestamp;

    #[test]
    fn times_are_read_in_the_forms_exports_write() {
        let utc = 1_767_607_200; // 2026-01-05T10:00:00Z
        assert_eq!(timestamp("2026-01-05T10:00:00Z"), Some(utc));
        assert_eq!(timestamp("2026-01-05T11:00:00+01:00"), Some(utc));
        assert_eq!(timestamp("2026-01-05T05:30:00-0430"), Some(utc));
        assert_eq!(timestamp("2026-01-05 10:00:00"), Some(utc));
        assert_eq!(timestamp("2026-01-05T10:00:00.250Z"), Some(utc));
        assert_eq!(timestamp("2026-01-05"), Some(utc - 10 * 3600));
        assert_eq!(timestamp("1767607200"), Some(utc));
        assert_eq!(timestamp("gisteren"), None);
        assert_eq!(timestamp("05-01-2026"), None);
    }
}
