//! The IMAP worker against a real Dovecot (tests/dovecot.rs): every message processed exactly
//! once, crash safety under kill -9, reconnection after a server restart, a message that cannot
//! be processed set aside untouched, and the Sieve delivery path with its quarantine.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::dovecot::{self, Dovecot, Options};

/// Synthetic, checksum-valid canary values: always redacted, never allowed to survive.
const CANARY_BSN: &str = "696579303";
const CANARY_CARD: &str = "4111 1111 1111 1111";
const PASSWORD_ENV: &str = "PII_TEST_IMAP_PASSWORD";

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_pii-scrubber")
}

/// A typical support mail of 5–20 KB (size varies with `i`) with canary values in it.
pub fn mail(i: usize) -> Vec<u8> {
    let mut body = String::new();
    body.push_str("Beste klantenservice,\r\n\r\n");
    body.push_str(&format!(
        "Mijn BSN is {CANARY_BSN} en mijn creditcard is {CANARY_CARD}. Bestelling {i} is niet aangekomen.\r\n\r\n"
    ));
    let filler = "De levering van mijn bestelling is vertraagd en ik wil graag weten wanneer het pakket komt.\r\n";
    while body.len() < 5_000 + (i * 997) % 15_000 {
        body.push_str(filler);
    }
    body.push_str("Met vriendelijke groet,\r\nklant\r\n");
    format!(
        "From: Klant <klant{i}@voorbeeld.nl>\r\nTo: support@zonnestraal.example\r\nSubject: Bestelling {i}\r\n\
         Message-ID: <order-{i}@voorbeeld.nl>\r\nDate: Tue, 24 Nov 2026 10:00:00 +0100\r\n\
         MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}"
    )
    .into_bytes()
}

/// Writes a config (the shipped organisation + a SQLite store in `dir` + `[imap]` for `dc`).
fn worker_config(dc: &Dovecot, dir: &Path, imap_extra: &str) -> PathBuf {
    let server = format!("host = \"127.0.0.1\"\nport = {}\ntls = false\n", dc.port);
    write_config(dir, &format!("{server}{imap_extra}\n"))
}

/// Writes a config with `imap` (host, port, tls and more) in its `[imap]` section.
fn write_config(dir: &Path, imap: &str) -> PathBuf {
    let shipped = std::fs::read_to_string(crate::root().join("pii-scrubber.toml")).unwrap();
    let cfg = format!(
        "{shipped}\n[store]\nurl = \"sqlite://{}/store.db\"\n\n[imap]\n{imap}user = \"{}\"\npassword_env = \"{PASSWORD_ENV}\"\npoll_seconds = 1\n",
        dir.display(),
        dovecot::USER
    );
    let path = dir.join("pii-scrubber.toml");
    std::fs::write(&path, cfg).unwrap();
    path
}

fn worker(cfg: &Path, once: bool) -> Command {
    command("imap", cfg, once)
}

/// `pii-scrubber SUBCOMMAND --config CFG [--once]` with the IMAP password in its environment.
fn command(subcommand: &str, cfg: &Path, once: bool) -> Command {
    let mut c = Command::new(bin());
    c.arg(subcommand).arg("--config").arg(cfg);
    if once {
        c.arg("--once");
    }
    c.env(PASSWORD_ENV, dovecot::PASSWORD)
        .env_remove("PII_SCRUBBER_STORE")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c
}

fn run_once(cfg: &Path) -> Output {
    let out = worker(cfg, true).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "imap --once failed: {stderr}");
    assert_no_canary("worker stderr", stderr.as_bytes());
    out
}

fn assert_no_canary(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    assert!(
        !text.contains(CANARY_BSN) && !text.contains(CANARY_CARD),
        "{what} still holds a canary value"
    );
}

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// The marker header value of a redacted copy.
fn marker(msg: &[u8]) -> String {
    let text = String::from_utf8_lossy(msg);
    text.lines()
        .find_map(|l| l.strip_prefix("X-PII-Scrubber-Original: "))
        .unwrap_or_else(|| panic!("copy without marker"))
        .trim()
        .to_string()
}

/// Checks that `folder` holds exactly one redacted copy of each of `originals` (by marker UID),
/// parseable and without canary values.
fn assert_copies(msgs: &[(u32, String, Vec<u8>)], originals: usize) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut ids = HashSet::new();
    for (uid, _, raw) in msgs {
        assert_no_canary(&format!("copy uid {uid}"), raw);
        let m = marker(raw);
        let key = m.split(" message-id=").next().unwrap().to_string();
        *seen.entry(key).or_default() += 1;
        let id = m
            .split("message-id=")
            .nth(1)
            .expect("message-id in marker")
            .to_string();
        ids.insert(id);
        let text = String::from_utf8_lossy(raw);
        assert!(
            text.contains("X-PII-Scrubber: "),
            "copy uid {uid} lacks X-PII-Scrubber"
        );
        assert!(
            text.contains("\r\n\r\n") || text.contains("\n\n"),
            "copy uid {uid} has no body"
        );
        assert!(
            text.contains("Subject: Bestelling "),
            "copy uid {uid} lost its subject"
        );
    }
    let dup: Vec<_> = seen.iter().filter(|(_, &n)| n > 1).collect();
    assert!(dup.is_empty(), "duplicated copies: {dup:?}");
    assert_eq!(seen.len(), originals, "one copy per original");
    assert_eq!(ids.len(), originals, "one copy per Message-ID");
}

fn store_messages(dir: &Path) -> i64 {
    rt().block_on(async {
        let store = pii_scrubber::store::Store::open(
            &format!("sqlite://{}/store.db", dir.display()),
            "test",
        )
        .await
        .unwrap();
        let n = store.message_count().await.unwrap();
        store.shutdown().await;
        n
    })
}

fn fill(dc: &Dovecot, folder: &str, n: usize) {
    rt().block_on(async {
        let mut s = dc.session().await;
        for i in 0..n {
            dovecot::append(&mut s, folder, &mail(i)).await;
        }
        s.logout().await.unwrap();
    });
}

fn folder(dc: &Dovecot, name: &str) -> Vec<(u32, String, Vec<u8>)> {
    rt().block_on(async {
        let mut s = dc.session().await;
        let m = dovecot::messages(&mut s, name).await;
        s.logout().await.unwrap();
        m
    })
}

fn count(dc: &Dovecot, name: &str) -> u32 {
    rt().block_on(async {
        let mut s = dc.session().await;
        let n = dovecot::count(&mut s, name).await;
        s.logout().await.unwrap();
        n
    })
}

/// Appends mail number `n` to INBOX and waits (up to `within`) until a running worker has put
/// its redacted copy in `Redacted`, which then holds `n + 1` messages.
fn deliver_new_mail(dc: &Dovecot, n: usize, within: Duration) {
    rt().block_on(async {
        let mut s = dc.session().await;
        dovecot::append(&mut s, "INBOX", &mail(n)).await;
        s.logout().await.unwrap();
    });
    let deadline = Instant::now() + within;
    while count(dc, "Redacted") < n as u32 + 1 {
        assert!(Instant::now() < deadline, "new mail not picked up");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Sends SIGTERM to `child` and waits (up to 10 s) for it to stop: its exit status and stderr.
pub(crate) fn stop_with_sigterm(mut child: Child) -> (std::process::ExitStatus, String) {
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "no clean stop on SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn imap_500_messages_each_redacted_exactly_once_in_place() {
    if !dovecot::available("imap_500_messages_each_redacted_exactly_once_in_place") {
        return;
    }
    let dc = Dovecot::start();
    let dir = tempfile::tempdir().unwrap();
    let cfg = worker_config(&dc, dir.path(), "");
    fill(&dc, "INBOX", 500);
    // One flagged message: flags survive.
    rt().block_on(async {
        let mut s = dc.session().await;
        s.select("INBOX").await.unwrap();
        use futures_util::TryStreamExt;
        let _: Vec<_> = s
            .uid_store("7", "+FLAGS (\\Flagged \\Seen)")
            .await
            .unwrap()
            .try_collect()
            .await
            .unwrap();
        s.logout().await.unwrap();
    });
    run_once(&cfg);
    let msgs = folder(&dc, "INBOX");
    assert_eq!(msgs.len(), 500, "originals gone, one copy each");
    assert!(
        msgs.iter().all(|(uid, _, _)| *uid > 500),
        "every original expunged"
    );
    assert_copies(&msgs, 500);
    let flagged = msgs
        .iter()
        .find(|(_, _, raw)| marker(raw).contains(":7; mailbox=INBOX;"))
        .unwrap();
    assert!(
        flagged.1.contains("Flagged") && flagged.1.contains("Seen"),
        "flags kept: {}",
        flagged.1
    );
    assert_eq!(
        store_messages(dir.path()),
        500,
        "one ticket message per mail"
    );
    // A second run finds nothing to do (the copies carry the marker).
    let again = run_once(&cfg);
    assert!(String::from_utf8_lossy(&again.stderr).contains("0 redacted"));
    assert_eq!(count(&dc, "INBOX"), 500);
}

#[test]
fn imap_over_tls_trusts_the_configured_ca_only() {
    if !dovecot::available("imap_over_tls_trusts_the_configured_ca_only") {
        return;
    }
    let dc = Dovecot::start_with(Options {
        tls: true,
        ..Options::default()
    });
    let port = dc.tls_port.expect("imaps port");
    fill(&dc, "INBOX", 20);
    // The server's certificate is signed by a private CA: without `ca_file` the worker must
    // refuse the connection with a clear error and touch nothing.
    let dir = tempfile::tempdir().unwrap();
    let untrusted = write_config(
        dir.path(),
        &format!("host = \"localhost\"\nport = {port}\ntls = true\n"),
    );
    let out = worker(&untrusted, true).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success(),
        "an untrusted certificate was accepted"
    );
    // Refused at once, not retried as if the connection had dropped.
    assert!(
        stderr.contains("server certificate refused") && !stderr.contains("reconnecting"),
        "error does not name the certificate, or was retried: {stderr}"
    );
    let untouched = folder(&dc, "INBOX");
    assert_eq!(untouched.len(), 20);
    assert!(untouched
        .iter()
        .all(|(_, _, raw)| !String::from_utf8_lossy(raw).contains("X-PII-Scrubber")));
    // With the CA configured: every message redacted once over TLS.
    let trusted = write_config(
        dir.path(),
        &format!(
            "host = \"localhost\"\nport = {port}\ntls = true\nca_file = \"{}\"\n",
            dc.ca_file().display()
        ),
    );
    run_once(&trusted);
    let msgs = folder(&dc, "INBOX");
    assert_eq!(msgs.len(), 20);
    assert_copies(&msgs, 20);
    assert_eq!(store_messages(dir.path()), 20);
}

#[test]
fn worker_runs_the_imap_source_beside_its_other_sources() {
    if !dovecot::available("worker_runs_the_imap_source_beside_its_other_sources") {
        return;
    }
    const N: usize = 30;
    let dc = Dovecot::start();
    let dir = tempfile::tempdir().unwrap();
    let cfg = worker_config(&dc, dir.path(), "processed_folder = \"Redacted\"\n");
    fill(&dc, "INBOX", N);
    // `worker --once` drains the mailbox like `imap --once`.
    let out = command("worker", &cfg, true).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "worker --once: {stderr}");
    assert!(
        stderr.contains(&format!("imap: {N} redacted")),
        "no IMAP figures: {stderr}"
    );
    assert_no_canary("worker stderr", stderr.as_bytes());
    assert_eq!(count(&dc, "INBOX"), 0);
    assert_copies(&folder(&dc, "Redacted"), N);
    assert_eq!(store_messages(dir.path()), N as i64);
    // The long-running worker picks up new mail and stops cleanly on SIGTERM.
    let child = command("worker", &cfg, false).spawn().unwrap();
    deliver_new_mail(&dc, N, Duration::from_secs(30));
    let (status, stderr) = stop_with_sigterm(child);
    assert!(status.success(), "exit after SIGTERM: {stderr}");
    assert_copies(&folder(&dc, "Redacted"), N + 1);
    assert_eq!(store_messages(dir.path()), N as i64 + 1);
}

#[test]
fn imitated_scrubber_headers_do_not_make_the_worker_skip_a_message() {
    if !dovecot::available("imitated_scrubber_headers_do_not_make_the_worker_skip_a_message") {
        return;
    }
    let dc = Dovecot::start();
    let dir = tempfile::tempdir().unwrap();
    let cfg = worker_config(&dc, dir.path(), "");
    // A sender writes the headers the filter and the worker add, hoping the worker skips the
    // message (and its canary values stay in the mailbox).
    let forged = [
        "X-PII-Scrubber: redacted=0; rules=000000000000\r\n",
        "X-PII-Scrubber-Original: uid=1:1; mailbox=INBOX; message-id=<x@y>;\r\n",
        "X-PII-Scrubber-Original: uid=1:1; mailbox=INBOX; mac=00112233445566778899aabbccddeeff\r\n",
    ];
    rt().block_on(async {
        let mut s = dc.session().await;
        for (i, header) in forged.iter().enumerate() {
            let mut m = header.as_bytes().to_vec();
            m.extend_from_slice(&mail(i));
            dovecot::append(&mut s, "INBOX", &m).await;
        }
        s.logout().await.unwrap();
    });
    run_once(&cfg);
    let msgs = folder(&dc, "INBOX");
    assert_eq!(msgs.len(), forged.len());
    assert!(
        msgs.iter().all(|(uid, _, _)| *uid > forged.len() as u32),
        "originals expunged"
    );
    assert_copies(&msgs, forged.len());
    // The worker's own copies are recognised: a second run skips them.
    let again = run_once(&cfg);
    assert!(String::from_utf8_lossy(&again.stderr).contains("0 redacted"));
    assert_eq!(count(&dc, "INBOX"), forged.len() as u32);
}

/// A tiny deterministic generator for kill delays.
struct XorShift(u64);
impl XorShift {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

fn kill9(child: &mut Child) {
    let _ = Command::new("kill")
        .arg("-9")
        .arg(child.id().to_string())
        .status();
    let _ = child.wait();
}

#[test]
fn imap_kill9_twenty_times_loses_and_duplicates_nothing() {
    if !dovecot::available("imap_kill9_twenty_times_loses_and_duplicates_nothing") {
        return;
    }
    const N: usize = 1000;
    let dc = Dovecot::start();
    let dir = tempfile::tempdir().unwrap();
    let cfg = worker_config(
        &dc,
        dir.path(),
        "processed_folder = \"Redacted\"\nmax_attempts = 6",
    );
    fill(&dc, "INBOX", N);
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    eprintln!("kill seed {seed}");
    let mut rng = XorShift(seed | 1);
    let mut mid_drain = 0;
    for round in 0..20 {
        // Kill on progress, not on a clock: each worker copies a random handful of messages
        // (and a random few milliseconds more), so every kill falls mid-drain however fast the
        // machine is.
        let target = count(&dc, "Redacted") + 1 + rng.next(25) as u32;
        let mut child = worker(&cfg, false).stderr(Stdio::null()).spawn().unwrap();
        let deadline = Instant::now() + Duration::from_secs(30);
        while count(&dc, "Redacted") < target {
            if Instant::now() > deadline {
                kill9(&mut child);
                panic!("worker {round} made no progress in 30 s");
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        std::thread::sleep(Duration::from_millis(rng.next(15)));
        kill9(&mut child);
        if count(&dc, "INBOX") > 0 {
            mid_drain += 1;
        }
    }
    eprintln!("{mid_drain} of 20 kills left messages to drain");
    assert_eq!(
        mid_drain, 20,
        "every kill should fall while the folder drains"
    );
    run_once(&cfg);
    assert_eq!(count(&dc, "INBOX"), 0, "every original gone");
    assert_eq!(count(&dc, "pii-scrubber-failed"), 0, "nothing set aside");
    let msgs = folder(&dc, "Redacted");
    assert_copies(&msgs, N);
    assert_eq!(msgs.len(), N, "0 lost, 0 duplicated");
    assert_eq!(
        store_messages(dir.path()),
        N as i64,
        "every ticket stored once"
    );
}

#[test]
fn imap_worker_reconnects_after_dovecot_restart_and_stops_on_sigterm() {
    if !dovecot::available("imap_worker_reconnects_after_dovecot_restart_and_stops_on_sigterm") {
        return;
    }
    const N: usize = 400;
    let dc = Dovecot::start();
    let dir = tempfile::tempdir().unwrap();
    let cfg = worker_config(&dc, dir.path(), "processed_folder = \"Redacted\"");
    fill(&dc, "INBOX", N);
    let mut child = worker(&cfg, false).spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while count(&dc, "Redacted") < 20 {
        if Instant::now() > deadline {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!(
                "worker made no progress: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    dc.restart();
    // New mail after the restart arrives through IDLE on the new connection.
    let deadline = Instant::now() + Duration::from_secs(60);
    while count(&dc, "Redacted") < N as u32 {
        assert!(
            Instant::now() < deadline,
            "worker did not finish after the restart"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    deliver_new_mail(&dc, N, Duration::from_secs(20));
    let (status, stderr) = stop_with_sigterm(child);
    assert!(status.success(), "exit after SIGTERM: {stderr}");
    assert!(
        stderr.contains("reconnect"),
        "the restart was noticed: {stderr}"
    );
    assert_no_canary("worker stderr", stderr.as_bytes());
    assert_eq!(count(&dc, "INBOX"), 0);
    let msgs = folder(&dc, "Redacted");
    assert_copies(&msgs, N + 1);
}

/// A message the redaction refuses: base64 that does not decode in a text part.
fn broken_mail() -> Vec<u8> {
    format!(
        "From: x@voorbeeld.nl\r\nSubject: kapot\r\nMessage-ID: <broken@voorbeeld.nl>\r\nMIME-Version: 1.0\r\n\
         Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n\
         !!!! not base64 {CANARY_BSN} ****\r\n"
    )
    .into_bytes()
}

#[test]
fn imap_unprocessable_message_is_set_aside_untouched_and_the_rest_processed() {
    if !dovecot::available(
        "imap_unprocessable_message_is_set_aside_untouched_and_the_rest_processed",
    ) {
        return;
    }
    let dc = Dovecot::start();
    let dir = tempfile::tempdir().unwrap();
    let cfg = worker_config(&dc, dir.path(), "max_attempts = 2");
    fill(&dc, "INBOX", 10);
    let broken = broken_mail();
    rt().block_on(async {
        let mut s = dc.session().await;
        dovecot::append(&mut s, "INBOX", &broken).await;
        for i in 10..20 {
            dovecot::append(&mut s, "INBOX", &mail(i)).await;
        }
        s.logout().await.unwrap();
    });
    let out = run_once(&cfg);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("uid 11"),
        "the log names the message: {stderr}"
    );
    let failed = folder(&dc, "pii-scrubber-failed");
    assert_eq!(failed.len(), 1, "{stderr}");
    assert_eq!(failed[0].2, broken, "set aside byte for byte");
    let inbox = folder(&dc, "INBOX");
    assert_copies(&inbox, 20);
    let reasons = rt().block_on(async {
        let store = pii_scrubber::store::Store::open(
            &format!("sqlite://{}/store.db", dir.path().display()),
            "test",
        )
        .await
        .unwrap();
        store.imap_failures().await.unwrap()
    });
    assert_eq!(reasons.len(), 1, "{reasons:?}");
    assert!(reasons[0].contains("INBOX: uid 11"), "{reasons:?}");
    assert!(reasons[0].contains("after 2 attempt(s)"), "{reasons:?}");
    assert!(!reasons[0].contains(CANARY_BSN));
    // The compliance report lists it in every format, without a value.
    let report = |format: &str| {
        let out = command("report", &cfg, false)
            .args(["--format", format])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_no_canary("report", &out.stdout);
        String::from_utf8(out.stdout).unwrap()
    };
    let json: serde_json::Value = serde_json::from_str(&report("json")).unwrap();
    let set_aside = json["set_aside"].as_array().unwrap();
    assert_eq!(set_aside.len(), 1, "{json}");
    assert!(
        set_aside[0]["reason"]
            .as_str()
            .unwrap()
            .contains("INBOX: uid 11"),
        "{json}"
    );
    let csv = report("csv");
    assert!(
        csv.lines()
            .any(|l| l.contains(",set_aside,") && l.contains("INBOX: uid 11")),
        "{csv}"
    );
    let html = report("html");
    assert!(
        html.contains("Set aside for a person") && html.contains("INBOX: uid 11"),
        "{html}"
    );
}

/// The admin Sieve script the README documents.
pub const SIEVE_BEFORE: &str = r#"require ["vnd.dovecot.filter", "fileinto", "mailbox"];
# pii-scrubber: redact at delivery; if the filter fails, keep the original out of INBOX.
if not filter "pii-scrubber" {
  fileinto :create "Quarantine";
  stop;
}
"#;

/// A Dovecot whose delivery runs `SIEVE_BEFORE` with a `pii-scrubber` filter program that
/// execs the built binary with `config`.
fn sieve_dovecot(config: &Path) -> Dovecot {
    Dovecot::start_with(Options {
        sieve_before: Some(SIEVE_BEFORE.to_string()),
        filters: vec![(
            "pii-scrubber".to_string(),
            format!(
                "#!/bin/sh\nexec {} filter --config {}\n",
                bin(),
                config.display()
            ),
        )],
        ..Options::default()
    })
}

/// A world-readable copy of the shipped config (the filter runs as `nobody`).
fn readable_config(dir: &Path) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join("filter.toml");
    std::fs::copy(crate::root().join("pii-scrubber.toml"), &path).unwrap();
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    path
}

/// `mail(i)` with LF line endings, as an MTA hands it to the LDA.
fn lf_mail(i: usize) -> Vec<u8> {
    String::from_utf8(mail(i))
        .unwrap()
        .replace("\r\n", "\n")
        .into_bytes()
}

#[test]
fn sieve_filter_redacts_at_delivery() {
    if !dovecot::available("sieve_filter_redacts_at_delivery") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let dc = sieve_dovecot(&readable_config(dir.path()));
    assert_eq!(dc.deliver_lda(&lf_mail(3)), 0, "{}", dc.log());
    let inbox = folder(&dc, "INBOX");
    assert_eq!(inbox.len(), 1, "{}", dc.log());
    assert_eq!(count(&dc, "Quarantine"), 0);
    let got = String::from_utf8(inbox[0].2.clone()).unwrap();
    assert_no_canary("delivered message", got.as_bytes());
    assert!(got.contains("X-PII-Scrubber: "), "redacted by the filter");
    // Intact otherwise: every line of the original without a canary arrives unchanged.
    let original = String::from_utf8(mail(3)).unwrap();
    for line in original.split("\r\n") {
        if !line.contains(CANARY_BSN) && !line.contains(CANARY_CARD) {
            assert!(got.contains(line), "line lost: {line}");
        }
    }
}

#[test]
fn sieve_broken_filter_quarantines_and_the_worker_redacts_into_inbox() {
    if !dovecot::available("sieve_broken_filter_quarantines_and_the_worker_redacts_into_inbox") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // A config the filter cannot read: it exits 75 and writes nothing.
    let dc = sieve_dovecot(&dir.path().join("missing.toml"));
    assert_eq!(dc.deliver_lda(&lf_mail(4)), 0, "{}", dc.log());
    assert_eq!(count(&dc, "INBOX"), 0, "the original never reaches INBOX");
    let quarantined = folder(&dc, "Quarantine");
    assert_eq!(quarantined.len(), 1, "{}", dc.log());
    // Untouched: every line of the original is there (Dovecot adds only trace headers).
    let stored = String::from_utf8_lossy(&quarantined[0].2).to_string();
    for line in String::from_utf8(mail(4)).unwrap().split("\r\n") {
        assert!(stored.contains(line), "quarantined copy changed");
    }
    assert!(
        String::from_utf8_lossy(&quarantined[0].2).contains(CANARY_BSN),
        "untouched original"
    );
    let cfg = worker_config(&dc, dir.path(), "");
    run_once(&cfg);
    assert_eq!(count(&dc, "Quarantine"), 0, "quarantine drained");
    let inbox = folder(&dc, "INBOX");
    assert_eq!(inbox.len(), 1);
    assert_no_canary("redacted copy", &inbox[0].2);
    assert!(marker(&inbox[0].2).contains("mailbox=Quarantine;"));
    assert!(String::from_utf8_lossy(&inbox[0].2).contains("Subject: Bestelling 4"));
}
