//! IMAP worker throughput against a local Dovecot: appends typical 5–20 KB mails (plain and
//! multipart/alternative with HTML, personal data in them) and times `pii-scrubber imap --once`
//! draining them, start-up included; also the start-up alone (an empty mailbox).
//! Run: `cargo bench --bench imap` (needs Dovecot: scripts/dovecot.sh).

#[path = "../tests/dovecot.rs"]
#[allow(dead_code)]
mod dovecot;

use std::process::Command;
use std::time::Instant;

const N: usize = 2000;

fn mail(i: usize) -> Vec<u8> {
    let size = 5_000 + (i * 7919) % 15_000;
    let mut text = format!(
        "Beste klantenservice,\r\n\r\nMijn BSN is 696579303 en mijn IBAN NL44RABO0123456789. Bel me op 06 12345678. Order {i}.\r\n\r\n"
    );
    while text.len() < size / 2 {
        text.push_str("De levering van mijn bestelling is vertraagd; wanneer komt het pakket?\r\n");
    }
    text.push_str("Groet,\r\nJan de Vries\r\n");
    let head = format!(
        "From: Jan de Vries <jan{i}@voorbeeld.nl>\r\nTo: support@zonnestraal.example\r\nSubject: Order {i}\r\nMessage-ID: <bench-{i}@voorbeeld.nl>\r\nDate: Tue, 24 Nov 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
    );
    if i.is_multiple_of(2) {
        format!("{head}Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{text}{text}").into_bytes()
    } else {
        let html = text.replace("\r\n", "<br>\r\n");
        format!(
            "{head}Content-Type: multipart/alternative; boundary=\"b{i}\"\r\n\r\n--b{i}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n--b{i}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>{html}</p></body></html>\r\n--b{i}--\r\n"
        )
        .into_bytes()
    }
}

fn run_once(cfg: &std::path::Path) -> f64 {
    let t = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_pii-scrubber"))
        .args(["imap", "--once", "--config"])
        .arg(cfg)
        .env("PII_BENCH_IMAP_PASSWORD", dovecot::PASSWORD)
        .output()
        .expect("pii-scrubber runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    t.elapsed().as_secs_f64()
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return; // `cargo test --benches` lists benches: nothing to list here
    }
    if !dovecot::available("bench imap") {
        return;
    }
    let dc = dovecot::Dovecot::start();
    let dir = tempfile::tempdir().unwrap();
    let shipped =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/pii-scrubber.toml")).unwrap();
    let cfg = dir.path().join("bench.toml");
    std::fs::write(
        &cfg,
        format!(
            "{shipped}\n[store]\nurl = \"sqlite://{}/store.db\"\n[imap]\nhost = \"127.0.0.1\"\nport = {}\ntls = false\nuser = \"{}\"\npassword_env = \"PII_BENCH_IMAP_PASSWORD\"\nprocessed_folder = \"Redacted\"\n",
            dir.path().display(),
            dc.port,
            dovecot::USER
        ),
    )
    .unwrap();
    let startup = run_once(&cfg);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut bytes = 0;
    rt.block_on(async {
        let mut s = dc.session().await;
        for i in 0..N {
            let m = mail(i);
            bytes += m.len();
            dovecot::append(&mut s, "INBOX", &m).await;
        }
        s.logout().await.unwrap();
    });
    let total = run_once(&cfg);
    let left = rt.block_on(async {
        let mut s = dc.session().await;
        dovecot::count(&mut s, "INBOX").await
    });
    assert_eq!(left, 0, "every message drained");
    println!(
        "imap --once: {N} messages ({:.1} KB average) in {total:.2} s = {:.0} msg/s including start-up ({startup:.2} s), {:.0} msg/s without",
        bytes as f64 / N as f64 / 1024.0,
        N as f64 / total,
        N as f64 / (total - startup).max(1e-3)
    );
}
