//! Store throughput on the embedded default (SQLite in a temporary file): ingest on one thread
//! (detect → policy → redact → store, batch transactions) in messages/s, `scrub-store`
//! in MB/s (on all cores), and compliance reports (JSON, HTML) over every stored message in
//! seconds. Each line also gives the process's CPU seconds: the fair figure on a shared machine.
//!
//! `cargo bench --bench store` (set `STORE_BENCH_MESSAGES` to change the 100,000).

use std::io::Write;
use std::time::Instant;

use pii_scrubber::detect::Scratch;
use pii_scrubber::intake::{ingest_reader, prepare, scrub_store, Kind, INGEST_BATCH};
use pii_scrubber::jsonl::parse_record;
use pii_scrubber::pipeline::Scrubber;
use pii_scrubber::redact::Method;
use pii_scrubber::report::{self, Format};
use pii_scrubber::store::Store;
use pii_scrubber::{Config, Label};

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
    let scrubber = std::sync::Arc::new(
        Scrubber::from_config(&cfg, Method::Placeholder).expect("shipped rules"),
    );
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

        // The store part alone: already prepared messages, batch transactions. They are
        // prepared as by an older version of the rules that had no IBAN and phone rules, so
        // that the re-scan below has values to redact and offsets to move, as after an update.
        let mut older = cfg.clone();
        older.detect.disabled_labels = vec![Label::Iban, Label::Phone];
        let older = Scrubber::from_config(&older, Method::Placeholder).expect("shipped rules");
        let mut scratch = Scratch::default();
        let prepared: Vec<_> = lines
            .lines()
            .take(20_000)
            .enumerate()
            .map(|(i, l)| {
                let mut rec = parse_record(l).expect("line");
                let id = format!("\"p{i}\"");
                rec.id = Some(serde_json::value::RawValue::from_string(id).expect("id"));
                prepare(&older, Kind::Tickets, &rec, &mut scratch).expect("prepare")
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

        // scrub-store: re-scan every stored message after a rules update, on all cores: the
        // messages stored above get their IBANs and phone numbers redacted.
        let (t, cpu) = (Instant::now(), cpu_secs());
        let scrub = scrub_store(&scrubber, &store, "bench", |_| {})
            .await
            .expect("scrub");
        let (secs, cpu) = (t.elapsed().as_secs_f64(), cpu_secs() - cpu);
        let mb = scrub.bytes as f64 / 1e6;
        println!(
            "scrub-store ({} threads): {} messages, {mb:.1} MB in {secs:.2} s = {:.1} MB/s \
             ({cpu:.2} CPU s = {:.1} MB per CPU s), {} values redacted",
            rayon::current_num_threads(),
            scrub.scanned,
            mb / secs,
            mb / cpu,
            scrub.redacted
        );

        // Reports over every stored message, written to a file as `report --out FILE` does.
        let total = store.message_count().await.expect("count");
        for format in [Format::Json, Format::Html] {
            let path = dir.path().join("report");
            let (t, cpu) = (Instant::now(), cpu_secs());
            let mut out = std::io::BufWriter::new(std::fs::File::create(&path).expect("file"));
            report::write(
                &store,
                ("1970-01-01", "2100-01-01"),
                (0, i64::MAX),
                format,
                &mut out,
            )
            .await
            .expect("report");
            out.flush().expect("flush");
            drop(out);
            let (secs, cpu) = (t.elapsed().as_secs_f64(), cpu_secs() - cpu);
            let size = std::fs::metadata(&path).expect("report").len();
            println!(
                "report {format:?}: {total} messages, {:.1} MB in {secs:.2} s ({cpu:.2} CPU s)",
                size as f64 / 1e6
            );
        }
        store.shutdown().await;
    });
}
