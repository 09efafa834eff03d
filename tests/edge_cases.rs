//! Input edge cases: line endings, NBSP, emoji and ZWJ sequences, long lines, huge messages,
//! empty text.

use crate::{detector, found};

#[test]
fn crlf_nbsp_and_emoji_next_to_values() {
    let text = "Hoi Sanne,\r\nIBAN:\u{a0}NL02\u{a0}ABNA\u{a0}0123\u{a0}4567\u{a0}89\r\n📞06-12345678👩‍💻 mail👉jan@voorbeeld.nl👨‍👩‍👧\r\n";
    let f = found(text);
    assert!(
        f.contains(&(
            "IBAN".into(),
            "NL02\u{a0}ABNA\u{a0}0123\u{a0}4567\u{a0}89".into()
        )),
        "{f:?}"
    );
    assert!(f.contains(&("PHONE".into(), "06-12345678".into())), "{f:?}");
    assert!(
        f.contains(&("EMAIL".into(), "jan@voorbeeld.nl".into())),
        "{f:?}"
    );
    assert!(f.contains(&("PERSON".into(), "Sanne".into())), "{f:?}");
}

#[test]
fn empty_and_whitespace_only_text() {
    assert!(detector().detect("").findings.is_empty());
    assert!(detector().detect(" \r\n\t\u{a0}").findings.is_empty());
}

#[test]
fn very_long_line_keeps_offsets_right() {
    let filler = "é".repeat(500_000);
    let text = format!("{filler} BSN 111222333 {filler}");
    let f = detector().detect(&text).findings;
    assert_eq!(f.len(), 1);
    assert_eq!(&text[f[0].start..f[0].end], "111222333");
}

#[test]
fn huge_single_message_is_scanned_completely() {
    // 50 MB in release builds (CI), 5 MB in debug builds.
    let target = if cfg!(debug_assertions) {
        5 << 20
    } else {
        50 << 20
    };
    let block = "Onze klant meldt een storing in de kassa. Het ordernummer is 482913765 en de versie 4.12.0.218.\n";
    let mut text = String::with_capacity(target + 200);
    while text.len() < target {
        text.push_str(block);
    }
    text.push_str("Mijn IBAN is NL39RABO0300065264, geboren 12-03-1985.\n");
    let f = detector().detect(&text).findings;
    let labels: Vec<String> = f.iter().map(|x| x.label.to_string()).collect();
    assert_eq!(
        labels,
        vec!["IBAN", "DATE_OF_BIRTH"],
        "only the values at the very end"
    );
    assert_eq!(&text[f[0].start..f[0].end], "NL39RABO0300065264");
}

#[test]
fn long_texts_skip_the_gate_set_and_find_the_same() {
    // Short texts (< 16 KiB) pass the gate `RegexSet` first; long ones skip it. Both paths must
    // find the same: the corpus' messages alone, and each copy of them in one long text.
    let corpus = std::fs::read_to_string("corpus/messages.jsonl").unwrap();
    let texts: Vec<String> = corpus
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .filter(|t| t.chars().any(|c| c.is_ascii_digit()))
        .take(120)
        .collect();
    let d = detector();
    // Findings sort by start; a message's findings start at its offset in the long text.
    let separator = "\n\n---\n\n";
    let long: String = texts.iter().map(|t| format!("{t}{separator}")).collect();
    assert!(long.len() > 16 * 1024);
    let in_long = d.detect(&long).findings;
    let mut offset = 0;
    let mut expected = Vec::new();
    for t in &texts {
        for f in d.detect(t).findings {
            expected.push((f.start + offset, f.end + offset, f.label));
        }
        offset += t.len() + separator.len();
    }
    // Values repeated across messages are also propagated in the long text: every finding of
    // the messages alone must be there, at its offset.
    let long_spans: Vec<_> = in_long.iter().map(|f| (f.start, f.end, f.label)).collect();
    let missing: Vec<_> = expected
        .iter()
        .filter(|e| !long_spans.contains(e))
        .collect();
    assert!(
        missing.is_empty(),
        "{} of {} findings of the messages alone are missing from the long text: {:?}",
        missing.len(),
        expected.len(),
        &missing[..missing.len().min(5)]
    );
}
