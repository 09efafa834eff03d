//! Store throughput on the embedded default (SQLite in a temporary file), one thread:
//! ingest (detect → policy → redact → store, batch transactions) in messages/s, `scrub-store`
//! in MB/s, and a compliance report over 100,000 messages in seconds.
//!
//! `cargo bench --bench store` (set `STORE_BENCH_MESSAGES` to change the 100,000).

use std::time::Instant;

use pii_scrubber::detect::Scratch;
use pii_scrubber::intake::{ingest_reader, prepare, rescan, Kind, INGEST_BATCH};
use pii_scrubber::jsonl::parse_record;
use pii_scrubber::pipeline::Scrubber;
use pii_scrubber::redact::Method;
use pii_scrubber::store::Store;
use pii_scrubber::Config;

/// Ticket lines built from the annotated corpus texts, with unique ids.
fn ticket_lines(n: usize) -> String {
    let corpus = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/corpus/messages.jsonl"
    ))
    .expect("corpus");
    let texts: Vec<String> = corpus
        .lines()
        .map(|l| parse_record(l).expect("corpus line").text)
        .collect();
    let mut out = String::new();
    for i in 0..n {
        let line = serde_json::json!({
            "id": format!("b{i}"),
            "name": "Test Klant",
            "email": "klant@example.org",
            "subject": "Vraag",
            "text": texts[i % texts.len()],
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

/// CPU seconds (user + system) the whole process has used so far, all threads (sqlx-sqlite's
/// worker thread included), from `/proc/self/stat`; 0 where that is not available. On a shared
/// machine this is the fair figure beside wall-clock time.
fn cpu_secs() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // Fields after the command name (which may contain spaces) start at field 3.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<f64> = rest
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|v| v.parse().ok())
        .collect();
    f.iter().sum::<f64>() / 100.0
}

fn main() {
    let n: usize = std::env::var("STORE_BENCH_MESSAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let cfg = Config::default();
    let scrubber = Scrubber::from_config(&cfg, Method::Placeholder).expect("shipped rules");
    let dir = tempfile::tempdir().expect("tempdir");
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    rt.block_on(async {
        let store = Store::open(&url, scrubber.detector.version())
            .await
            .expect("store");

        // Ingest: the whole path, as `pii-scrubber ingest tickets` runs it.
        let lines = ticket_lines(n);
        let (t, cpu) = (Instant::now(), cpu_secs());
        let summary = ingest_reader(
            &scrubber,
            &store,
            Kind::Tickets,
            lines.as_bytes(),
            "bench",
            |_| {},
        )
        .await
        .expect("ingest");
        let (secs, cpu) = (t.elapsed().as_secs_f64(), cpu_secs() - cpu);
        assert_eq!(summary.stored, n);
        println!(
            "ingest (SQLite, 1 thread): {n} messages, {:.1} MB in {secs:.2} s = {:.0} msg/s \
             ({cpu:.2} CPU s = {:.0} msg per CPU s)",
            lines.len() as f64 / 1e6,
            n as f64 / secs,
            n as f64 / cpu
        );

        // The store part alone: already prepared messages, batch transactions.
        let mut scratch = Scratch::default();
        let prepared: Vec<_> = lines
            .lines()
            .take(20_000)
            .enumerate()
            .map(|(i, l)| {
                let mut rec = parse_record(l).expect("line");
                let id = format!("\"p{i}\"");
                rec.id = Some(serde_json::value::RawValue::from_string(id).expect("id"));
                prepare(&scrubber, Kind::Tickets, &rec, &mut scratch).expect("prepare")
            })
            .collect();
        let (t, cpu) = (Instant::now(), cpu_secs());
        for chunk in prepared.chunks(INGEST_BATCH) {
            store.ingest_batch(chunk).await.expect("store");
        }
        let (secs, cpu) = (t.elapsed().as_secs_f64(), cpu_secs() - cpu);
        println!(
            "  of which storing: {} prepared messages in {secs:.2} s = {:.0} msg/s \
             ({cpu:.2} CPU s)",
            prepared.len(),
            prepared.len() as f64 / secs
        );

        // scrub-store: re-scan every stored message (as after a rules update).
        let t = Instant::now();
        let (mut last, mut bytes) = (0i64, 0usize);
        loop {
            let batch = store
                .messages_after(last, INGEST_BATCH as i64)
                .await
                .expect("read");
            let Some(end) = batch.last().map(|m| m.id) else {
                break;
            };
            let found: Vec<_> = batch
                .iter()
                .map(|m| {
                    bytes += m.body.len();
                    (m.id, m.body.clone(), rescan(&scrubber, m, &mut scratch))
                })
                .collect();
            store
                .scrub_batch("bench", &found, end)
                .await
                .expect("scrub");
            last = end;
        }
        let secs = t.elapsed().as_secs_f64();
        println!(
            "scrub-store: {:.1} MB in {secs:.2} s = {:.1} MB/s",
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / secs
        );

        // Report over every stored message.
        let total = store.message_count().await.expect("count");
        let t = Instant::now();
        let rows = store.report_rows(0, i64::MAX).await.expect("rows");
        let findings = rows.len();
        let report = pii_scrubber::report::Report::new("1970-01-01", "2100-01-01", rows);
        let html = report.to_html();
        let secs = t.elapsed().as_secs_f64();
        println!(
            "report: {total} messages, {findings} findings, HTML {} KB in {secs:.2} s",
            html.len() / 1024
        );
        store.shutdown().await;
    });
}
