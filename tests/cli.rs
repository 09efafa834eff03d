//! The command line as users and scripts call it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// The built binary, run in the project root without a config or key from the environment.
pub(crate) fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_pii-scrubber"));
    c.current_dir(crate::root());
    c.env_remove("PII_SCRUBBER_CONFIG")
        .env_remove("PII_SCRUBBER_KEY");
    c
}

/// Runs the binary with `args`, `stdin` as its input; collects its output.
pub(crate) fn run(args: &[&str], stdin: &[u8]) -> Output {
    run_with(bin().args(args), stdin)
}

fn run_with(cmd: &mut Command, stdin: &[u8]) -> Output {
    run_with_stdout(cmd, stdin, Stdio::piped())
}

/// Runs `cmd` with `stdin` as its input and its standard output sent to `stdout`; collects the
/// rest.
pub(crate) fn run_with_stdout(cmd: &mut Command, stdin: &[u8], stdout: Stdio) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(stdout)
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    // The process may exit before reading stdin (e.g. on a bad config): ignore a broken pipe.
    let _ = child.stdin.take().expect("stdin").write_all(stdin);
    child.wait_with_output().expect("wait")
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("utf-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSONL output"))
        .collect()
}

#[test]
fn scan_reports_labels_rules_and_byte_offsets() {
    let text = "Hé, mijn IBAN is NL02 ABNA 0123 4567 89 en mail: jan.devries@voorbeeld.nl";
    let input = format!(
        "{}\n",
        serde_json::json!({"id": "t1", "channel": "mail", "text": text})
    );
    let out = run(&["scan", "-"], input.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = lines(&out);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["id"], "t1");
    assert_eq!(recs[0]["lang"], "nl");
    assert_eq!(recs[0]["channel"], "mail", "other fields are kept");
    let findings = recs[0]["findings"].as_array().unwrap();
    let spans: Vec<(String, String, String)> = findings
        .iter()
        .map(|f| {
            let (s, e) = (
                f["start"].as_u64().unwrap() as usize,
                f["end"].as_u64().unwrap() as usize,
            );
            (
                f["label"].as_str().unwrap().to_string(),
                text[s..e].to_string(),
                f["rule"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        spans,
        vec![
            (
                "IBAN".into(),
                "NL02 ABNA 0123 4567 89".into(),
                "common.iban".into()
            ),
            (
                "EMAIL".into(),
                "jan.devries@voorbeeld.nl".into(),
                "common.email".into()
            )
        ]
    );
    assert_eq!(findings[0]["action"], "redact");
    assert!(findings[0]["reason"]
        .as_str()
        .unwrap()
        .contains("common.iban"));
}

#[test]
fn malformed_lines_are_named_skipped_and_never_echo_values() {
    let canary = "NL02ABNA0123456789";
    let mut input = Vec::new();
    input.extend_from_slice(
        format!(
            "{}\n",
            serde_json::json!({"id": "a", "text": "bel 06-12345678"})
        )
        .as_bytes(),
    );
    input.extend_from_slice(format!("{{\"id\": \"b\", \"text\": \"{canary}\" broken\n").as_bytes());
    input.extend_from_slice(b"{\"id\": \"c\"}\n");
    input.extend_from_slice(b"{\"id\": \"d\", \"text\": \"caf\xe9 NL02ABNA0123456789\"}\n");
    input.extend_from_slice(
        format!(
            "{}\n",
            serde_json::json!({"id": "e", "text": "geen gegevens"})
        )
        .as_bytes(),
    );
    // Not objects: serde's own messages would quote the value.
    input.extend_from_slice(format!("\"Mijn IBAN is {canary}\"\n111222333\n").as_bytes());
    input.extend_from_slice(b"{\"id\": \"f\", \"text\": 111222333}\n");
    let out = run(&["scan", "--input-format", "jsonl", "in.jsonl"], b"");
    assert!(!out.status.success(), "a missing file is an error");
    let out = run(&["scan", "--input-format", "jsonl", "-"], &input);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let ids: Vec<Value> = lines(&out).iter().map(|r| r["id"].clone()).collect();
    assert_eq!(ids, vec![Value::from("a"), Value::from("e")]);
    for n in [2, 3, 4, 6, 7, 8] {
        assert!(
            stderr.contains(&format!("<stdin>:{n}:")),
            "line {n} named: {stderr}"
        );
    }
    assert!(stderr.contains("missing field \"text\""), "{stderr}");
    assert!(stderr.contains("UTF-8"), "{stderr}");
    assert!(
        stderr.contains("invalid type: string (value not shown)"),
        "{stderr}"
    );
    assert!(
        !stderr.contains(canary) && !stderr.contains("0123456789") && !stderr.contains("111222333"),
        "no value in errors: {stderr}"
    );
}

#[test]
fn redact_numbers_placeholders_per_value_and_is_idempotent() {
    let text = "Beste Sanne,\n\nMijn IBAN NL02ABNA0123456789 en die van mijn broer NL39RABO0300065264. Nogmaals: NL02ABNA0123456789.\n\nGroet,\nPieter Jansen";
    let input = format!("{}\n", serde_json::json!({"id": 7, "text": text}));
    let out = run(&["redact", "-"], input.as_bytes());
    assert!(out.status.success());
    let rec = &lines(&out)[0];
    let red = rec["text"].as_str().unwrap();
    assert_eq!(
        red,
        "Beste [PERSON-1],\n\nMijn IBAN [IBAN-1] en die van mijn broer [IBAN-2]. Nogmaals: [IBAN-1].\n\nGroet,\n[PERSON-2]"
    );
    for f in rec["findings"].as_array().unwrap() {
        let (s, e) = (
            f["start"].as_u64().unwrap() as usize,
            f["end"].as_u64().unwrap() as usize,
        );
        assert!(
            red[s..e].starts_with('[') && red[s..e].ends_with(']'),
            "offsets point at the replacement"
        );
    }
    let again = run(
        &["redact", "-"],
        format!("{}\n", serde_json::json!({"id": 7, "text": red})).as_bytes(),
    );
    assert_eq!(
        lines(&again)[0]["text"],
        red,
        "redacting redacted text changes nothing"
    );
}

#[test]
fn redact_plain_text_mask_and_pseudonym() {
    let out = run(
        &["redact", "--method", "mask"],
        b"IBAN NL02 ABNA 0123 4567 89 graag",
    );
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "IBAN **** **** **** **67 89 graag"
    );

    let out = run(
        &["redact", "--method", "pseudonym"],
        b"mail jan@voorbeeld.nl",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("PII_SCRUBBER_KEY"));

    let with_key = |key: &str| {
        let out = run_with(
            bin()
                .args(["redact", "--method", "pseudonym"])
                .env("PII_SCRUBBER_KEY", key),
            b"mail jan@voorbeeld.nl",
        );
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let a = with_key("secret-one");
    assert!(
        a.starts_with("mail [EMAIL:") && !a.contains("voorbeeld"),
        "{a}"
    );
    assert_eq!(a, with_key("secret-one"), "stable for one key");
    assert_ne!(a, with_key("secret-two"), "keyed");
}

#[test]
fn organisation_data_is_never_a_finding() {
    let text = "Maak over naar NL91 ABNA 0417 1643 00 of bel +31 (0)88 123 45 67, mail support@help.zonnestraal.example. KvK 12345678, btw NL123456782B01, Lichtweg 1, 1234 AB Zonnedorp.";
    let out = run(
        &[
            "scan",
            "--config",
            "pii-scrubber.toml",
            "--input-format",
            "text",
        ],
        text.as_bytes(),
    );
    assert!(out.status.success());
    assert_eq!(lines(&out)[0]["findings"], serde_json::json!([]));
}

#[test]
fn bad_config_and_bad_rules_name_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("bad.toml");
    std::fs::write(
        &cfg,
        "[organisation]\nnames = []\n\n[detect]\nlabels = [\"IBAN\", \"CREDITCARD\"]\n",
    )
    .unwrap();
    let out = run(
        &["scan", "--config", cfg.to_str().unwrap()],
        b"{\"text\":\"x\"}\n",
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        err.contains("bad.toml:5:") && err.contains("CREDITCARD"),
        "{err}"
    );

    std::fs::write(&cfg, "[detect]\nmin_scroe = 0.4\n").unwrap();
    let out = run(
        &["scan", "--config", cfg.to_str().unwrap()],
        b"{\"text\":\"x\"}\n",
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("min_scroe"));

    let rules = dir.path().join("rules");
    std::fs::create_dir(&rules).unwrap();
    std::fs::write(
        rules.join("x.toml"),
        "# a rule\n\n[[rule]]\nid = \"bad.rule\"\nlabel = \"IBAN\"\npatterns = ['(unclosed']\n",
    )
    .unwrap();
    let out = run(&["rules", "test", "--rules", rules.to_str().unwrap()], b"");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        err.contains("x.toml:3: rule `bad.rule`: pattern 1"),
        "{err}"
    );

    std::fs::write(
        rules.join("x.toml"),
        "[[rule]]\nid = \"slow.rule\"\nlabel = \"BSN\"\npatterns = ['\\b[0-9]{9}\\b']\n",
    )
    .unwrap();
    let out = run(&["rules", "test", "--rules", rules.to_str().unwrap()], b"");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("(?-u:\\b)"),
        "Unicode \\b is rejected"
    );
}

#[test]
fn rules_test_and_eval_run_from_the_command_line() {
    let out = run(&["rules", "test"], b"");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains(" 0 failed"), "{stdout}");

    let out = run(
        &[
            "eval",
            "corpus/messages.jsonl",
            "--json",
            "--config",
            "pii-scrubber.toml",
        ],
        b"",
    );
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["micro"]["gold"].as_u64().unwrap() > 2000);
    assert!(v["labels"]["IBAN"]["tp_exact"].as_u64().unwrap() > 100);
    let f1 = v["micro"]["lenient"]["f1"].as_f64().unwrap();
    assert!(f1 > 0.95 && f1 <= 1.0, "micro F1 {f1}");
    assert!(v["labels"]["IBAN"]["exact"]["precision"].as_f64().is_some());
}

#[test]
fn mistakes_users_make_get_clear_errors_and_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    // The output is the input: refused before the file is emptied.
    let path = dir.path().join("t.jsonl");
    let record = "{\"id\":1,\"text\":\"BSN 111222333\"}\n";
    std::fs::write(&path, record).unwrap();
    let p = path.to_str().unwrap();
    let out = run(&["redact", p, "-o", p], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("the output is the input"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), record);
    // A byte-order mark before the first record.
    let out = run(&["scan", "-"], format!("\u{feff}{record}").as_bytes());
    assert!(out.status.success());
    assert_eq!(lines(&out)[0]["findings"][0]["label"], "BSN");
    // A .jsonl file whose first line is broken is still read as JSONL: the line is named.
    let first_broken = dir.path().join("first-broken.jsonl");
    std::fs::write(&first_broken, format!("[1,2]\n{record}")).unwrap();
    let out = run(&["scan", first_broken.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("first-broken.jsonl:1: invalid type"));
    assert_eq!(lines(&out)[0]["findings"][0]["label"], "BSN");
    // A directory as input.
    let out = run(&["scan", dir.path().to_str().unwrap()], b"");
    assert!(String::from_utf8_lossy(&out.stderr).contains("is a directory"));
    // bench names the lines it could not scan.
    let bench_input = dir.path().join("bench.jsonl");
    let mut bench_bytes = format!("{record}{{broken\n").into_bytes();
    bench_bytes.extend_from_slice(b"{\"text\": \"caf\xe9\"}\n");
    std::fs::write(&bench_input, bench_bytes).unwrap();
    let out = run(&["bench", "--json", bench_input.to_str().unwrap()], b"");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("2 malformed line(s) not scanned"));
    let result: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(result["result"]["messages"], 1, "{result}");
    // Outside the repository, bench repeats the corpus built into the binary.
    let out = run_with(
        bin()
            .current_dir(dir.path())
            .args(["bench", "--size-mb", "1", "--json"]),
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let result: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        result["result"]["messages"].as_u64().unwrap() > 1000,
        "{result}"
    );
    assert!(
        result["result"]["findings"].as_u64().unwrap() > 1000,
        "{result}"
    );
    // Nothing to measure is an error, not a figure of 0 MB/s; options that only shape the
    // generated input are refused beside a FILE instead of being ignored.
    let empty = dir.path().join("empty.jsonl");
    std::fs::write(&empty, "").unwrap();
    let out = run(&["bench", empty.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty.jsonl: no message to scan"));
    let out = run(&["bench", "--size-mb", "0"], b"");
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["bench", "--size-mb", "5", empty.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot be used with"));
    // Output cut off by the reader (`| head`) ends the command quietly, without a panic.
    let mut child = bin()
        .args(["rules", "list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !err.contains("panicked") && out.status.code() != Some(101),
        "{err}"
    );
    // A mistyped filter command line defers the mail (75), it does not bounce it.
    let out = run(&["filter", "--bogus"], b"From: a@b.c\n\nhoi\n");
    assert_eq!(out.status.code(), Some(75));
    assert!(out.stdout.is_empty());
    // Config values that parse but cannot work.
    let cfg = dir.path().join("bad.toml");
    std::fs::write(&cfg, "[detect]\nmin_score = 7\n").unwrap();
    let out = run(
        &["redact", "--config", cfg.to_str().unwrap(), "-"],
        record.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.toml:2:"));
    // A policy asking for pseudonyms without the key does not quietly use placeholders.
    std::fs::write(&cfg, "[policy.PHONE]\naction = \"pseudonymise\"\n").unwrap();
    let out = run(
        &["redact", "--config", cfg.to_str().unwrap(), "-"],
        record.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a secret key"));
}

#[test]
fn every_command_has_help() {
    for args in [
        vec!["--help"],
        vec!["scan", "--help"],
        vec!["redact", "--help"],
        vec!["eval", "--help"],
        vec!["rules", "test", "--help"],
        vec!["bench", "--help"],
    ] {
        let out = run(&args, b"");
        assert!(out.status.success(), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("Usage:"),
            "{args:?}"
        );
    }
}

#[test]
fn redact_keeps_what_the_request_needs_and_reports_where_it_moved() {
    let text = "Graag een terugbetaling op NL02 ABNA 0123 4567 89. BSN 111222333. Mail me op pieter@voorbeeld.nl.";
    let input = format!(
        "{}\n",
        serde_json::json!({"id": "r1", "name": "Pieter Jansen", "email": "pieter@voorbeeld.nl", "text": text})
    );
    let out = run(&["redact", "-"], input.as_bytes());
    assert!(out.status.success());
    let rec = &lines(&out)[0];
    let red = rec["text"].as_str().unwrap();
    assert_eq!(red, "Graag een terugbetaling op NL02 ABNA 0123 4567 89. BSN [BSN-1]. Mail me op pieter@voorbeeld.nl.");
    let got: Vec<(String, String, String)> = rec["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let (s, e) = (
                f["start"].as_u64().unwrap() as usize,
                f["end"].as_u64().unwrap() as usize,
            );
            (
                f["label"].as_str().unwrap().into(),
                f["action"].as_str().unwrap().into(),
                red[s..e].to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "IBAN".into(),
                "keep_until_closed".into(),
                "NL02 ABNA 0123 4567 89".into()
            ),
            ("BSN".into(), "redact".into(), "[BSN-1]".into()),
            ("EMAIL".into(), "keep".into(), "pieter@voorbeeld.nl".into()),
        ]
    );
    let reasons: Vec<&str> = rec["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["reason"].as_str().unwrap())
        .collect();
    assert!(
        reasons[0].contains("refund") && reasons[0].contains("terugbetaling"),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .all(|r| !r.contains("111222333") && !r.contains("pieter@")),
        "no values in reasons"
    );
}

#[test]
fn ingest_show_and_close_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("cli.db").display());
    let input = format!(
        "{}\n{{broken\n{}\n",
        serde_json::json!({"id": "T-1", "name": "Pieter Jansen", "subject": "Terugbetaling", "text": "Graag een terugbetaling op NL02ABNA0123456789, BSN 111222333."}),
        serde_json::json!({"id": "T-2", "name": "Anna", "subject": "Vraag", "text": "De app crasht."})
    );
    let out = run(&["ingest", "tickets", "--store", &url], input.as_bytes());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("<stdin>:2:") && err.contains("2 message(s) stored"),
        "{err}"
    );
    let again = run(&["ingest", "tickets", "--store", &url], input.as_bytes());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("0 message(s) stored, 2 already stored")
    );

    let list = run(&["tickets", "--status", "open", "--store", &url], b"");
    assert_eq!(String::from_utf8_lossy(&list.stdout).lines().count(), 2);
    let show = String::from_utf8(run(&["show", "1", "--store", &url], b"").stdout).unwrap();
    assert!(
        show.contains("NL02ABNA0123456789")
            && show.contains("[BSN-1]")
            && !show.contains("111222333"),
        "{show}"
    );
    let close = run(&["close", "1", "--store", &url], b"");
    assert!(close.status.success());
    let show = String::from_utf8(run(&["show", "1", "--store", &url], b"").stdout).unwrap();
    assert!(
        show.contains("[IBAN-1]") && !show.contains("NL02ABNA0123456789"),
        "{show}"
    );
    let missing = run(&["show", "99", "--store", &url], b"");
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("ticket 99 not found"));
    let twice = run(&["close", "1", "--store", &url], b"");
    assert!(String::from_utf8_lossy(&twice.stdout).contains("already closed"));
    // A mistyped store path is an error, not a new empty store.
    let typo = dir.path().join("cli-typo.db");
    let out = run(
        &[
            "tickets",
            "--store",
            &format!("sqlite://{}", typo.display()),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such store"));
    assert!(!typo.exists());
}

/// Mail filters and ingests start as separate processes, often together: on a new SQLite store
/// they race to migrate it, and then to write. None may fail (a filter would defer its mail).
#[test]
fn processes_that_write_a_new_sqlite_store_at_once_all_succeed() {
    const PROCESSES: usize = 5;
    for round in 0..3 {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("race.db").display());
        let children: Vec<_> = (0..PROCESSES)
            .map(|i| {
                let mut child = bin()
                    .args(["ingest", "tickets", "--store", &url])
                    .stdin(Stdio::piped())
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("binary runs");
                let line = serde_json::json!({"id": format!("R-{round}-{i}"), "text": "Mijn IBAN is NL02ABNA0123456789."});
                let mut stdin = child.stdin.take().expect("stdin");
                writeln!(stdin, "{line}").unwrap();
                drop(stdin);
                child
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().expect("wait");
            assert!(
                out.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let list = run(&["tickets", "--store", &url], b"");
        assert_eq!(
            String::from_utf8_lossy(&list.stdout).lines().count(),
            PROCESSES,
            "round {round}"
        );
    }
}

#[test]
fn ingest_names_lines_whose_fields_cannot_be_read() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("f.db").display());
    let tickets = [
        serde_json::json!({"id": "A", "email": ["x@y.nl"], "text": "hoi"}),
        serde_json::json!({"id": "B", "created_at": "gisteren", "text": "hoi"}),
        serde_json::json!({"id": "C", "created_at": "2026-01-05T10:00:00+01:00", "text": "hoi"}),
        serde_json::json!({"id": {"n": 4}, "text": "hoi"}),
        serde_json::json!({"id": "E", "created_at": 1_767_607_200_000_i64, "text": "hoi"}),
        serde_json::json!({"id": " ", "text": "hoi"}),
    ];
    let mut input: String = tickets.iter().map(|t| format!("{t}\n")).collect();
    input.push_str("{\"id\": 1e400, \"text\": \"hoi\"}\n");
    let out = run(&["ingest", "tickets", "--store", &url], input.as_bytes());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("<stdin>:1: field \"email\" must be a string"),
        "{err}"
    );
    assert!(err.contains("<stdin>:2: field \"created_at\""), "{err}");
    assert!(
        err.contains("<stdin>:4: field \"id\" must be a string or a number"),
        "{err}"
    );
    assert!(
        err.contains("<stdin>:5: field \"created_at\" lies in the future"),
        "{err}"
    );
    assert!(err.contains("<stdin>:6: field \"id\" is empty"), "{err}");
    assert!(
        err.contains("<stdin>:7: field \"id\" is a number out of range"),
        "{err}"
    );
    assert!(err.contains("1 message(s) stored"), "{err}");
    // A ticket given to `ingest social` has no platform.
    let out = run(&["ingest", "social", "--store", &url], input.as_bytes());
    assert!(String::from_utf8_lossy(&out.stderr).contains("<stdin>:3: missing field \"platform\""));
}

#[test]
fn report_writes_every_format_to_stdout_or_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("rep.db").display());
    let input = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "T-1", "name": "Pieter Jansen", "subject": "Terugbetaling", "text": "Graag een terugbetaling op NL02ABNA0123456789, BSN 111222333."}),
        serde_json::json!({"id": "T-2", "name": "Anna", "subject": "Vraag", "text": "Mijn kaart 4111 1111 1111 1111 is geblokkeerd."})
    );
    let out = run(&["ingest", "tickets", "--store", &url], input.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json = run(&["report", "--store", &url], b"");
    assert!(
        json.status.success(),
        "{}",
        String::from_utf8_lossy(&json.stderr)
    );
    let json: Value = serde_json::from_slice(&json.stdout).expect("one JSON document");
    let findings = json["findings"].as_u64().unwrap();
    assert!(findings >= 3, "{json}");
    assert_eq!(json["rows"].as_array().unwrap().len() as u64, findings);
    assert_eq!(json["by_label"]["BSN"], 1);
    let csv_path = dir.path().join("r.csv");
    let csv = run(
        &[
            "report",
            "--format",
            "csv",
            "--out",
            csv_path.to_str().unwrap(),
            "--store",
            &url,
        ],
        b"",
    );
    assert!(csv.status.success() && csv.stdout.is_empty());
    let csv = std::fs::read_to_string(&csv_path).unwrap();
    assert_eq!(csv.lines().count() as u64, findings + 1, "{csv}");
    let later = run(
        &[
            "report",
            "--from",
            "2099-01-01",
            "--to",
            "2099-01-31",
            "--store",
            &url,
        ],
        b"",
    );
    let later: Value = serde_json::from_slice(&later.stdout).expect("one JSON document");
    assert_eq!(later["findings"], 0, "nothing in a later period: {later}");
    let html = run(&["report", "--format", "html", "--store", &url], b"");
    let html = String::from_utf8(html.stdout).unwrap();
    assert!(
        html.starts_with("<!doctype html>") && html.contains("<svg") && html.ends_with("</html>\n")
    );
    assert_eq!(
        html.matches("<tr><td>1</td>").count() + html.matches("<tr><td>2</td>").count(),
        findings as usize
    );
    for text in [&csv, &html] {
        for value in ["NL02ABNA0123456789", "111222333", "4111"] {
            assert!(!text.contains(value), "{value} in a report");
        }
    }
    let bad = run(
        &[
            "report",
            "--out",
            dir.path().join("no/such/dir").to_str().unwrap(),
            "--store",
            &url,
        ],
        b"",
    );
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("cannot write report"));
}

/// `(label, value_hash)` of every stored finding, in order.
fn stored_hashes(db: &std::path::Path) -> Vec<(String, Option<String>)> {
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", db.display()))
            .await
            .unwrap();
        let rows: Vec<(String, Option<String>)> =
            sqlx::query_as("SELECT label, value_hash FROM findings ORDER BY id")
                .fetch_all(&pool)
                .await
                .unwrap();
        pool.close().await;
        rows
    })
}

#[test]
fn stored_findings_carry_keyed_value_hashes_when_a_key_is_set() {
    let dir = tempfile::tempdir().unwrap();
    let input = [
        serde_json::json!({"id": "H-1", "name": "Pieter", "text": "Terugbetaling op NL02ABNA0123456789 graag, BSN 111222333."}),
        serde_json::json!({"id": "H-2", "name": "Anna", "text": "Refund naar NL02 ABNA 0123 4567 89 a.u.b."}),
    ]
    .map(|v| v.to_string())
    .join("\n");
    let ingest = |db: &str, key: Option<&str>| {
        let path = dir.path().join(db);
        let url = format!("sqlite://{}", path.display());
        let mut cmd = bin();
        cmd.args(["ingest", "tickets", "--store", &url]);
        if let Some(k) = key {
            cmd.env("PII_SCRUBBER_KEY", k);
        }
        let out = run_with(&mut cmd, input.as_bytes());
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        stored_hashes(&path)
    };
    let keyed = ingest("keyed.db", Some("a test key"));
    assert!(keyed.len() >= 3, "{keyed:?}");
    assert!(keyed.iter().all(|(_, h)| h.is_some()), "{keyed:?}");
    // The same IBAN, written two ways in two tickets, links by its hash.
    let ibans: Vec<_> = keyed.iter().filter(|(l, _)| l == "IBAN").collect();
    assert_eq!(ibans.len(), 2, "{keyed:?}");
    assert_eq!(ibans[0].1, ibans[1].1);
    for (_, h) in &keyed {
        let h = h.as_deref().unwrap();
        assert!(!h.contains("0123") && !h.contains("111222333"), "{h}");
    }
    // Without a key nothing can be linked, and nothing is hashed.
    let unkeyed = ingest("plain.db", None);
    assert_eq!(unkeyed.len(), keyed.len());
    assert!(unkeyed.iter().all(|(_, h)| h.is_none()), "{unkeyed:?}");
}

#[test]
fn scrub_store_rescans_after_a_rules_change_and_resumes_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("scrub.db").display());
    // The BSN rule switched off, as if it had not existed yet.
    let old = dir.path().join("old.toml");
    std::fs::write(&old, "[detect]\ndisabled_labels = [\"BSN\"]\n").unwrap();
    let old = old.to_str().unwrap();
    let input = serde_json::json!({"id": "S-1", "name": "Pieter Jansen", "email": "pieter@voorbeeld.nl", "text": "De app crasht, mijn BSN is 111222333."});
    let out = run(
        &["ingest", "tickets", "--config", old, "--store", &url],
        format!("{input}\n").as_bytes(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let scrub = |config: Option<&str>| {
        let mut args = vec!["scrub-store", "--store", &url];
        if let Some(c) = config {
            args.extend(["--config", c]);
        }
        let out = run(&args, b"");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stderr).unwrap()
    };
    let first = scrub(Some(old));
    assert!(
        first.contains("1 message(s) re-scanned, 0 value(s) redacted"),
        "{first}"
    );
    let resumed = scrub(Some(old));
    assert!(resumed.contains("0 message(s) re-scanned"), "{resumed}");
    // New rules (the shipped ones): everything is re-scanned.
    let new = scrub(None);
    assert!(
        new.contains("1 message(s) re-scanned, 1 value(s) redacted"),
        "{new}"
    );
    let show = String::from_utf8(run(&["show", "1", "--store", &url], b"").stdout).unwrap();
    assert!(
        show.contains("[BSN-1]") && !show.contains("111222333"),
        "{show}"
    );
    // Retention removes the requester's contact data too (of tickets older than 0 days: the
    // clock has to move on by a second first).
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let sweep = run(&["sweep", "--days", "0", "--store", &url], b"");
    let said = String::from_utf8_lossy(&sweep.stdout);
    assert!(
        said.contains("requester contact data removed from 1 ticket(s)"),
        "{said}"
    );
    let db = std::fs::read(dir.path().join("scrub.db")).unwrap();
    for value in ["pieter@voorbeeld.nl", "111222333"] {
        assert!(
            !db.windows(value.len()).any(|w| w == value.as_bytes()),
            "{value} left in the database file"
        );
    }
}

#[test]
fn bad_arguments_are_named() {
    let tickets = run(&["tickets", "--status", "bogus"], b"");
    assert_eq!(tickets.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&tickets.stderr).contains("possible values: open, closed"));
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("r.db").display());
    let report = run(
        &[
            "report",
            "--from",
            "2026-11-27",
            "--to",
            "2026-11-01",
            "--store",
            &url,
        ],
        b"",
    );
    assert!(!report.status.success());
    assert!(
        String::from_utf8_lossy(&report.stderr)
            .contains("--from 2026-11-27 is after --to 2026-11-01"),
        "{}",
        String::from_utf8_lossy(&report.stderr)
    );
}

#[test]
fn health_data_and_credentials_are_always_redacted_and_never_stored() {
    // Synthetic values only. The refund and call-back words must not save any of them.
    let nl = "Graag een terugbetaling, bel me terug. Mijn wachtwoord is Zk8#vQ2mTp! en ik heb diabetes, ik lag in het ziekenhuis.";
    let en = "Please refund me. My password is hunter2 and my PIN is 7305. I was on sick leave after my chemotherapy.";
    let secrets = ["Zk8#vQ2mTp!", "hunter2", "7305"];
    let health = ["diabetes", "ziekenhuis", "sick leave", "chemotherapy"];
    let values: Vec<&str> = secrets.iter().chain(&health).copied().collect();
    let reason = |label: &str, rule: &str| {
        match label {
        "CREDENTIAL" => format!("redacted: a password, PIN or access code is never needed in support and must not be kept (rule {rule})"),
        _ => format!("redacted: health data is special-category data (GDPR art. 9) and is never needed in support (rule {rule})"),
    }
    };
    let input = [
        serde_json::json!({"id": "T-1", "name": "Pieter Jansen", "subject": "Terugbetaling", "text": nl}),
        serde_json::json!({"id": "T-2", "name": "Megan Smith", "subject": "Refund", "text": en}),
    ]
    .map(|v| v.to_string())
    .join("\n");

    // scan: each value is a finding of its label, redacted with the policy's reason.
    let out = run(&["scan", "-"], input.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut found = Vec::new();
    for (rec, text) in lines(&out).iter().zip([nl, en]) {
        for f in rec["findings"].as_array().unwrap() {
            let (s, e) = (
                f["start"].as_u64().unwrap() as usize,
                f["end"].as_u64().unwrap() as usize,
            );
            let label = f["label"].as_str().unwrap();
            if label == "HEALTH" || label == "CREDENTIAL" {
                assert_eq!(f["action"], "redact", "{f}");
                assert_eq!(
                    f["reason"].as_str().unwrap(),
                    reason(label, f["rule"].as_str().unwrap())
                );
                found.push((label.to_string(), text[s..e].to_string()));
            }
        }
    }
    let want: Vec<(String, String)> = secrets
        .iter()
        .map(|v| ("CREDENTIAL".to_string(), v.to_string()))
        .chain(health.iter().map(|v| ("HEALTH".to_string(), v.to_string())))
        .collect();
    for w in &want {
        assert!(found.contains(w), "{w:?} not in {found:?}");
    }

    // redact: placeholders instead of the values, which appear nowhere in the output.
    let out = run(&["redact", "-"], input.as_bytes());
    let redacted = String::from_utf8(out.stdout).unwrap();
    assert!(
        redacted.contains("wachtwoord is [CREDENTIAL-1] en ik heb [HEALTH-1]"),
        "{redacted}"
    );
    assert!(redacted.contains("[HEALTH-2]") && redacted.contains("[CREDENTIAL-2]"));
    for v in &values {
        assert!(!redacted.contains(v), "{v} in {redacted}");
    }

    // ingest: the store, its reports and its database file never hold a value.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("special.db");
    let url = format!("sqlite://{}", db.display());
    let out = run(&["ingest", "tickets", "--store", &url], input.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut shown = String::new();
    for t in ["1", "2"] {
        let show = run(&["show", t, "--store", &url], b"");
        shown += &String::from_utf8(show.stdout).unwrap();
    }
    assert!(
        shown.contains("HEALTH") && shown.contains("CREDENTIAL") && shown.contains("redact"),
        "{shown}"
    );
    let json = run(&["report", "--store", &url], b"");
    let report: Value = serde_json::from_slice(&json.stdout).expect("one JSON document");
    assert_eq!(report["by_label"]["CREDENTIAL"], 3, "{report}");
    assert_eq!(report["by_label"]["HEALTH"], 4, "{report}");
    let csv = run(&["report", "--format", "csv", "--store", &url], b"");
    let csv = String::from_utf8(csv.stdout).unwrap();
    for text in [&shown, &report.to_string(), &csv] {
        for v in &values {
            assert!(!text.contains(v), "{v} in the store's output: {text}");
        }
    }
    let mut bytes = std::fs::read(&db).unwrap();
    if let Ok(wal) = std::fs::read(dir.path().join("special.db-wal")) {
        bytes.extend(wal);
    }
    // Digits alone (the PIN) could occur by chance in binary pages: check the words.
    for v in values.iter().filter(|v| v.chars().any(char::is_alphabetic)) {
        assert!(
            !bytes.windows(v.len()).any(|w| w == v.as_bytes()),
            "{v} in the database file"
        );
    }
}

#[test]
fn serve_takes_its_token_variable_from_the_config() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("c.toml");
    std::fs::write(&config, "[worker]\ntoken_env = \"SUPPORT_INTAKE_TOKEN\"\n").unwrap();
    let url = format!("sqlite://{}", dir.path().join("s.db").display());
    let out = bin()
        .env_remove("SUPPORT_INTAKE_TOKEN")
        .args([
            "serve",
            "--config",
            config.to_str().unwrap(),
            "--store",
            &url,
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("set the environment variable SUPPORT_INTAKE_TOKEN"),
        "{err}"
    );
}

#[test]
fn serve_waits_for_a_store_that_is_not_up_yet() {
    use std::io::{BufRead, Read};
    let dir = tempfile::tempdir().unwrap();
    // The store's directory appears only later, as a database does at boot.
    let later = dir.path().join("later");
    let url = format!("sqlite://{}", later.join("s.db").display());
    let mut child = bin()
        .env("PII_SCRUBBER_TOKEN", "t0ken")
        .args(["serve", "--listen", "127.0.0.1:0", "--store", &url])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr).lines() {
            let _ = tx.send(line.unwrap_or_default());
        }
    });
    let wait_for = |wanted: &str| -> String {
        loop {
            let line = rx
                .recv_timeout(std::time::Duration::from_secs(20))
                .unwrap_or_else(|_| panic!("no line with {wanted:?}"));
            if line.contains(wanted) {
                return line;
            }
        }
    };
    let retry = wait_for("retrying in");
    assert!(retry.starts_with("serve: "), "{retry}");
    std::fs::create_dir(&later).unwrap();
    let listening = wait_for("listening on http://");
    let addr = listening
        .rsplit("http://")
        .next()
        .unwrap()
        .trim()
        .to_string();
    let mut conn = std::net::TcpStream::connect(&addr).unwrap();
    conn.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut response = String::new();
    conn.read_to_string(&mut response).unwrap();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    assert!(child.wait().unwrap().success());
}
