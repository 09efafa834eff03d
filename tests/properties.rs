//! Property tests: spans are on char boundaries inside the text, redaction removes every
//! detected value, and redaction is idempotent.

use pii_scrubber::redact::{Method, Redactor};
use proptest::prelude::*;

use crate::detector;

/// Fragments with and without personal data (synthetic, checksum-valid), and awkward text.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("NL02ABNA0123456789".to_string()),
        Just("NL39 RABO 0300 0652 64".to_string()),
        Just("BSN 111222333".to_string()),
        Just("06-12345678".to_string()),
        Just("+31 (0)20 123 4567".to_string()),
        Just("jan.devries@voorbeeld.nl".to_string()),
        Just("4111 1111 1111 1111".to_string()),
        Just("Kerkstraat 12a, 1012 AB Amsterdam".to_string()),
        Just("Beste Sanne,".to_string()),
        Just("Met vriendelijke groet,\nPieter Jansen".to_string()),
        Just("geboren op 12-03-1985".to_string()),
        Just("IP 84.21.130.7".to_string()),
        Just("kenteken 1-KBB-12".to_string()),
        Just("👩‍💻🇳🇱".to_string()),
        Just("\u{a0}\r\n".to_string()),
        Just("[PERSON-1]".to_string()),
        "[a-zA-Zäöüéß0-9 .,:@+()/-]{0,40}",
    ]
}

fn message() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            fragment(),
            prop_oneof![Just(" "), Just("\n"), Just(". "), Just(", ")],
        ),
        0..12,
    )
    .prop_map(|parts| parts.into_iter().map(|(f, sep)| f + sep).collect())
}

fn redact_all(text: &str) -> String {
    let scan = detector().detect(text);
    let items: Vec<_> = scan
        .findings
        .iter()
        .map(|f| (*f, Method::Placeholder))
        .collect();
    Redactor::new().redact(text, &items).text
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_inside_the_text_on_char_boundaries(text in message()) {
        let scan = detector().detect(&text);
        let mut last_end = 0;
        for f in &scan.findings {
            prop_assert!(f.start < f.end && f.end <= text.len());
            prop_assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
            prop_assert!(f.start >= last_end, "sorted and non-overlapping");
            let value = &text[f.start..f.end];
            prop_assert_eq!(value.trim(), value, "no surrounding whitespace");
            last_end = f.end;
        }
    }

    #[test]
    fn redaction_removes_every_detected_value(text in message()) {
        let scan = detector().detect(&text);
        let redacted = redact_all(&text);
        for f in &scan.findings {
            let value = &text[f.start..f.end];
            if value.len() >= 6 {
                prop_assert!(!redacted.contains(value), "{:?} still in {:?}", value, redacted);
            }
        }
    }

    #[test]
    fn redaction_is_idempotent(text in message()) {
        let once = redact_all(&text);
        let twice = redact_all(&once);
        prop_assert_eq!(once, twice);
    }
}
