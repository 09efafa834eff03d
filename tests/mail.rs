//! E-mail: MIME-preserving redaction over the golden corpus (`corpus/eml/`), byte preservation
//! outside redacted regions, robustness under mutation, and the `redact-mail` / `filter`
//! commands.

use std::io::Write;
use std::path::PathBuf;
use std::sync::OnceLock;

use mail_parser::{Message, MessageParser, MessagePart, MimeHeaders, PartType};
use pii_scrubber::mail::redact_message;
use pii_scrubber::pipeline::Scrubber;
use pii_scrubber::redact::Method;
use proptest::prelude::*;

/// Values of the corpus that no redacted text may contain (BSNs, card, passport number).
const CANARIES: &[&str] = &["111222333", "123456782", "4111111111111111", "SPECI2014"];

fn scrubber() -> &'static Scrubber {
    static S: OnceLock<Scrubber> = OnceLock::new();
    S.get_or_init(|| {
        Scrubber::from_config(&crate::corpus_config(), Method::Placeholder).expect("scrubber")
    })
}

fn eml_dir() -> PathBuf {
    crate::root().join("corpus/eml")
}

/// The corpus messages (name without `.eml`, bytes), sorted by name.
fn corpus() -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(eml_dir())
        .expect("corpus/eml exists")
        .filter_map(|e| {
            let path = e.ok()?.path();
            let name = path.file_name()?.to_str()?.to_string();
            let stem = name.strip_suffix(".eml")?;
            if stem.ends_with(".redacted") {
                return None;
            }
            Some((stem.to_string(), std::fs::read(&path).ok()?))
        })
        .collect();
    out.sort();
    out
}

/// Byte regions the redaction may change: bodies of redactable text parts (and of
/// transfer-encoded attached messages), their Content-Type values (charset), and the redacted
/// header fields. Listed in part-tree order.
fn regions(message: &Message<'_>, attached: bool, out: &mut Vec<(usize, usize)>) {
    let Some(root) = message.parts.first() else {
        return;
    };
    for h in &root.headers {
        let name = h.name.as_str().to_ascii_lowercase();
        let redacted = matches!(
            name.as_str(),
            "subject" | "thread-topic" | "comments" | "to" | "cc" | "bcc"
        ) || (attached && matches!(name.as_str(), "from" | "reply-to" | "sender"));
        if redacted {
            out.push((h.offset_start as usize, h.offset_end as usize));
        }
    }
    for part in &message.parts {
        match &part.body {
            PartType::Text(_)
            | PartType::Html(_)
            | PartType::Binary(_)
            | PartType::InlineBinary(_)
                if is_text_leaf(part) =>
            {
                if let Some(h) = part
                    .headers
                    .iter()
                    .find(|h| h.name.as_str().eq_ignore_ascii_case("content-type"))
                {
                    out.push((h.offset_start as usize, h.offset_end as usize));
                }
                out.push((part.offset_body as usize, part.offset_end as usize));
            }
            PartType::Message(inner) => {
                if part.encoding == mail_parser::Encoding::None {
                    regions(inner, true, out);
                } else {
                    out.push((part.offset_body as usize, part.offset_end as usize));
                }
            }
            _ => {}
        }
    }
}

fn is_text_leaf(part: &MessagePart<'_>) -> bool {
    if part
        .content_disposition()
        .is_some_and(|d| d.is_attachment())
    {
        return false;
    }
    match part.content_type() {
        None => true,
        Some(ct) => {
            let sub = ct.subtype().unwrap_or("").to_ascii_lowercase();
            (ct.ctype().eq_ignore_ascii_case("text") && (sub == "plain" || sub == "html"))
                // A multipart whose boundary is missing or never found is read as text.
                || ct.ctype().eq_ignore_ascii_case("multipart")
        }
    }
}

/// The bytes of `raw` outside `regions` (which are sorted and may nest: outer wins).
fn gaps(raw: &[u8], mut regions: Vec<(usize, usize)>) -> Vec<Vec<u8>> {
    regions.sort();
    let mut out = Vec::new();
    let mut pos = 0;
    for (s, e) in regions {
        if s < pos {
            pos = pos.max(e);
            continue;
        }
        out.push(raw[pos..s].to_vec());
        pos = e;
    }
    out.push(raw[pos.min(raw.len())..].to_vec());
    out
}

/// The output without the X-PII-Scrubber line (after an mbox `From ` line, if any).
fn strip_marker(out: &[u8]) -> Vec<u8> {
    let base = if out.starts_with(b"From ") {
        out.iter().position(|&b| b == b'\n').map_or(0, |i| i + 1)
    } else {
        0
    };
    assert!(out[base..].starts_with(b"X-PII-Scrubber: redacted="));
    let end = base + out[base..].iter().position(|&b| b == b'\n').unwrap() + 1;
    [&out[..base], &out[end..]].concat()
}

fn body_of(raw: &[u8]) -> &[u8] {
    if raw.starts_with(b"From ") {
        &raw[raw.iter().position(|&b| b == b'\n').unwrap() + 1..]
    } else {
        raw
    }
}

#[test]
fn golden_outputs_match_the_corpus() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let corpus = corpus();
    assert!(
        corpus.len() >= 40,
        "corpus/eml has {} messages",
        corpus.len()
    );
    let mut mismatches = Vec::new();
    let mut errors = 0;
    for (name, raw) in &corpus {
        let ok_path = eml_dir().join(format!("{name}.redacted.eml"));
        let err_path = eml_dir().join(format!("{name}.error.txt"));
        let (path, got) = match redact_message(raw, scrubber()) {
            Ok(m) => (ok_path, m.bytes),
            Err(e) => {
                errors += 1;
                (err_path, format!("{e}\n").into_bytes())
            }
        };
        if update {
            let _ = std::fs::remove_file(eml_dir().join(format!("{name}.redacted.eml")));
            let _ = std::fs::remove_file(eml_dir().join(format!("{name}.error.txt")));
            std::fs::write(&path, &got).unwrap();
        } else if std::fs::read(&path).ok().as_deref() != Some(got.as_slice()) {
            mismatches.push(name.clone());
        }
    }
    assert!(
        mismatches.is_empty(),
        "golden outputs differ (UPDATE_GOLDEN=1 to accept): {mismatches:?}"
    );
    assert!(
        errors >= 1 && errors < corpus.len() / 10,
        "{errors} refused messages"
    );
}

#[test]
fn crlf_variants_redact_like_their_lf_originals() {
    let mut checked = 0;
    for (name, raw) in corpus() {
        if raw.contains(&b'\r') {
            continue;
        }
        let crlf = |b: &[u8]| -> Vec<u8> {
            let mut out = Vec::with_capacity(b.len() + b.len() / 20);
            for &c in b {
                if c == b'\n' {
                    out.push(b'\r');
                }
                out.push(c);
            }
            out
        };
        let lf = redact_message(&raw, scrubber());
        let cr = redact_message(&crlf(&raw), scrubber());
        match (lf, cr) {
            (Ok(a), Ok(b)) => {
                assert_eq!(
                    String::from_utf8_lossy(&crlf(&a.bytes)),
                    String::from_utf8_lossy(&b.bytes),
                    "{name}"
                );
                assert_eq!(a.redacted, b.redacted, "{name}");
            }
            (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "{name}"),
            (a, b) => panic!("{name}: LF {:?} vs CRLF {:?}", a.is_ok(), b.is_ok()),
        }
        checked += 1;
    }
    assert!(checked >= 30, "{checked}");
}

#[test]
fn bytes_outside_redacted_regions_are_identical_and_the_tree_re_parses() {
    let mut checked = 0;
    for (name, raw) in corpus() {
        let Ok(mail) = redact_message(&raw, scrubber()) else {
            continue;
        };
        let out = strip_marker(&mail.bytes);
        let (before_raw, after_raw) = (body_of(&raw), body_of(&out));
        let before = MessageParser::default().parse(before_raw).unwrap();
        let after = MessageParser::default().parse(after_raw).unwrap();
        assert_eq!(before.parts.len(), after.parts.len(), "{name}: part count");
        let (mut rb, mut ra) = (Vec::new(), Vec::new());
        regions(&before, false, &mut rb);
        regions(&after, false, &mut ra);
        assert_eq!(rb.len(), ra.len(), "{name}: regions");
        let (gb, ga) = (gaps(before_raw, rb), gaps(after_raw, ra));
        for (k, (b, a)) in gb.iter().zip(&ga).enumerate() {
            assert!(
                b == a,
                "{name}: bytes outside redacted regions differ (gap {k}):\n{}\n---\n{}",
                String::from_utf8_lossy(b),
                String::from_utf8_lossy(a)
            );
        }
        // Attachments decode to the same bytes.
        for (p, q) in before.parts.iter().zip(&after.parts) {
            if let (PartType::Binary(x), PartType::Binary(y)) = (&p.body, &q.body) {
                if !is_text_leaf(p) {
                    assert_eq!(x, y, "{name}: attachment changed");
                }
            }
        }
        if mail.redacted == 0 {
            assert_eq!(out, raw, "{name}: nothing redacted, nothing changed");
        }
        checked += 1;
    }
    assert!(checked >= 40, "{checked}");
}

/// Decoded texts of the redactable parts and the subject, attached messages included.
fn redacted_texts(message: &Message<'_>, out: &mut Vec<String>) {
    out.extend(message.subject().map(str::to_string));
    for part in &message.parts {
        match &part.body {
            PartType::Text(t) | PartType::Html(t) if is_text_leaf(part) => out.push(t.to_string()),
            PartType::Message(m) => redacted_texts(m, out),
            _ => {}
        }
    }
}

#[test]
fn no_canary_value_survives_in_redacted_parts() {
    let mut found_before = 0;
    for (name, raw) in corpus() {
        let Ok(mail) = redact_message(&raw, scrubber()) else {
            continue;
        };
        let before = MessageParser::default().parse(body_of(&raw)).unwrap();
        let mut texts = Vec::new();
        redacted_texts(&before, &mut texts);
        found_before += texts
            .iter()
            .filter(|t| CANARIES.iter().any(|c| t.contains(c)))
            .count();
        let after = MessageParser::default().parse(&mail.bytes).unwrap();
        let mut texts = Vec::new();
        redacted_texts(&after, &mut texts);
        for t in &texts {
            for c in CANARIES {
                assert!(!t.contains(c), "{name}: a canary value survived");
            }
        }
        for c in CANARIES {
            assert!(!mail.body_text.contains(c), "{name}: canary in body_text");
        }
    }
    assert!(found_before >= 30, "{found_before}");
}

#[test]
fn api_reports_requester_subject_body_text_and_findings() {
    let raw = std::fs::read(eml_dir().join("12-alternative-crlf.eml")).unwrap();
    let m = redact_message(&raw, scrubber()).unwrap();
    assert_eq!(
        m.requester.email.as_deref(),
        Some("jan.devries@voorbeeld.nl")
    );
    assert_eq!(m.requester.name.as_deref(), Some("Jan de Vries"));
    assert_eq!(
        m.message_id.as_deref(),
        Some("12-alternative-crlf@voorbeeld.nl")
    );
    assert_eq!(m.subject.as_deref(), Some("Vraag over mijn account"));
    assert!(
        m.body_text.contains("Mijn BSN is [BSN-1]"),
        "{}",
        m.body_text
    );
    assert!(!m.findings.is_empty());
    for b in &m.findings {
        let (f, d) = (&b.finding, &b.decision);
        let span = &m.body_text[f.start..f.end];
        if d.action.removes_value() {
            assert!(span.starts_with('[') && span.ends_with(']'), "{span}");
        }
    }
    // The requester's own name is kept in the signature.
    assert!(m.body_text.contains("Jan de Vries"));
    let header = format!(
        "X-PII-Scrubber: redacted={}; rules={}\r\n",
        m.redacted,
        scrubber().detector.version()
    );
    assert!(m.bytes.starts_with(header.as_bytes()));
    // HTML-only: body_text is the visible text of the HTML part.
    let raw = std::fs::read(eml_dir().join("11-html-only-base64.eml")).unwrap();
    let m = redact_message(&raw, scrubber()).unwrap();
    assert!(
        m.body_text.contains("Mijn BSN is [BSN-1]"),
        "{}",
        m.body_text
    );
    assert!(!m.body_text.contains("<p>"));
}

#[test]
fn intent_words_in_the_subject_count_for_the_body() {
    let raw = "From: Jan de Vries <jan.devries@voorbeeld.nl>\nSubject: Terugbetaling\n\n\
               Mijn rekening is NL20INGB0001234567.\n";
    let m = redact_message(raw.as_bytes(), scrubber()).unwrap();
    assert!(
        m.body_text.contains("NL20INGB0001234567"),
        "{}",
        m.body_text
    );
    let d = &m.findings[0].decision;
    // Without a key no value hash; with one, each finding of the body has the hash of its value
    // (a kept value is still in the body to compare with).
    assert!(m.findings.iter().all(|b| b.value_hash.is_none()));
    let keyed = pii_scrubber::pipeline::Scrubber {
        redactor: pii_scrubber::redact::Redactor::with_key(b"a test key".to_vec()),
        ..pii_scrubber::pipeline::Scrubber::from_config(
            &crate::corpus_config(),
            pii_scrubber::redact::Method::Placeholder,
        )
        .unwrap()
    };
    let km = redact_message(raw.as_bytes(), &keyed).unwrap();
    assert!(km.findings.iter().all(|b| b.value_hash.is_some()));
    let kept = &km.findings[0];
    assert_eq!(
        kept.value_hash,
        keyed.redactor.pseudonym(
            kept.finding.label,
            &km.body_text[kept.finding.start..kept.finding.end]
        )
    );
    assert_eq!(
        d.action,
        pii_scrubber::policy::Action::KeepUntilClosed,
        "{}",
        d.reason
    );
    let other = raw.replace("Terugbetaling", "App crasht");
    let m = redact_message(other.as_bytes(), scrubber()).unwrap();
    assert!(m.body_text.contains("[IBAN-1]"), "{}", m.body_text);
}

#[test]
fn html_markup_and_links_survive_redaction() {
    let raw = std::fs::read(eml_dir().join("10-html-only-qp-links-entities.eml")).unwrap();
    let m = redact_message(&raw, scrubber()).unwrap();
    let parsed = MessageParser::default().parse(&m.bytes).unwrap();
    let html = parsed.body_html(0).unwrap().to_string();
    assert!(html.contains("<a href=\"mailto:[EMAIL-"), "{html}");
    assert!(html.contains("<a href=\"tel:[PHONE-"), "{html}");
    assert!(
        html.contains("&amp;") && html.contains("&nbsp;"),
        "entities kept"
    );
    assert!(!html.contains("pieter.jansen@") && !html.contains("&#64;voorbeeld"));
}

/// Deterministic damage: truncations, byte flips and broken boundaries.
fn mutations(raw: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let n = raw.len();
    for k in 1..10 {
        out.push(raw[..n * k / 10].to_vec());
    }
    let mut seed = n as u64 ^ 0x9E37_79B9_7F4A_7C15;
    for _ in 0..24 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let pos = (seed >> 33) as usize % n.max(1);
        let mut v = raw.to_vec();
        if let Some(b) = v.get_mut(pos) {
            *b = match seed % 5 {
                0 => b'\n',
                1 => b'=',
                2 => 0xFF,
                3 => b'-',
                _ => *b ^ 0x20,
            };
        }
        out.push(v);
    }
    // Boundary damage: every `--X` line loses a character or is dropped.
    let text = String::from_utf8_lossy(raw).into_owned();
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with("--"))
    {
        let lines: Vec<&str> = text.lines().collect();
        let mut cut = lines.clone();
        let shorter = &line[..line.char_indices().last().map_or(0, |(i, _)| i)];
        cut[i] = shorter;
        out.push(cut.join("\n").into_bytes());
        let mut dropped = lines.clone();
        dropped.remove(i);
        out.push(dropped.join("\r\n").into_bytes());
    }
    // No blank line after the header; everything in the header.
    out.push(text.replacen("\n\n", "\n", 1).into_bytes());
    out
}

fn assert_robust(name: &str, input: &[u8]) {
    let result = std::panic::catch_unwind(|| redact_message(input, scrubber()));
    match result {
        Err(_) => panic!("{name}: redact_message panicked"),
        Ok(Ok(m)) => {
            assert!(
                MessageParser::default().parse(&m.bytes).is_some(),
                "{name}: output does not re-parse"
            );
        }
        Ok(Err(e)) => {
            let msg = e.to_string();
            for c in CANARIES {
                assert!(!msg.contains(c), "{name}: value in error");
            }
        }
    }
}

#[test]
fn mutated_corpus_messages_never_panic_and_re_parse_or_fail_cleanly() {
    let mut runs = 0;
    for (name, raw) in corpus() {
        for (k, m) in mutations(&raw).into_iter().enumerate() {
            assert_robust(&format!("{name} mutation {k}"), &m);
            runs += 1;
        }
    }
    assert!(runs > 1000, "{runs}");
    // Inputs the fuzzer found (scripts/fuzz.sh seeds its runs with them too).
    let mut found = 0;
    for entry in std::fs::read_dir("tests/fuzz-regressions").expect("tests/fuzz-regressions") {
        let path = entry.expect("entry").path();
        assert_robust(
            &path.display().to_string(),
            &std::fs::read(&path).expect("read"),
        );
        found += 1;
    }
    assert!(found > 0);
    // Degenerate inputs.
    for input in [
        &b""[..],
        b"\n",
        b"\r\n\r\n",
        b"From \n",
        b"X: y",
        b"Content-Type: multipart/mixed; boundary=\"\"\n\n--\n--",
    ] {
        assert_robust("degenerate", input);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn random_byte_edits_never_panic(pick in 0usize..1000, edits in proptest::collection::vec((0usize..100_000, any::<u8>()), 1..8)) {
        let corpus = corpus_cached();
        let (name, raw) = &corpus[pick % corpus.len()];
        let mut v = raw.clone();
        for (pos, byte) in edits {
            let len = v.len().max(1);
            if let Some(b) = v.get_mut(pos % len) {
                *b = byte;
            }
        }
        assert_robust(name, &v);
    }
}

fn corpus_cached() -> &'static [(String, Vec<u8>)] {
    static C: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    C.get_or_init(corpus)
}

// --- the command line ---

use crate::cli::run;

#[test]
fn redact_mail_command_writes_the_golden_output() {
    let path = "corpus/eml/13-mixed-pdf-attachment.eml";
    let out = run(&["redact-mail", path], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let golden = std::fs::read(eml_dir().join("13-mixed-pdf-attachment.redacted.eml")).unwrap();
    assert_eq!(out.stdout, golden);
    let stdin = run(
        &["redact-mail", "-"],
        &std::fs::read(crate::root().join(path)).unwrap(),
    );
    assert_eq!(stdin.stdout, golden);
}

#[test]
fn filter_reads_crlf_stdin_and_writes_the_redacted_message() {
    let raw = std::fs::read(eml_dir().join("12-alternative-crlf.eml")).unwrap();
    let out = run(&["filter"], &raw);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.stdout, redact_message(&raw, scrubber()).unwrap().bytes);
    assert!(out.stdout.starts_with(b"X-PII-Scrubber: redacted="));
    for c in CANARIES {
        assert!(!String::from_utf8_lossy(&out.stdout).contains(c));
    }
}

/// A filter whose stdout is /dev/null (or closed, which the runtime turns into /dev/null) would
/// hand the MTA an empty message: it exits 75 before reading the mail.
#[test]
fn filter_with_stdout_to_dev_null_exits_75() {
    let raw = std::fs::read(eml_dir().join("12-alternative-crlf.eml")).unwrap();
    let out = crate::cli::run_with_stdout(
        crate::cli::bin().arg("filter"),
        &raw,
        std::process::Stdio::null(),
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(75), "{err}");
    assert!(err.contains("stdout is /dev/null"), "{err}");
}

#[test]
fn filter_writes_nothing_and_exits_75_on_failure() {
    let raw = std::fs::read(eml_dir().join("12-alternative-crlf.eml")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "[organisation\nnames = 1\n").unwrap();
    let missing = dir.path().join("missing.toml");
    let bad_rules = dir.path().join("rules");
    std::fs::create_dir(&bad_rules).unwrap();
    std::fs::write(bad_rules.join("x.toml"), "[[rule]]\nid = 3\n").unwrap();
    let invalid = std::fs::read(eml_dir().join("33-invalid-base64-text.eml")).unwrap();
    let cases: Vec<(Vec<String>, &[u8])> = vec![
        (
            vec![
                "filter".into(),
                "--config".into(),
                bad.display().to_string(),
            ],
            &raw,
        ),
        (
            vec![
                "filter".into(),
                "--config".into(),
                missing.display().to_string(),
            ],
            &raw,
        ),
        (
            vec![
                "filter".into(),
                "--rules".into(),
                bad_rules.display().to_string(),
            ],
            &raw,
        ),
        (vec!["filter".into()], &invalid),
        (vec!["filter".into()], b"no header here at all"),
    ];
    for (args, input) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run(&args, input);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(75), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}: wrote to stdout");
        assert!(err.contains("exit 75"), "{args:?}: {err}");
        for c in CANARIES {
            assert!(!err.contains(c), "{args:?}: value in stderr");
        }
    }
}

#[test]
fn mail_commands_have_help() {
    for cmd in ["filter", "redact-mail"] {
        let out = run(&[cmd, "--help"], b"");
        assert!(out.status.success());
        let help = String::from_utf8_lossy(&out.stdout);
        assert!(help.contains("--config"), "{cmd}: {help}");
    }
    let help = String::from_utf8_lossy(&run(&["filter", "--help"], b"").stdout).into_owned();
    assert!(help.contains("75"), "{help}");
}

/// procmail, if installed; required (panics) when PII_SCRUBBER_REQUIRE_DOVECOT is set, as the
/// test script sets it after installing the mail tools (scripts/dovecot.sh).
fn procmail() -> Option<&'static str> {
    const PROCMAIL: &str = "/usr/bin/procmail";
    if std::path::Path::new(PROCMAIL).exists() {
        return Some(PROCMAIL);
    }
    if std::env::var_os("PII_SCRUBBER_REQUIRE_DOVECOT").is_some() {
        panic!(
            "procmail is required (PII_SCRUBBER_REQUIRE_DOVECOT is set): run scripts/dovecot.sh"
        );
    }
    eprintln!("\n*** SKIPPED procmail test: procmail is not installed (scripts/dovecot.sh) ***\n");
    None
}

/// The README's procmail recipe, for real: the message is delivered redacted; with a broken
/// configuration procmail exits 75 (the MTA defers and retries) and delivers nothing.
#[test]
fn procmail_recipe_delivers_redacted_and_tempfails_on_a_broken_config() {
    let Some(procmail) = procmail() else {
        return;
    };
    let raw = std::fs::read(eml_dir().join("13-mixed-pdf-attachment.eml")).unwrap();
    let golden = std::fs::read(eml_dir().join("13-mixed-pdf-attachment.redacted.eml")).unwrap();
    let shipped = crate::root().join("pii-scrubber.toml");
    let dir = tempfile::tempdir().unwrap();
    for (name, config, code) in [
        ("good", shipped.clone(), 0),
        ("broken", dir.path().join("missing.toml"), 75),
    ] {
        let maildir = dir.path().join(format!("Maildir-{name}"));
        let rc = dir.path().join(format!("procmailrc-{name}"));
        std::fs::write(
            &rc,
            format!(
                "MAILDIR={d}\nDEFAULT={m}/\nLOGFILE={d}/log-{name}\n\
                 :0 fw\n| {bin} filter --config {config}\n:0 e\n{{ EXITCODE=75 HOST }}\n",
                d = dir.path().display(),
                m = maildir.display(),
                bin = env!("CARGO_BIN_EXE_pii-scrubber"),
                config = config.display(),
            ),
        )
        .unwrap();
        let mut child = std::process::Command::new(procmail)
            .arg("-m")
            .arg(&rc)
            .stdin(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(&raw).unwrap();
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(code), "procmail exit ({name})");
        let delivered: Vec<Vec<u8>> = std::fs::read_dir(maildir.join("new"))
            .map(|d| {
                d.map(|e| std::fs::read(e.unwrap().path()).unwrap())
                    .collect()
            })
            .unwrap_or_default();
        if code == 0 {
            assert_eq!(delivered.len(), 1, "one message delivered");
            // procmail ends a delivered message with an empty line.
            assert_eq!(delivered[0].trim_ascii_end(), golden.trim_ascii_end());
        } else {
            assert!(delivered.is_empty(), "nothing delivered on failure");
        }
    }
}

#[test]
fn placeholder_numbers_are_shared_by_all_parts_of_a_message() {
    let raw = "From: Jan de Vries <jan.devries@voorbeeld.nl>\nSubject: Vraag\n\
               MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"x\"\n\n\
               --x\nContent-Type: text/plain; charset=utf-8\n\nMijn BSN is 111222333.\n\
               --x\nContent-Type: text/plain; charset=utf-8\n\n\
               Mijn BSN is 123456782, die van mijn partner is BSN 111222333.\n--x--\n";
    let m = redact_message(raw.as_bytes(), scrubber()).unwrap();
    let out = String::from_utf8(m.bytes).unwrap();
    // The same value is [BSN-1] in both parts; the other value gets its own number.
    assert!(out.contains("Mijn BSN is [BSN-1].\n"), "{out}");
    assert!(
        out.contains("Mijn BSN is [BSN-2], die van mijn partner is BSN [BSN-1]."),
        "{out}"
    );
}
