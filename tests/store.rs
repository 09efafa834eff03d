//! The ticket store on both backends: SQLite in a temporary file, and the real PostgreSQL at
//! 127.0.0.1:5432 (database `test`, override with $PII_SCRUBBER_TEST_PG), each test in its own
//! schema so tests run in parallel.

use std::sync::Arc;

use pii_scrubber::config::Config;
use pii_scrubber::detect::{BatchScratch, Scratch};
use pii_scrubber::intake::{ingest, Kind};
use pii_scrubber::jsonl::parse_record;
use pii_scrubber::pipeline::Scrubber;
use pii_scrubber::policy::{Action, Decision};
use pii_scrubber::redact::{Method, Redactor};
use pii_scrubber::report::Format;
use pii_scrubber::store::{
    Backend, Contact, Incoming, Ingested, NewFinding, Prepared, Store, Swept,
};
use pii_scrubber::Label;

/// Synthetic canary values (checksum-valid) that must never remain in the store.
pub(crate) const CANARY_BSN: &str = "696579303";
pub(crate) const CANARY_IBAN: &str = "NL44RABO0123456789";
pub(crate) const CANARY_CARD: &str = "4111 1111 1111 1111";

pub(crate) fn scrubber() -> Scrubber {
    Scrubber {
        redactor: Redactor::with_key(b"test-key".to_vec()),
        ..Scrubber::from_config(&crate::corpus_config(), Method::Placeholder).unwrap()
    }
}

/// The shipped rules with `label` switched off, as if its rule had not existed yet.
fn scrubber_without(label: pii_scrubber::Label) -> Scrubber {
    let mut cfg = crate::corpus_config();
    cfg.detect.disabled_labels = vec![label];
    Scrubber::from_config(&cfg, Method::Placeholder).unwrap()
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

/// The worker opens its store and its IMAP source opens another at the same moment: on a new
/// SQLite file both must come up, not one fail on a table the other's migration made.
#[tokio::test(flavor = "multi_thread")]
async fn a_new_sqlite_store_opened_twice_at_once_migrates_once() {
    for round in 0..8 {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("t.db").display());
        let (a, b) = tokio::join!(Store::open(&url, "test"), Store::open(&url, "test"));
        if let Err(e) = a.as_ref().and(b.as_ref()) {
            panic!("round {round}: {e}");
        }
    }
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

/// The page of up to 10 messages after `after`, re-scanned by `s` as `scrub-store` does it:
/// ready for [`Store::scrub_batch`].
async fn rescanned_page(
    s: &Scrubber,
    store: &Store,
    after: i64,
) -> Vec<(i64, String, Vec<pii_scrubber::store::NewFinding>)> {
    let page = store
        .messages_after(after, 10, i64::MAX, |b| s.policy.intents(b).words())
        .await
        .unwrap();
    let found = pii_scrubber::intake::rescan(s, &page, &mut BatchScratch::default());
    page.into_iter()
        .zip(found)
        .map(|(m, found)| (m.id, m.body, found))
        .collect()
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
async fn scrub_store_redacts_at_once_what_a_closed_ticket_no_longer_needs_and_records_once() {
    let old = scrubber_without(pii_scrubber::Label::Iban);
    let new = Arc::new(scrubber());
    // A policy change: IBANs are never kept.
    let strict_cfg = Config::parse(
        &format!(
            "{}\n[policy.IBAN]\naction = \"redact\"\nkeep_until_closed_for = []\n",
            std::fs::read_to_string(crate::root().join("pii-scrubber.toml")).unwrap()
        ),
        "strict.toml",
    )
    .unwrap();
    let strict = Arc::new(Scrubber::from_config(&strict_cfg, Method::Placeholder).unwrap());
    for (store, _dir) in stores("scrubclosed").await {
        let text = format!("Graag een terugbetaling op {CANARY_IBAN}, de bestelling kwam niet.");
        // Ticket 1: stored without IBAN detection and closed; ticket 2: its IBAN kept.
        put(
            &old,
            &store,
            Kind::Tickets,
            serde_json::json!({"id": "C1", "name": "X", "text": text}),
        )
        .await;
        put(
            &new,
            &store,
            Kind::Tickets,
            serde_json::json!({"id": "C2", "name": "X", "text": text}),
        )
        .await;
        store.close(1).await.unwrap();
        let summary = pii_scrubber::intake::scrub_store(&new, &store, "closed", |_| {})
            .await
            .unwrap();
        assert_eq!(
            (summary.redacted, summary.kept),
            (1, 0),
            "{:?}",
            store.backend()
        );
        let m = &store.messages(1).await.unwrap()[0];
        assert!(!m.body.contains(CANARY_IBAN), "{}", m.body);
        assert!(
            m.findings[0]
                .reason
                .starts_with("redacted: the ticket is closed; was: kept until closed"),
            "{}",
            m.findings[0].reason
        );
        // The stricter policy redacts the kept IBAN of ticket 2: one finding, now `redact`.
        let summary = pii_scrubber::intake::scrub_store(&strict, &store, "strict", |_| {})
            .await
            .unwrap();
        assert_eq!(summary.redacted, 1, "{:?}", store.backend());
        let m = &store.messages(2).await.unwrap()[0];
        assert!(!m.body.contains(CANARY_IBAN), "{}", m.body);
        let iban: Vec<_> = m.findings.iter().filter(|f| f.label == "IBAN").collect();
        assert_eq!(iban.len(), 1, "{:?}", m.findings);
        assert_eq!(iban[0].action, "redact");
        assert!(
            iban[0]
                .reason
                .starts_with("redacted by scrub-store; was: kept until closed"),
            "{}",
            iban[0].reason
        );
    }
    drop_schema("scrubclosed").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_message_closed_during_a_rescan_is_left_alone_not_overwritten() {
    let old = scrubber_without(pii_scrubber::Label::Bsn);
    let new = Arc::new(scrubber());
    for (store, _dir) in stores("scrubrace").await {
        let text = format!("Graag een terugbetaling op {CANARY_IBAN}. BSN {CANARY_BSN}.");
        put(
            &old,
            &store,
            Kind::Tickets,
            serde_json::json!({"id": "R1", "name": "X", "text": text}),
        )
        .await;
        let batch = rescanned_page(&new, &store, 0).await;
        // The ticket closes between the read and the write: its body changes.
        assert_eq!(store.close(1).await.unwrap(), 1);
        let (redacted, kept, changed) = store.scrub_batch("race", &batch, 1).await.unwrap();
        assert_eq!(
            (redacted, kept, changed),
            (0, 0, 1),
            "{:?}",
            store.backend()
        );
        let m = &store.messages(1).await.unwrap()[0];
        assert!(
            !m.body.contains(CANARY_IBAN),
            "the close is not undone: {}",
            m.body
        );
        // A new run covers it.
        let again = pii_scrubber::intake::scrub_store(&new, &store, "race-2", |_| {})
            .await
            .unwrap();
        assert_eq!(again.redacted, 1);
        let m = &store.messages(1).await.unwrap()[0];
        assert!(
            !m.body.contains(CANARY_IBAN) && !m.body.contains(CANARY_BSN),
            "{}",
            m.body
        );
    }
    drop_schema("scrubrace").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reply_is_decided_by_what_its_thread_asks_for() {
    // The refund is asked for in the first post; the IBAN comes in a reply: needed until the
    // ticket closes, whether the first post is stored already or in the same batch. A
    // web-form ticket's subject counts likewise.
    let s = Arc::new(scrubber());
    for (store, _dir) in stores("thread").await {
        let ask = |id: &str| serde_json::json!({"id": id, "platform": "x", "author": "Sanne", "handle": "@sanne", "text": "Ik wil graag een terugbetaling, het pakket kwam beschadigd aan."});
        let reply = |id: &str, parent: &str| serde_json::json!({"id": id, "platform": "x", "author": "Sanne", "handle": "@sanne", "in_reply_to": parent, "text": format!("Hier is mijn rekeningnummer: {CANARY_IBAN}")});
        let stream = |lines: Vec<serde_json::Value>| {
            lines.iter().map(|l| format!("{l}\n")).collect::<String>()
        };
        let ingest = |input: String, kind: Kind| {
            let (s, store) = (&s, &store);
            async move {
                pii_scrubber::intake::ingest_reader(s, store, kind, input.as_bytes(), "t", |_| {})
                    .await
                    .unwrap()
            }
        };
        // Stored first, reply later; then both in one batch; then a reply to nothing stored.
        ingest(stream(vec![ask("a1")]), Kind::Social).await;
        ingest(stream(vec![reply("a2", "a1")]), Kind::Social).await;
        ingest(stream(vec![ask("b1"), reply("b2", "b1")]), Kind::Social).await;
        ingest(stream(vec![reply("c2", "c1")]), Kind::Social).await;
        let form = serde_json::json!({"id": "F1", "name": "Anna", "subject": "Terugbetaling", "text": format!("Mijn IBAN is {CANARY_IBAN}.")});
        ingest(stream(vec![form]), Kind::Tickets).await;
        let mut actions = Vec::new();
        for t in store.tickets(None).await.unwrap() {
            for m in store.messages(t.id).await.unwrap() {
                for f in m.findings.iter().filter(|f| f.label == "IBAN") {
                    actions.push((m.source_id.clone(), f.action.clone(), f.reason.clone()));
                }
            }
        }
        actions.sort();
        let summary: Vec<(&str, &str)> = actions
            .iter()
            .map(|(id, action, _)| (id.as_str(), action.as_str()))
            .collect();
        assert_eq!(
            summary,
            [
                ("F1", "keep_until_closed"),
                ("a2", "keep_until_closed"),
                ("b2", "keep_until_closed"),
                ("c2", "redact"),
            ],
            "{:?}: {actions:?}",
            store.backend()
        );
        assert!(actions[1].2.contains("refund"), "{}", actions[1].2);
        // A re-scan decides in the thread too: the kept IBANs stay kept.
        let again = pii_scrubber::intake::scrub_store(&s, &store, "thread", |_| {})
            .await
            .unwrap();
        assert_eq!((again.scanned, again.redacted, again.kept), (6, 0, 0));
    }
    drop_schema("thread").await;
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
            // A form may put anything into the contact fields: it is redacted there too.
            serde_json::json!({"id": "C1", "name": format!("X {CANARY_BSN}"), "phone": format!("BSN {CANARY_BSN}"), "text": text}),
        )
        .await
        else {
            panic!()
        };
        let contact = store.contact(ticket).await.unwrap();
        assert_eq!(contact.name.as_deref(), Some("X [BSN-1]"));
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
    let old = scrubber_without(pii_scrubber::Label::Iban);
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
                let batch = rescanned_page(new, &store, last).await;
                let end = batch.last().map_or(last, |m| m.0);
                (store.scrub_batch("t", &batch, end).await.unwrap(), end)
            }
        };
        let ((redacted, kept, changed), end) = run(store.scrub_progress("t").await.unwrap()).await;
        assert_eq!(
            (redacted, kept, changed),
            (1, 0, 0),
            "{:?}",
            store.backend()
        );
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
        assert_eq!(again, (0, 0, 0), "a second pass finds nothing new");
    }
    drop_schema("scrub").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn scrub_store_records_newly_found_kept_values_so_that_close_redacts_them() {
    // Stored with IBAN detection off; the request is a refund, so the IBAN found by the
    // re-scan is needed until the ticket closes: recorded, not redacted, then gone at close.
    let old = scrubber_without(pii_scrubber::Label::Iban);
    let new = Arc::new(scrubber());
    for (store, _dir) in stores("scrubkeep").await {
        let text = format!("Graag een terugbetaling op {CANARY_IBAN}, de bestelling kwam niet.");
        put(
            &old,
            &store,
            Kind::Tickets,
            serde_json::json!({"id": "K1", "name": "X", "text": text}),
        )
        .await;
        let summary = pii_scrubber::intake::scrub_store(&new, &store, "keep", |_| {})
            .await
            .unwrap();
        assert_eq!(
            (summary.redacted, summary.kept),
            (0, 1),
            "{:?}",
            store.backend()
        );
        let m = &store.messages(1).await.unwrap()[0];
        let iban: Vec<_> = m.findings.iter().filter(|f| f.label == "IBAN").collect();
        assert_eq!(iban.len(), 1, "{:?}", m.findings);
        assert_eq!(iban[0].action, "keep_until_closed");
        assert_eq!(
            &m.body[iban[0].start as usize..iban[0].end as usize],
            CANARY_IBAN
        );
        // A second re-scan does not record it twice.
        let again = pii_scrubber::intake::scrub_store(&new, &store, "keep-2", |_| {})
            .await
            .unwrap();
        assert_eq!((again.scanned, again.redacted, again.kept), (1, 0, 0));
        assert_eq!(store.close(1).await.unwrap(), 1);
        let closed = &store.messages(1).await.unwrap()[0];
        assert!(!closed.body.contains(CANARY_IBAN), "{}", closed.body);
        assert!(closed.body.contains("[IBAN"), "{}", closed.body);
    }
    drop_schema("scrubkeep").await;
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
            Swept::default(),
            "nothing is older than the epoch"
        );
        assert!(store.messages(1).await.unwrap()[0]
            .body
            .contains(CANARY_IBAN));
        let contact = store.contact(1).await.unwrap();
        assert_eq!(contact.email.as_deref(), Some("pieter@voorbeeld.nl"));
        assert_eq!(
            store.sweep(pii_scrubber::store::now() + 10).await.unwrap(),
            Swept {
                values: 2,
                requesters: 1
            },
            "the IBAN and the e-mail in the body, the requester of the ticket"
        );
        assert_eq!(
            store.contact(1).await.unwrap(),
            Contact::default(),
            "contact data gone after retention"
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

#[tokio::test(flavor = "multi_thread")]
async fn an_imported_backlog_counts_its_age_from_the_messages_own_dates() {
    let s = scrubber();
    for (store, _dir) in stores("backlog").await {
        let text = format!("Graag een terugbetaling op {CANARY_IBAN}.");
        put(&s, &store, Kind::Tickets, serde_json::json!({"id": "B1", "created_at": "2020-01-06T09:00:00+01:00", "text": text})).await;
        put(
            &s,
            &store,
            Kind::Tickets,
            serde_json::json!({"id": "B2", "text": text}),
        )
        .await;
        let month_ago = pii_scrubber::store::now() - 30 * 86_400;
        assert_eq!(store.sweep(month_ago).await.unwrap().values, 1);
        assert!(!store.messages(1).await.unwrap()[0]
            .body
            .contains(CANARY_IBAN));
        assert!(store.messages(2).await.unwrap()[0]
            .body
            .contains(CANARY_IBAN));
    }
    drop_schema("backlog").await;
}

/// A social message prepared directly (no detection): body `Rekening [IBAN].` with one
/// redacted finding.
fn social(channel: &str, id: &str, reply: Option<&str>) -> Prepared {
    let body = "Rekening [IBAN].".to_string();
    Prepared {
        incoming: Incoming {
            channel: channel.into(),
            source_id: id.into(),
            thread_key: id.into(),
            in_reply_to: reply.map(String::from),
            requester_handle: Some("@klant".into()),
            created_at: 1_795_000_000,
            ..Incoming::default()
        },
        lang: "nl".into(),
        findings: vec![NewFinding {
            label: Label::Iban,
            rule: "nl.iban".into(),
            start: 9,
            end: 15,
            decision: Decision {
                action: Action::Redact,
                reason: "redacted: an IBAN is not needed for this request".into(),
            },
            value_hash: None,
        }],
        body,
    }
}

/// The tickets of `channel` as lists of their messages' source ids, oldest ticket first.
async fn threads(store: &Store, channel: &str) -> Vec<Vec<String>> {
    let mut tickets = store.tickets(None).await.unwrap();
    tickets.retain(|t| t.channel == channel);
    tickets.sort_by_key(|t| t.id);
    let mut out = Vec::new();
    for t in tickets {
        let ids = store.messages(t.id).await.unwrap();
        out.push(ids.into_iter().map(|m| m.source_id).collect());
    }
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn a_batch_is_stored_as_its_messages_one_by_one_would_be() {
    // Duplicates inside the batch, a reply to an earlier message of the batch, a reply to a
    // stored message, a reply to a later message of the batch, a reply to an unknown message.
    let before = [("s1", None)];
    let batch = [
        ("a", None),
        ("a", None),
        ("b", Some("a")),
        ("c", Some("s1")),
        ("d", Some("e")),
        ("e", None),
        ("s1", None),
        ("f", Some("unknown")),
        ("g", Some("b")),
        ("b", Some("a")),
    ];
    for (store, _dir) in stores("batch").await {
        let mut results = Vec::new();
        for (channel, one_by_one) in [("social:batch", false), ("social:single", true)] {
            let earlier: Vec<_> = before
                .iter()
                .map(|(id, r)| social(channel, id, *r))
                .collect();
            store.ingest_batch(&earlier).await.unwrap();
            let items: Vec<_> = batch
                .iter()
                .map(|(id, r)| social(channel, id, *r))
                .collect();
            let got = if one_by_one {
                let mut got = Vec::new();
                for item in &items {
                    got.extend(
                        store
                            .ingest_batch(std::slice::from_ref(item))
                            .await
                            .unwrap(),
                    );
                }
                got
            } else {
                store.ingest_batch(&items).await.unwrap()
            };
            let dups: Vec<bool> = got.iter().map(|r| *r == Ingested::Duplicate).collect();
            results.push((dups, threads(&store, channel).await));
        }
        assert_eq!(results[0], results[1], "{:?}", store.backend());
        let (dups, threads) = &results[0];
        assert_eq!(
            dups,
            &[false, true, false, false, false, false, true, false, false, true]
        );
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            threads,
            &[
                s(&["s1", "c"]),
                s(&["a", "b", "g"]),
                s(&["d"]),
                s(&["e"]),
                s(&["f"])
            ],
            "{:?}",
            store.backend()
        );
    }
    drop_schema("batch").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_batch_larger_than_the_parameter_limits_is_stored_whole() {
    // 17,000 messages: their 34,000 lookup keys exceed one statement's parameters on both
    // backends (SQLite 32,766, PostgreSQL 65,535, two per key), and so do the tickets,
    // messages, findings and audit rows.
    const N: usize = 17_000;
    for (store, _dir) in stores("large").await {
        let mut items: Vec<_> = (0..N)
            .map(|i| social("social:x", &format!("m{i}"), None))
            .collect();
        // A duplicate and a reply far apart, in different statements.
        items[16_500] = social("social:x", "m5", None);
        items[N - 1] = social("social:x", "r", Some("m0"));
        let got = store.ingest_batch(&items).await.unwrap();
        assert_eq!(got.len(), N);
        assert_eq!(got[16_500], Ingested::Duplicate, "{:?}", store.backend());
        let ids: Vec<(i64, i64)> = got
            .iter()
            .filter_map(|r| match r {
                Ingested::Stored { ticket, message } => Some((*ticket, *message)),
                Ingested::Duplicate => None,
            })
            .collect();
        assert_eq!(ids.len(), N - 1);
        assert!(
            ids.windows(2).all(|w| w[0].1 < w[1].1),
            "message ids follow the batch order"
        );
        assert_eq!(ids[N - 2].0, ids[0].0, "the reply joins m0's ticket");
        assert_eq!(store.message_count().await.unwrap(), (N - 1) as i64);
        let tickets: std::collections::BTreeSet<i64> = ids.iter().map(|x| x.0).collect();
        assert_eq!(
            tickets.len(),
            N - 2,
            "every message but the reply opens a ticket"
        );
        let rows = store.report_rows(0, i64::MAX).await.unwrap();
        assert_eq!(rows.len(), N - 1, "one finding per stored message");
        let m = &store.messages(ids[5].0).await.unwrap()[0];
        assert_eq!(m.source_id, "m5");
        assert_eq!(m.findings.len(), 1);
        assert_eq!(&m.body[9..15], "[IBAN]");
        let again = store.ingest_batch(&items).await.unwrap();
        assert!(again.iter().all(|r| *r == Ingested::Duplicate));
    }
    drop_schema("large").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn streamed_reports_equal_reports_built_in_memory() {
    let s = scrubber();
    for (store, _dir) in stores("report").await {
        let texts = [
            format!("Graag een terugbetaling op {CANARY_IBAN}. BSN {CANARY_BSN}."),
            format!("Kaart {CANARY_CARD}, mail pieter@voorbeeld.nl, \"quoted\", <b>."),
            "De app crasht.".to_string(),
        ];
        for (i, text) in texts.iter().enumerate() {
            put(&s, &store, Kind::Tickets, serde_json::json!({"id": format!("R{i}"), "name": "Pieter", "email": "pieter@voorbeeld.nl", "text": text})).await;
        }
        put(&s, &store, Kind::Social, serde_json::json!({"id": "x1", "platform": "x", "author": "Sanne", "text": format!("BSN {CANARY_BSN}")})).await;
        let period = (("1970-01-01", "2100-01-01"), (0, i64::MAX));
        let rows = store.report_rows(period.1 .0, period.1 .1).await.unwrap();
        assert!(rows.len() >= 4, "{rows:?}");
        let whole = pii_scrubber::report::Report::new(period.0 .0, period.0 .1, rows);
        for format in [Format::Json, Format::Csv, Format::Html] {
            let mut out = Vec::new();
            pii_scrubber::report::write(&store, period.0, period.1, format, &mut out)
                .await
                .unwrap();
            let expected = match format {
                Format::Json => whole.to_json(),
                Format::Csv => whole.to_csv(),
                Format::Html => whole.to_html(),
            };
            assert_eq!(
                String::from_utf8(out).unwrap(),
                expected,
                "{format:?} on {:?}",
                store.backend()
            );
        }
        // Nothing in the period: counts are zero and the lists empty.
        let mut out = Vec::new();
        pii_scrubber::report::write(
            &store,
            ("2100-01-01", "2100-01-01"),
            (4_102_444_800, 4_102_531_200),
            Format::Json,
            &mut out,
        )
        .await
        .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(json["findings"], 0);
        assert_eq!(json["rows"], serde_json::json!([]));
        assert_eq!(json["set_aside"], serde_json::json!([]));
        // A mail the IMAP worker set aside is in the report of its day, not of others.
        store
            .audit_imap_failed("me@host:993 INBOX: uid 7 set aside after 3 attempt(s): bad MIME")
            .await
            .unwrap();
        let mut out = Vec::new();
        pii_scrubber::report::write(&store, period.0, period.1, Format::Json, &mut out)
            .await
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(json["set_aside"].as_array().unwrap().len(), 1, "{json}");
        assert!(json["set_aside"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("uid 7"));
        let later = store.set_aside_between(4_102_444_800, 4_102_531_200).await;
        assert_eq!(later.unwrap(), []);
    }
    drop_schema("report").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn scrub_store_moves_the_offsets_of_every_message_in_a_page() {
    // Stored with IBAN detection off; the requester's own e-mail after the IBAN is kept.
    let old = scrubber_without(pii_scrubber::Label::Iban);
    let new = Arc::new(scrubber());
    for (store, _dir) in stores("scrubpage").await {
        for i in 0..5 {
            let text = format!(
                "Rekening {CANARY_IBAN} en nog {CANARY_IBAN}, mail me op pieter{i}@voorbeeld.nl."
            );
            put(&old, &store, Kind::Tickets, serde_json::json!({"id": format!("P{i}"), "name": "Pieter", "email": format!("pieter{i}@voorbeeld.nl"), "text": text})).await;
        }
        let summary = pii_scrubber::intake::scrub_store(&new, &store, "page", |_| {})
            .await
            .unwrap();
        assert_eq!(summary.scanned, 5);
        assert_eq!(summary.redacted, 10, "{:?}", store.backend());
        for t in store.tickets(None).await.unwrap() {
            let m = &store.messages(t.id).await.unwrap()[0];
            assert!(!m.body.contains(CANARY_IBAN), "{}", m.body);
            let mut kept = 0;
            for f in &m.findings {
                let span = &m.body[f.start as usize..f.end as usize];
                match f.action.as_str() {
                    "keep" => {
                        kept += 1;
                        assert!(
                            span.starts_with("pieter") && span.ends_with("@voorbeeld.nl"),
                            "{span}"
                        );
                    }
                    _ => assert!(span.starts_with("[IBAN") && span.ends_with(']'), "{span}"),
                }
            }
            assert_eq!(kept, 1, "{:?}: {:?}", store.backend(), m.findings);
        }
        let again = pii_scrubber::intake::scrub_store(&new, &store, "page", |_| {})
            .await
            .unwrap();
        assert_eq!(
            again.scanned, 0,
            "the finished re-scan resumes after its last page"
        );
    }
    drop_schema("scrubpage").await;
}

/// A re-scan reads each page as one packed string: fields that look like the packing itself,
/// NULLs and multi-byte text come back exactly, with the thread and the kept values' spans.
#[tokio::test(flavor = "multi_thread")]
async fn a_rescan_page_reads_every_field_back_exactly() {
    let s = scrubber();
    for (store, _dir) in stores("scanpage").await {
        let odd = "Bestelling 12:34; klaar. – ✓ -";
        put(
            &s,
            &store,
            Kind::Tickets,
            serde_json::json!({"id": "T1", "name": "-3:x.", "subject": "1:2;.", "text": odd}),
        )
        .await;
        let post = serde_json::json!({"id": "p1", "platform": "x", "author": "Sanne", "handle": "@sanne", "text": "Eerste bericht: één ✓"});
        let reply = serde_json::json!({"id": "p2", "platform": "x", "author": "Sanne", "handle": "@sanne", "in_reply_to": "p1", "text": format!("Mijn IBAN is {CANARY_IBAN}, graag een terugbetaling.")});
        put(&s, &store, Kind::Social, post).await;
        put(&s, &store, Kind::Social, reply).await;
        let page = store
            .messages_after(0, 10, i64::MAX, |body| format!("<{body}>"))
            .await
            .unwrap();
        let b = store.backend();
        assert_eq!(page.len(), 3, "{b:?}");
        assert_eq!(page[0].body, odd, "{b:?}");
        assert_eq!(page[0].requester.name.as_deref(), Some("-3:x."), "{b:?}");
        assert_eq!(page[0].requester.email, None, "{b:?}");
        assert_eq!(page[0].thread, "1:2;.\n", "{b:?}");
        assert!(page[0].kept.is_empty(), "{b:?}");
        // The first post is its reply's thread, summarised; the reply is nobody's thread.
        assert_eq!(page[1].thread, "\n", "{b:?}");
        assert_eq!(page[2].thread, "\n<Eerste bericht: één ✓>\n", "{b:?}");
        // The reply's IBAN is kept until the ticket closes: its span is the IBAN's.
        assert_eq!(page[2].kept.len(), 1, "{b:?}: {:?}", page[2].kept);
        let (start, end) = page[2].kept[0];
        assert_eq!(&page[2].body[start..end], CANARY_IBAN, "{b:?}");
        // A byte budget ends the page early, after at least one message.
        for (budget, len) in [
            (1, 1),
            (page[0].body.len() as i64, 1),
            (page[0].body.len() as i64 + 1, 2),
        ] {
            let short = store
                .messages_after(0, 10, budget, |_| String::new())
                .await
                .unwrap();
            assert_eq!(short.len(), len, "{b:?}: budget {budget}");
            assert_eq!(short[len - 1].body, page[len - 1].body, "{b:?}");
        }
        // A page that starts after the last message is empty.
        assert!(store
            .messages_after(page[2].id, 10, i64::MAX, |_| String::new())
            .await
            .unwrap()
            .is_empty());
    }
}

/// PostgreSQL's text type cannot hold U+0000: a message with one is stored (as a space, so
/// offsets stay true) on both backends, from a file or the queue, instead of failing its
/// batch at every retry; it re-scans.
#[tokio::test(flavor = "multi_thread")]
async fn a_nul_character_is_stored_as_a_space_on_both_backends() {
    let s = Arc::new(scrubber());
    for (store, _dir) in stores("nul").await {
        let b = store.backend();
        let rec = serde_json::json!({"id": "N1", "name": "An\u{0}na", "text": format!("Hallo\u{0} wereld, mijn BSN is {CANARY_BSN}.")});
        assert!(matches!(
            put(&s, &store, Kind::Tickets, rec).await,
            Ingested::Stored { .. }
        ));
        let ticket = &store.tickets(None).await.unwrap()[0];
        let contact = store.contact(ticket.id).await.unwrap();
        assert_eq!(contact.name.as_deref(), Some("An na"), "{b:?}");
        let m = &store.messages(ticket.id).await.unwrap()[0];
        assert!(m.body.starts_with("Hallo  wereld"), "{b:?}: {}", m.body);
        assert!(!m.body.contains(CANARY_BSN), "{b:?}");
        let f = &m.findings[0];
        assert_eq!(
            &m.body[f.start as usize..f.end as usize],
            "[BSN-1]",
            "{b:?}"
        );
        // The same through the intake queue (`serve` → worker), and with the record's text
        // as the mail path hands it over: prepared without any cleaning.
        let rec = parse_record(
            &serde_json::json!({"id": "N2", "name": "B\u{0}", "subject": "S\u{0}", "text": "Tekst\u{0}."})
                .to_string(),
        )
        .unwrap();
        let prepared =
            pii_scrubber::intake::prepare(&s, Kind::Tickets, &rec, &mut Scratch::default())
                .unwrap();
        assert!(
            prepared.body.contains('\0'),
            "cleaned only where it is stored"
        );
        store.enqueue(&[prepared]).await.unwrap();
        let drained = store.drain_queue(10).await.unwrap();
        assert!(
            matches!(drained.ingested[..], [Ingested::Stored { .. }]),
            "{b:?}: {drained:?}"
        );
        let again = pii_scrubber::intake::scrub_store(&s, &store, "nul", |_| {})
            .await
            .unwrap();
        assert_eq!((again.scanned, again.redacted), (2, 0), "{b:?}");
    }
}

/// A PostgreSQL database that does not store text as UTF-8 is refused at open, with a message
/// that says what to do, instead of storing offsets that do not fit.
#[tokio::test(flavor = "multi_thread")]
async fn a_postgres_database_not_in_utf8_is_refused() {
    let db = format!("pii_sqlascii_{}", std::process::id());
    let admin = sqlx::PgPool::connect(&pg_base()).await.unwrap();
    for sql in [
        format!("DROP DATABASE IF EXISTS {db}"),
        format!("CREATE DATABASE {db} ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"),
    ] {
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .execute(&admin)
            .await
            .unwrap();
    }
    let base = pg_base();
    let (server, _) = base.rsplit_once('/').unwrap();
    let Err(err) = Store::open(&format!("{server}/{db}"), "test").await else {
        panic!("a SQL_ASCII database was accepted");
    };
    assert!(
        matches!(err, pii_scrubber::store::StoreError::Encoding(ref e) if e == "SQL_ASCII"),
        "{err}"
    );
    assert!(err.to_string().contains("needs a UTF8 database"), "{err}");
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {db} WITH (FORCE)"
    )))
    .execute(&admin)
    .await
    .unwrap();
}

/// A reply whose parent is still on the intake queue (a webhook delivers both within seconds)
/// gets the queued parent as its thread; ids are matched exactly, `LIKE` wildcards included.
#[tokio::test(flavor = "multi_thread")]
async fn a_queued_parent_is_a_replys_thread() {
    let s = scrubber();
    for (store, _dir) in stores("queuedthread").await {
        let b = store.backend();
        let post = |id: &str, text: &str| {
            let rec = parse_record(
                &serde_json::json!({"id": id, "platform": "x", "author": "Sanne", "handle": "@sanne", "text": text})
                    .to_string(),
            )
            .unwrap();
            pii_scrubber::intake::prepare(&s, Kind::Social, &rec, &mut Scratch::default()).unwrap()
        };
        // A decoy whose id the parent's id would match as an unescaped LIKE pattern.
        store
            .enqueue(&[
                post("p1xa", "Hoe laat gaan jullie open?"),
                post("p_%a", "Ik wil een terugbetaling, het pakket is kapot."),
            ])
            .await
            .unwrap();
        let thread = store
            .queued_thread_text("social:x", "p_%a")
            .await
            .unwrap()
            .expect("queued");
        assert!(thread.contains("terugbetaling"), "{b:?}: {thread}");
        assert!(!thread.contains("open"), "{b:?}: {thread}");
        assert_eq!(
            store.queued_thread_text("social:x", "p_").await.unwrap(),
            None
        );
        assert_eq!(
            store.queued_thread_text("social:y", "p_%a").await.unwrap(),
            None
        );
        // The reply, decided in that thread: its IBAN is kept until the ticket closes.
        let reply = parse_record(
            &serde_json::json!({"id": "r1", "platform": "x", "author": "Sanne", "handle": "@sanne", "in_reply_to": "p_%a", "text": format!("Mijn IBAN: {CANARY_IBAN}")})
                .to_string(),
        )
        .unwrap();
        let thread = pii_scrubber::intake::stored_thread(Kind::Social, &reply, &store)
            .await
            .unwrap();
        let prepared = pii_scrubber::intake::prepare_in_thread(
            &s,
            Kind::Social,
            &reply,
            &thread,
            &mut Scratch::default(),
        )
        .unwrap();
        let iban = prepared.findings.iter().find(|f| f.label == Label::Iban);
        assert_eq!(
            iban.map(|f| f.decision.action),
            Some(Action::KeepUntilClosed),
            "{b:?}"
        );
    }
}

/// A ticket closed between a re-scan's read and its write, without a body change (it kept
/// nothing): a value the re-scan would keep until closing is redacted at once instead.
#[tokio::test(flavor = "multi_thread")]
async fn a_ticket_closed_during_a_rescan_keeps_nothing_until_closing() {
    let old = scrubber_without(Label::Iban);
    let new = Arc::new(scrubber());
    for (store, _dir) in stores("scrubclosedrace").await {
        let b = store.backend();
        let text = format!("Graag een terugbetaling op {CANARY_IBAN}.");
        put(
            &old,
            &store,
            Kind::Tickets,
            serde_json::json!({"id": "K1", "name": "X", "text": text}),
        )
        .await;
        let batch = rescanned_page(&new, &store, 0).await;
        // Read while open: the refund IBAN would be kept until the ticket closes.
        assert_eq!(batch[0].2[0].decision.action, Action::KeepUntilClosed);
        assert_eq!(
            store.close(1).await.unwrap(),
            0,
            "nothing to redact at close"
        );
        let (redacted, kept, changed) = store.scrub_batch("race", &batch, 1).await.unwrap();
        assert_eq!((redacted, kept, changed), (1, 0, 0), "{b:?}");
        let m = &store.messages(1).await.unwrap()[0];
        assert!(!m.body.contains(CANARY_IBAN), "{b:?}: {}", m.body);
        let f = m.findings.iter().find(|f| f.label == "IBAN").unwrap();
        assert_eq!(f.action, "redact", "{b:?}");
        assert!(
            f.reason
                .starts_with("redacted: the ticket is closed; was: kept until closed"),
            "{b:?}: {}",
            f.reason
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_database_error_reads_as_the_servers_message_alone() {
    // A database that does not exist on the running server.
    let base = pg_base();
    let (server, _) = base.rsplit_once('/').unwrap();
    let url = format!("{server}/pii_scrubber_no_such_database");
    let err = Store::open(&url, "test").await.unwrap_err();
    // Refused for good by a server that answered: not retried, not a temporary failure.
    assert!(err.is_permanent() && !err.is_unreachable());
    let err = err.to_string();
    assert!(
        err.ends_with("database \"pii_scrubber_no_such_database\" does not exist"),
        "{err}"
    );
    // A long-running worker stops at once with it (exit 2), instead of retrying for ever.
    let out = crate::cli::bin()
        .args(["worker", "--store", &url])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(!stderr.contains("retrying"), "{stderr}");
}
