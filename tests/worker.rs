//! The worker: two processes sharing a PostgreSQL queue exactly once, retries while the database
//! is unreachable, and kill -9 at random points during intake and the retention sweep.

use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use pii_scrubber::detect::Scratch;
use pii_scrubber::intake::{prepare, Kind};
use pii_scrubber::jsonl::parse_record;
use pii_scrubber::pipeline::Scrubber;
use pii_scrubber::store::{Prepared, Store};
use pii_scrubber::worker::{backoff::Backoff, Options};

use crate::store::{
    drop_pg_schema, fresh_pg_schema, pg_base, scrubber, CANARY_BSN, CANARY_CARD, CANARY_IBAN,
};

/// `n` ticket messages with ids `{prefix}{i}`, each carrying the canary values.
fn tickets(prefix: &str, n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            serde_json::json!({
                "id": format!("{prefix}{i}"),
                "name": "Test Klant",
                "subject": "Terugbetaling",
                "text": format!("Graag terugbetaling op {CANARY_IBAN}. Mijn BSN is {CANARY_BSN}, kaart {CANARY_CARD}. Bestelling {i}."),
            })
            .to_string()
        })
        .collect()
}

/// The lines run through detect → policy → redact, ready to queue.
fn prepared(s: &Scrubber, lines: &[String]) -> Vec<Prepared> {
    let mut scratch = Scratch::default();
    lines
        .iter()
        .map(|l| prepare(s, Kind::Tickets, &parse_record(l).unwrap(), &mut scratch).unwrap())
        .collect()
}

/// A fresh PostgreSQL schema named for the test; returns it and the store URL that uses it.
async fn pg_schema(name: &str) -> (String, String) {
    let schema = format!("w_{name}_{}", std::process::id());
    let url = fresh_pg_schema(&schema).await;
    (schema, url)
}

fn worker_cmd(store: &str) -> Command {
    let mut c = crate::cli::bin();
    c.env("PII_SCRUBBER_STORE", store)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    c
}

/// `(stored, already stored)` from a worker's closing line.
fn worker_counts(stderr: &str) -> (usize, usize) {
    let line = stderr
        .lines()
        .rev()
        .find(|l| l.starts_with("worker: ") && l.contains("message(s) stored"))
        .unwrap_or_else(|| panic!("no summary in {stderr}"));
    let num = |after: &str| -> usize {
        let i = line.find(after).unwrap();
        line[..i]
            .rsplit(|c: char| !c.is_ascii_digit())
            .find(|s| !s.is_empty())
            .unwrap()
            .parse()
            .unwrap()
    };
    (num(" message(s) stored"), num(" already stored"))
}

/// Stored messages. `UNIQUE (channel, source_id)` rules out a second copy of a message, so the
/// count equals the number sent exactly when nothing was lost.
/// A SQLite store at `db` with `queued` tickets on the intake queue, and beside it a drop
/// directory with `dropped` tickets in `tickets/batch.jsonl`: (store URL, drop directory).
async fn queue_and_drop_dir(
    db: &std::path::Path,
    queued: usize,
    dropped: usize,
) -> (String, std::path::PathBuf) {
    let url = format!("sqlite://{}", db.display());
    let store = Store::open(&url, "test").await.unwrap();
    store
        .enqueue(&prepared(&scrubber(), &tickets("q", queued)))
        .await
        .unwrap();
    store.shutdown().await;
    let drop = db.with_file_name("drop");
    std::fs::create_dir_all(drop.join("tickets")).unwrap();
    std::fs::write(
        drop.join("tickets/batch.jsonl"),
        tickets("f", dropped).join("\n"),
    )
    .unwrap();
    (url, drop)
}

async fn stored(store: &Store) -> i64 {
    store.message_count().await.unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn two_workers_share_10000_queued_messages_exactly_once() {
    let (schema, url) = pg_schema("share").await;
    let s = scrubber();
    let store = Store::open(&url, "test").await.unwrap();
    let lines = tickets("q", 10_000);
    for chunk in prepared(&s, &lines).chunks(1000) {
        store.enqueue(chunk).await.unwrap();
    }
    assert_eq!(store.queue_len().await.unwrap(), 10_000);
    let spawn = || {
        worker_cmd(&url)
            .args(["worker", "--once", "--batch", "50"])
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    let (ea, eb) = (
        String::from_utf8_lossy(&a.stderr),
        String::from_utf8_lossy(&b.stderr),
    );
    assert!(a.status.success() && b.status.success(), "{ea}\n{eb}");
    let ((sa, da), (sb, db)) = (worker_counts(&ea), worker_counts(&eb));
    assert_eq!(sa + sb, 10_000, "every queued message stored: {ea} / {eb}");
    assert_eq!(da + db, 0, "none processed twice");
    assert!(sa > 0 && sb > 0, "both workers took a share: {sa} / {sb}");
    assert_eq!(store.queue_len().await.unwrap(), 0);
    assert_eq!(stored(&store).await, 10_000);
    store.shutdown().await;
    drop_pg_schema(&schema).await;
}

/// A TCP link to PostgreSQL that the test can cut and restore: the real database behind a
/// switch, not a mock.
struct Link {
    up: Arc<AtomicBool>,
    conns: Arc<Mutex<Vec<tokio::task::JoinHandle<()>>>>,
    port: u16,
}

impl Link {
    async fn start(target: String) -> Link {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let up = Arc::new(AtomicBool::new(false));
        let conns = Arc::new(Mutex::new(Vec::new()));
        let (up2, conns2) = (up.clone(), conns.clone());
        tokio::spawn(async move {
            loop {
                let Ok((mut client, _)) = listener.accept().await else {
                    return;
                };
                if !up2.load(Ordering::SeqCst) {
                    continue; // dropped: the client sees the connection closed
                }
                let target = target.clone();
                conns2.lock().unwrap().push(tokio::spawn(async move {
                    if let Ok(mut server) = tokio::net::TcpStream::connect(target).await {
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                    }
                }));
            }
        });
        Link { up, conns, port }
    }

    fn set(&self, up: bool) {
        self.up.store(up, Ordering::SeqCst);
        if !up {
            for c in self.conns.lock().unwrap().drain(..) {
                c.abort();
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn worker_retries_while_the_database_is_down_and_loses_nothing() {
    let (schema, url) = pg_schema("down").await;
    let s = scrubber();
    let store = Store::open(&url, "test").await.unwrap();
    store
        .enqueue(&prepared(&s, &tickets("d", 2000)))
        .await
        .unwrap();
    // The server named by the test URL, reached through the link.
    let base = pg_base();
    let host_port = base
        .split('@')
        .nth(1)
        .and_then(|r| r.split('/').next())
        .unwrap()
        .to_string();
    let link = Link::start(host_port.clone()).await;
    let via_link = url.replace(&host_port, &format!("127.0.0.1:{}", link.port));

    let (stop_tx, stop) = pii_scrubber::shutdown::Stop::manual();
    let options = Options {
        once: false,
        batch: 50,
        poll: Duration::from_millis(100),
        sweep_interval: Duration::from_secs(3600),
        retention_days: 90,
        drop_dir: None,
        backoff: Backoff::new(Duration::from_millis(50), Duration::from_millis(400)),
    };
    let worker = tokio::spawn(async move {
        let s = scrubber();
        pii_scrubber::worker::run(&s, &via_link, options, stop).await
    });
    // Down from the start: the worker keeps retrying, nothing moves.
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(store.queue_len().await.unwrap(), 2000);
    link.set(true);
    let wait_until = |limit: i64| {
        let store = store.clone();
        async move {
            let start = Instant::now();
            while store.queue_len().await.unwrap() > limit {
                assert!(start.elapsed() < Duration::from_secs(90), "worker stalled");
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }
    };
    wait_until(1500).await;
    // Cut mid-run, connections and all.
    link.set(false);
    tokio::time::sleep(Duration::from_millis(700)).await;
    link.set(true);
    wait_until(0).await;
    stop_tx.send(true).unwrap();
    let stats = worker.await.unwrap().unwrap();
    assert!(stats.retries >= 2, "retried while down: {stats}");
    assert_eq!(store.queue_len().await.unwrap(), 0);
    assert_eq!(stored(&store).await, 2000, "nothing lost, nothing twice");
    store.shutdown().await;
    drop_pg_schema(&schema).await;
}

/// Deterministic pseudo-random delays (xorshift).
struct Delays(u64);

impl Delays {
    fn next(&mut self, min_ms: u64, max_ms: u64) -> Duration {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        Duration::from_millis(min_ms + self.0 % (max_ms - min_ms))
    }
}

/// Runs `args` (a command that exits when done) `runs` times, each killed with SIGKILL after a
/// random delay; returns how many were killed mid-work rather than finished, and the stderr of
/// those that finished (for the assertion message).
fn kill_repeatedly(
    store: &str,
    args: &[&str],
    runs: usize,
    delays: &mut Delays,
    (min_ms, max_ms): (u64, u64),
) -> (usize, String) {
    let mut killed = 0;
    let mut finished = String::new();
    for _ in 0..runs {
        let mut child = worker_cmd(store).args(args).spawn().unwrap();
        std::thread::sleep(delays.next(min_ms, max_ms));
        let running = child.try_wait().unwrap().is_none();
        if running {
            child.kill().unwrap(); // SIGKILL
            killed += 1;
        }
        let out = child.wait_with_output().unwrap();
        if !running {
            finished.push_str(&format!(
                "{}: {}\n",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    (killed, finished)
}

fn assert_no_canary_in_files(db: &std::path::Path, canaries: &[&str]) {
    let mut bytes = std::fs::read(db).unwrap();
    if let Ok(wal) = std::fs::read(db.with_extension("db-wal")) {
        bytes.extend(wal);
    }
    for c in canaries {
        assert!(
            !bytes.windows(c.len()).any(|w| w == c.as_bytes()),
            "{c} left in the SQLite files"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn kill_9_during_intake_loses_nothing_and_stores_nothing_twice() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    // Enough work that a run lasts longer than the kill delays (30–400 ms): batched storing
    // takes a run through some 20,000 messages in under a second.
    let (url, drop) = queue_and_drop_dir(&db, 1500, 60_000).await;
    let drop_arg = drop.display().to_string();
    let args = [
        "worker",
        "--once",
        "--drop-dir",
        &drop_arg,
        "--batch",
        "100",
    ];
    let (killed, finished) =
        kill_repeatedly(&url, &args, 8, &mut Delays(0x9e3779b97f4a7c15), (30, 400));
    assert!(
        killed >= 1,
        "no run was killed mid-work; they ended:\n{finished}"
    );
    let out = worker_cmd(&url).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !drop.join("tickets/batch.jsonl").exists(),
        "the drop file is deleted once ingested"
    );
    let store = Store::open(&url, "test").await.unwrap();
    assert_eq!(store.queue_len().await.unwrap(), 0);
    assert_eq!(stored(&store).await, 61_500);
    store.shutdown().await;
    // The refund IBAN is kept until the ticket closes (policy); BSN and card never land.
    assert_no_canary_in_files(&db, &[CANARY_BSN, CANARY_CARD]);
}

#[tokio::test(flavor = "multi_thread")]
async fn kill_9_during_the_retention_sweep_leaves_nothing_unredacted() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let url = format!("sqlite://{}", db.display());
    let s = scrubber();
    let store = Store::open(&url, "test").await.unwrap();
    let lines = tickets("s", 3000).join("\n");
    let summary = pii_scrubber::intake::ingest_reader(
        &s,
        &store,
        Kind::Tickets,
        lines.as_bytes(),
        "sweep-test",
        |_| {},
    )
    .await
    .unwrap();
    assert_eq!(summary.stored, 3000);
    let kept = store.kept_values().await.unwrap();
    assert!(
        kept >= 3000,
        "the refund IBANs are kept until closed: {kept}"
    );
    store.shutdown().await;
    // Everything is older than "now" a second later; a 0-day retention sweeps it all.
    std::thread::sleep(Duration::from_millis(1100));
    let (killed, finished) = kill_repeatedly(
        &url,
        &["sweep", "--days", "0"],
        5,
        &mut Delays(0x2545f4914f6cdd1d),
        (150, 900),
    );
    assert!(
        killed >= 1,
        "no sweep was killed mid-work; they ended:\n{finished}"
    );
    let out = worker_cmd(&url)
        .args(["sweep", "--days", "0"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let store = Store::open(&url, "test").await.unwrap();
    assert_eq!(store.kept_values().await.unwrap(), 0);
    assert_eq!(stored(&store).await, 3000);
    store.shutdown().await;
    assert_no_canary_in_files(&db, &[CANARY_BSN, CANARY_CARD, "RABO0123456789"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_drop_file_with_bad_lines_keeps_only_those_lines_for_a_person() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let url = format!("sqlite://{}", db.display());
    let drop = dir.path().join("drop");
    std::fs::create_dir_all(drop.join("social")).unwrap();
    let good = |id: &str| serde_json::json!({"id": id, "platform": "x", "author": "Sanne", "handle": "@sanne", "text": format!("Mijn BSN is {CANARY_BSN}, help!")});
    // Line 2 is a record that cannot be stored (a social message names its platform), line 3
    // no record at all: both are set aside, in their order.
    let no_platform = r#"{"id":"b2","author":"Sanne","text":"hoi"}"#;
    let file = format!(
        "{}\n{no_platform}\n{{\"id\":\"b2b\",broken\n{}\n",
        good("b1"),
        good("b3")
    );
    std::fs::write(drop.join("social/b.jsonl"), file).unwrap();
    let out = worker_cmd(&url)
        .args(["worker", "--once", "--drop-dir", drop.to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("b.jsonl:2:") && err.contains("b.jsonl:3:") && !err.contains(CANARY_BSN),
        "{err}"
    );
    assert!(
        !drop.join("social/b.jsonl").exists(),
        "the original is gone"
    );
    let failed = std::fs::read_to_string(drop.join("failed/social/b.jsonl")).unwrap();
    assert_eq!(
        failed,
        format!("{no_platform}\n{{\"id\":\"b2b\",broken\n"),
        "only the bad lines are kept"
    );
    let errors = std::fs::read_to_string(drop.join("failed/social/b.jsonl.errors")).unwrap();
    assert!(
        errors.contains("b.jsonl:2:")
            && errors.contains("b.jsonl:3:")
            && !errors.contains(CANARY_BSN),
        "{errors}"
    );
    // The next day's export under the same name does not overwrite the lines set aside.
    let file = format!("{}\n{{\"id\":\"b5\",also broken\n", good("b4"));
    std::fs::write(drop.join("social/b.jsonl"), file).unwrap();
    let out = worker_cmd(&url)
        .args(["worker", "--once", "--drop-dir", drop.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        std::fs::read_to_string(drop.join("failed/social/b.jsonl")).unwrap(),
        format!("{no_platform}\n{{\"id\":\"b2b\",broken\n")
    );
    assert_eq!(
        std::fs::read_to_string(drop.join("failed/social/b-2.jsonl")).unwrap(),
        "{\"id\":\"b5\",also broken\n"
    );
    assert!(drop.join("failed/social/b-2.jsonl.errors").exists());
    let store = Store::open(&url, "test").await.unwrap();
    assert_eq!(stored(&store).await, 3, "the good lines are stored");
    store.shutdown().await;
    assert_no_canary_in_files(&db, &[CANARY_BSN]);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_worker_stops_cleanly_on_sigterm_after_storing_its_queue_and_drop_files() {
    let dir = tempfile::tempdir().unwrap();
    let (url, drop) = queue_and_drop_dir(&dir.path().join("t.db"), 300, 200).await;
    let child = worker_cmd(&url)
        .args(["worker", "--drop-dir", drop.to_str().unwrap()])
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while drop.join("tickets/batch.jsonl").exists() {
        assert!(std::time::Instant::now() < deadline, "drop file not taken");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let (status, stderr) = crate::imap::stop_with_sigterm(child);
    assert!(status.success(), "exit after SIGTERM: {stderr}");
    assert!(stderr.contains("500 message(s) stored"), "{stderr}");
    let store = Store::open(&url, "test").await.unwrap();
    assert_eq!(stored(&store).await, 500);
    assert_eq!(store.queue_len().await.unwrap(), 0);
}

#[test]
fn a_once_run_ends_with_an_error_when_the_store_or_drop_directory_is_unusable() {
    let dir = tempfile::tempdir().unwrap();
    // A store that cannot be opened: a run from cron must end, and say that it failed.
    let dead = format!("sqlite://{}", dir.path().join("no/such/dir/w.db").display());
    let out = worker_cmd(&dead)
        .args(["worker", "--once"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    // A store that cannot be reached is a temporary failure (EX_TEMPFAIL), not a bad config.
    assert_eq!(out.status.code(), Some(75), "{err}");
    assert!(
        err.contains("retrying in") && err.contains("unable to open"),
        "{err}"
    );
    // A URL of another database is no store that can come up: not retried, also without --once.
    let out = worker_cmd("mysql://localhost/w")
        .args(["worker"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("must start with sqlite:// or postgres://") && !err.contains("retrying"),
        "{err}"
    );
    // A mistyped drop directory is an error, not a directory watched in silence.
    let url = format!("sqlite://{}", dir.path().join("w.db").display());
    let missing = dir.path().join("dropp");
    let out = worker_cmd(&url)
        .args(["worker", "--once", "--drop-dir", missing.to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("the drop directory does not exist"), "{err}");
}

#[test]
fn a_once_run_whose_imap_server_is_down_says_so_instead_of_a_plain_summary() {
    let dir = tempfile::tempdir().unwrap();
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let cfg = dir.path().join("c.toml");
    std::fs::write(
        &cfg,
        format!(
            "[imap]\nhost = \"127.0.0.1\"\nport = {closed}\ntls = false\nuser = \"u\"\npassword_env = \"T_IMAP_PW\"\n"
        ),
    )
    .unwrap();
    // A new SQLite file, opened by the worker and by its IMAP source at the same moment.
    let url = format!("sqlite://{}", dir.path().join("w.db").display());
    let out = worker_cmd(&url)
        .env("T_IMAP_PW", "x")
        .args(["worker", "--once", "--config", cfg.to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(75), "{err}");
    assert!(
        err.contains("worker: the IMAP source failed; the other sources ran (0 message(s) stored")
            && err.contains("Connection refused"),
        "{err}"
    );
    // No summary line of its own that reads like a complete run, and no store that failed
    // to come up because both opened it at once.
    assert!(
        !err.lines()
            .any(|l| l.starts_with("worker: 0 message(s) stored")),
        "{err}"
    );
    assert!(!err.contains("migration"), "{err}");
}

#[test]
fn an_unreachable_postgresql_is_named_at_once_and_is_a_temporary_failure() {
    // A port nobody listens on: refused at once, not after the pool's 10 s timeout.
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let url = format!("postgres://postgres@127.0.0.1:{closed}/test");
    let started = std::time::Instant::now();
    let out = crate::cli::bin()
        .args(["report", "--store", &url])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(75), "{err}");
    assert!(err.contains("Connection refused"), "{err}");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn a_once_run_stopped_by_sigterm_before_it_is_done_exits_75() {
    let dir = tempfile::tempdir().unwrap();
    // The store cannot be opened: the run retries (1 s, 2 s, 4 s) and is stopped meanwhile.
    let dead = format!("sqlite://{}", dir.path().join("no/such/dir/w.db").display());
    let child = worker_cmd(&dead)
        .args(["worker", "--once"])
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let (status, stderr) = crate::imap::stop_with_sigterm(child);
    assert_eq!(status.code(), Some(75), "{stderr}");
    assert!(
        stderr.contains("retrying in")
            && stderr.contains("worker: stopped before the run was complete"),
        "{stderr}"
    );
}
