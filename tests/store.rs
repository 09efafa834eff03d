//! The ticket store on both backends: SQLite in a temporary file, and the real PostgreSQL at
//! 127.0.0.1:5432 (database `test`, override with $PII_SCRUBBER_TEST_PG), each test in its own
//! schema so tests run in parallel.

use pii_scrubber::detect::Scratch;
use pii_scrubber::intake::{ingest, Kind};
use pii_scrubber::jsonl::parse_record;
use pii_scrubber::pipeline::Scrubber;
use pii_scrubber::policy::Policy;
use pii_scrubber::redact::{Method, Redactor};
use pii_scrubber::store::{Backend, Ingested, Store};
use pii_scrubber::Detector;

/// Synthetic canary values (checksum-valid) that must never remain in the store.
pub(crate) const CANARY_BSN: &str = "696579303";
pub(crate) const CANARY_IBAN: &str = "NL44RABO0123456789";
pub(crate) const CANARY_CARD: &str = "4111 1111 1111 1111";

pub(crate) fn scrubber() -> Scrubber {
    let cfg = crate::corpus_config();
    let detector = Detector::new(&cfg).unwrap();
    let policy = Policy::new(&cfg.policy, detector.word_lists()).unwrap();
    Scrubber {
        detector,
        policy,
        redactor: Redactor::with_key(b"test-key".to_vec()),
        method: Method::Placeholder,
    }
}

pub(crate) fn pg_base() -> String {
    std::env::var("PII_SCRUBBER_TEST_PG")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

/// A fresh store of each backend; the tempdir keeps the SQLite file alive.
async fn stores(name: &str) -> Vec<(Store, Option<tempfile::TempDir>)> {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = Store::open(
        &format!("sqlite://{}", dir.path().join("t.db").display()),
        "test",
    )
    .await
    .unwrap();
    let url = fresh_pg_schema(&format!("t_{name}_{}", std::process::id())).await;
    let pg = Store::open(&url, "test").await.unwrap();
    vec![(sqlite, Some(dir)), (pg, None)]
}

/// Removes the PostgreSQL schema of a test.
async fn drop_schema(name: &str) {
    drop_pg_schema(&format!("t_{name}_{}", std::process::id())).await;
}

/// Creates `schema` afresh (dropping a leftover) and returns the store URL that uses it.
pub(crate) async fn fresh_pg_schema(schema: &str) -> String {
    let admin = sqlx::PgPool::connect(&pg_base())
        .await
        .expect("PostgreSQL at 127.0.0.1:5432 (scripts/test.sh starts it)");
    for sql in [
        format!("DROP SCHEMA IF EXISTS {schema} CASCADE"),
        format!("CREATE SCHEMA {schema}"),
    ] {
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .execute(&admin)
            .await
            .unwrap();
    }
    admin.close().await;
    let sep = if pg_base().contains('?') { '&' } else { '?' };
    format!("{}{sep}options=-c%20search_path%3D{schema}", pg_base())
}

/// Drops a test's PostgreSQL schema.
pub(crate) async fn drop_pg_schema(schema: &str) {
    let admin = sqlx::PgPool::connect(&pg_base()).await.unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "DROP SCHEMA IF EXISTS {schema} CASCADE"
    )))
    .execute(&admin)
    .await
    .unwrap();
    admin.close().await;
}

async fn put(s: &Scrubber, store: &Store, kind: Kind, json: serde_json::Value) -> Ingested {
    let rec = parse_record(&json.to_string()).unwrap();
    ingest(s, store, kind, &rec, &mut Scratch::default())
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn ingest_is_idempotent_and_replies_join_their_thread() {
    let s = scrubber();
    for (store, _dir) in stores("idem").await {
        let first = serde_json::json!({"id": "p1", "platform": "x", "author": "Sanne", "handle": "@sanne", "text": "Mijn pakket is niet bezorgd 😢"});
        let reply = serde_json::json!({"id": "p2", "platform": "x", "author": "Sanne", "handle": "@sanne", "text": "Nog steeds niks", "in_reply_to": "p1"});
        let a = put(&s, &store, Kind::Social, first.clone()).await;
        assert!(
            matches!(a, Ingested::Stored { .. }),
            "{:?}",
            store.backend()
        );
        assert_eq!(
            put(&s, &store, Kind::Social, first).await,
            Ingested::Duplicate
        );
        let b = put(&s, &store, Kind::Social, reply).await;
        match (a, b) {
            (Ingested::Stored { ticket: t1, .. }, Ingested::Stored { ticket: t2, .. }) => {
                assert_eq!(t1, t2, "reply joins the ticket")
            }
            other => panic!("{other:?}"),
        }
        let tickets = store.tickets(Some("open")).await.unwrap();
        assert_eq!(tickets.len(), 1);
        assert_eq!(tickets[0].messages, 2);
    }
    drop_schema("idem").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn close_redacts_kept_values_and_offsets_stay_true() {
    let s = scrubber();
    for (store, _dir) in stores("close").await {
        let text = format!("Graag een terugbetaling op {CANARY_IBAN}. BSN {CANARY_BSN}. Mail me op pieter@voorbeeld.nl.");
        let t = put(&s, &store, Kind::Tickets, serde_json::json!({"id": "T1", "name": "Pieter Jansen", "email": "pieter@voorbeeld.nl", "subject": "Terugbetaling", "text": text})).await;
        let Ingested::Stored { ticket, .. } = t else {
            panic!()
        };
        let before = &store.messages(ticket).await.unwrap()[0];
        assert!(
            before.body.contains(CANARY_IBAN),
            "the IBAN is kept while the refund is open"
        );
        assert!(!before.body.contains(CANARY_BSN), "the BSN is never stored");
        assert_eq!(store.close(ticket).await.unwrap(), 1);
        let after = &store.messages(ticket).await.unwrap()[0];
        assert!(
            !after.body.contains(CANARY_IBAN),
            "{:?}: {}",
            store.backend(),
            after.body
        );
        for f in &after.findings {
            let span = &after.body[f.start as usize..f.end as usize];
            match f.action.as_str() {
                "redact" => assert!(span.starts_with('[') && span.ends_with(']'), "{span}"),
                "keep" => assert_eq!(span, "pieter@voorbeeld.nl"),
                other => panic!("unexpected action {other}"),
            }
        }
        assert_eq!(store.tickets(Some("closed")).await.unwrap().len(), 1);
    }
    drop_schema("close").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn canary_values_are_gone_from_the_database_files() {
    let s = scrubber();
    for (store, dir) in stores("canary").await {
        let text =
            format!("Terugbetaling graag op {CANARY_IBAN}. Kaart {CANARY_CARD}, BSN {CANARY_BSN}.");
        let Ingested::Stored { ticket, .. } = put(
            &s,
            &store,
            Kind::Tickets,
            serde_json::json!({"id": "C1", "name": "X", "text": text}),
        )
        .await
        else {
            panic!()
        };
        store.close(ticket).await.unwrap();
        let canaries = [CANARY_IBAN, CANARY_BSN, CANARY_CARD, "0123456789"];
        let rows = store.report_rows(0, i64::MAX).await.unwrap();
        assert_eq!(rows.len(), 3, "IBAN, card and BSN findings are reported");
        let report = pii_scrubber::report::Report::new("1970-01-01", "2100-01-01", rows);
        assert_eq!(report.by_label.get("CREDIT_CARD"), Some(&1));
        for text in [report.to_json(), report.to_csv(), report.to_html()] {
            for c in canaries {
                assert!(!text.contains(c), "{c} in a report");
            }
        }
        match (store.backend(), dir) {
            (Backend::Sqlite, Some(dir)) => {
                store.shutdown().await;
                let mut bytes = std::fs::read(dir.path().join("t.db")).unwrap();
                if let Ok(wal) = std::fs::read(dir.path().join("t.db-wal")) {
                    bytes.extend(wal);
                }
                for c in canaries {
                    assert!(
                        !bytes.windows(c.len()).any(|w| w == c.as_bytes()),
                        "{c} still in the SQLite files"
                    );
                }
            }
            _ => {
                for m in store.messages(ticket).await.unwrap() {
                    for c in canaries {
                        assert!(
                            !m.body.contains(c) && !m.findings.iter().any(|f| f.reason.contains(c)),
                            "{c} in PostgreSQL"
                        );
                    }
                }
            }
        }
    }
    drop_schema("canary").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn scrub_store_redacts_what_new_rules_find_and_resumes() {
    // Ingest with IBAN detection switched off, as if the rule had not existed yet.
    let mut cfg = crate::corpus_config();
    cfg.detect.disabled_labels = vec![pii_scrubber::Label::Iban];
    let old_detector = Detector::new(&cfg).unwrap();
    let old = Scrubber {
        policy: Policy::new(&cfg.policy, old_detector.word_lists()).unwrap(),
        detector: old_detector,
        redactor: Redactor::new(),
        method: Method::Placeholder,
    };
    let new = scrubber();
    for (store, _dir) in stores("scrub").await {
        let text = format!("BSN {CANARY_BSN} en rekening {CANARY_IBAN}, de app crasht.");
        put(
            &old,
            &store,
            Kind::Tickets,
            serde_json::json!({"id": "S1", "name": "X", "text": text}),
        )
        .await;
        let before = store.messages(1).await.unwrap();
        assert!(before[0].body.contains(CANARY_IBAN));
        let run = |last: i64| {
            let store = store.clone();
            let new = &new;
            async move {
                let msgs = store.messages_after(last, 10).await.unwrap();
                let batch: Vec<_> = msgs
                    .iter()
                    .map(|m| {
                        (
                            m.id,
                            m.body.clone(),
                            pii_scrubber::intake::rescan(new, m, &mut Scratch::default()),
                        )
                    })
                    .collect();
                let end = msgs.last().map_or(last, |m| m.id);
                (store.scrub_batch("t", &batch, end).await.unwrap(), end)
            }
        };
        let (redacted, end) = run(store.scrub_progress("t").await.unwrap()).await;
        assert_eq!(redacted, 1, "{:?}", store.backend());
        assert_eq!(
            store.scrub_progress("t").await.unwrap(),
            end,
            "progress is stored with the batch"
        );
        let after = &store.messages(1).await.unwrap()[0];
        assert!(
            !after.body.contains(CANARY_IBAN) && !after.body.contains(CANARY_BSN),
            "{}",
            after.body
        );
        for f in &after.findings {
            let span = &after.body[f.start as usize..f.end as usize];
            assert!(
                span.starts_with('[') && span.ends_with(']'),
                "{} -> {span}",
                f.label
            );
        }
        store.reset_scrub_progress("t").await.unwrap();
        let (again, _) = run(0).await;
        assert_eq!(again, 0, "a second pass finds nothing new");
    }
    drop_schema("scrub").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn retention_sweep_redacts_old_kept_values_only() {
    let s = scrubber();
    for (store, _dir) in stores("sweep").await {
        let text =
            format!("Graag een terugbetaling op {CANARY_IBAN}. Mail me op pieter@voorbeeld.nl.");
        put(&s, &store, Kind::Tickets, serde_json::json!({"id": "R1", "name": "Pieter", "email": "pieter@voorbeeld.nl", "text": text})).await;
        assert_eq!(
            store.sweep(0).await.unwrap(),
            0,
            "nothing is older than the epoch"
        );
        assert!(store.messages(1).await.unwrap()[0]
            .body
            .contains(CANARY_IBAN));
        assert_eq!(
            store.sweep(pii_scrubber::store::now() + 10).await.unwrap(),
            2,
            "the IBAN and the e-mail"
        );
        let m = &store.messages(1).await.unwrap()[0];
        assert!(
            !m.body.contains(CANARY_IBAN) && !m.body.contains("pieter@"),
            "{}",
            m.body
        );
        assert!(m.findings.iter().all(|f| f.action == "redact"));
    }
    drop_schema("sweep").await;
}
