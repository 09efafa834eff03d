//! JSONL records: the input shape `{"id": …, "text": "…", …}` and the output lines of `scan`
//! and `redact`.

use std::collections::HashSet;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::label::Label;

/// One input record. Unknown fields are kept verbatim and written back out.
#[derive(Debug)]
pub struct InputRecord {
    /// The record's id as written (string or number); `None` if absent.
    pub id: Option<Box<RawValue>>,
    /// The message text.
    pub text: String,
    /// Gold spans (eval corpora), raw.
    pub spans: Option<Box<RawValue>>,
    /// Other fields, in input order.
    pub extra: Vec<(String, Box<RawValue>)>,
}

impl<'de> Deserialize<'de> for InputRecord {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = InputRecord;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object with a \"text\" string")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<InputRecord, A::Error> {
                let mut id = None;
                let mut text = None;
                let mut spans = None;
                let mut extra: Vec<(String, Box<RawValue>)> = Vec::new();
                // The keys of a record with many fields, for the duplicate check.
                let mut many_keys: Option<HashSet<String>> = None;
                // A key given twice is ambiguous: another reader of the same line may take the
                // other value (scan the second text, show the first). Only the record's own keys
                // are named: another key could be a value (a record keyed by e-mail address).
                let twice =
                    |name: &str| de::Error::custom(format!("field \"{name}\" appears twice"));
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    match key.as_ref() {
                        "id" if id.is_some() => return Err(twice("id")),
                        "text" if text.is_some() => return Err(twice("text")),
                        "spans" if spans.is_some() => return Err(twice("spans")),
                        "id" => id = Some(map.next_value::<Box<RawValue>>()?),
                        "text" => {
                            // A value of another type gets a message that names the field;
                            // a broken string (an invalid escape) keeps the parser's own.
                            let t: String = map.next_value().map_err(|e: A::Error| {
                                if e.to_string().starts_with("invalid type") {
                                    de::Error::custom("field \"text\" must be a string")
                                } else {
                                    e
                                }
                            })?;
                            text = Some(t);
                        }
                        "spans" => spans = Some(map.next_value::<Box<RawValue>>()?),
                        k => {
                            let seen = if extra.len() < 16 {
                                extra.iter().any(|(e, _)| e == k)
                            } else {
                                let keys = many_keys.get_or_insert_with(|| {
                                    extra.iter().map(|(e, _)| e.clone()).collect()
                                });
                                !keys.insert(k.to_string())
                            };
                            if seen {
                                return Err(de::Error::custom(
                                    "a field appears twice (its name is not shown)",
                                ));
                            }
                            extra.push((key.into_owned(), map.next_value::<Box<RawValue>>()?));
                        }
                    }
                }
                let text = text.ok_or_else(|| de::Error::custom("missing field \"text\""))?;
                Ok(InputRecord {
                    id,
                    text,
                    spans,
                    extra,
                })
            }
        }
        d.deserialize_map(V)
    }
}

/// Parses one JSONL line. The error names the problem and the column, never a value.
pub fn parse_record(line: &str) -> Result<InputRecord, String> {
    // The byte-order mark Windows tools write at a file's start is not part of the record.
    let line = line.strip_prefix('\u{feff}').unwrap_or(line);
    serde_json::from_str(line).map_err(|e| {
        let msg = without_values(&e.to_string());
        // serde_json appends " at line 1 column N": keep the column, the line is ours.
        match msg.rsplit_once(" at line 1 column ") {
            // serde_json says column 0 when the error is about the whole value (`[1,2]`).
            Some((m, "0")) => m.to_string(),
            Some((m, col)) => format!("{m} (column {col})"),
            None => msg,
        }
    })
}

/// serde's type errors quote the offending value (`invalid type: string "Mijn BSN is …"`,
/// ``invalid type: integer `111222333` ``): the value is cut out, the kinds stay.
fn without_values(msg: &str) -> String {
    if !(msg.starts_with("invalid type") || msg.starts_with("invalid value")) {
        return msg.to_string();
    }
    // Only the part before ", expected" can hold the value; what is expected may be quoted
    // (`a JSON object with a "text" string`).
    let value_part = msg.find(", expected").unwrap_or(msg.len());
    let Some(cut) = msg[..value_part].find(['"', '`']) else {
        return msg.to_string();
    };
    let rest = &msg[cut..];
    let tail = rest.find(", expected").map_or_else(
        || rest.find(" at line ").map_or("", |i| &rest[i..]),
        |i| &rest[i..],
    );
    format!("{}(value not shown){tail}", &msg[..cut])
}

/// A finding as written in JSONL output.
#[derive(Debug, Serialize)]
pub struct FindingOut<'a> {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// Label.
    pub label: Label,
    /// Rule id.
    pub rule: &'a str,
    /// Score, rounded to 2 decimals.
    pub score: f64,
    /// Policy action.
    pub action: &'a str,
    /// One-sentence reason.
    pub reason: &'a str,
}

/// Appends `text` as a JSON string, escaped exactly as serde_json does.
pub fn write_json_str(out: &mut String, text: &str) {
    out.push('"');
    let mut from = 0;
    for (i, b) in text.bytes().enumerate() {
        let esc: &str = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&text[from..i]);
        if esc.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        } else {
            out.push_str(esc);
        }
        from = i + 1;
    }
    out.push_str(&text[from..]);
    out.push('"');
}

/// Appends findings as a JSON array, the same bytes serde_json writes for `&[FindingOut]`.
pub fn write_findings(out: &mut String, findings: &[FindingOut<'_>]) {
    use std::fmt::Write;
    out.push('[');
    for (i, f) in findings.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        // `{:?}` of an f64 is its shortest round-trip form with a `.0` on whole numbers, as
        // serde_json writes scores in 0..=1.
        let _ = write!(
            out,
            "{{\"start\":{},\"end\":{},\"label\":\"{}\",\"rule\":",
            f.start,
            f.end,
            f.label.as_str()
        );
        write_json_str(out, f.rule);
        let _ = write!(out, ",\"score\":{:?},\"action\":", f.score);
        write_json_str(out, f.action);
        out.push_str(",\"reason\":");
        write_json_str(out, f.reason);
        out.push('}');
    }
    out.push(']');
}

/// Rounds a score for output.
pub fn round_score(s: f32) -> f64 {
    (f64::from(s) * 100.0).round() / 100.0
}

/// Writes `{"id":…,` (the id, or the line number if the record has none) into `out`.
pub fn write_head(out: &mut String, id: Option<&RawValue>, line: usize) {
    out.push_str("{\"id\":");
    match id {
        Some(raw) => out.push_str(raw.get()),
        None => out.push_str(&line.to_string()),
    }
}

/// Appends the record's extra fields as `,"k":v` pairs.
pub fn write_extra(out: &mut String, extra: &[(String, Box<RawValue>)]) {
    for (k, v) in extra {
        if matches!(k.as_str(), "lang" | "findings") {
            continue;
        }
        out.push(',');
        out.push_str(&serde_json::to_string(k).unwrap_or_default());
        out.push(':');
        out.push_str(v.get());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_unknown_fields_and_requires_text() {
        let r = parse_record(r#"{"id":"a1","channel":"mail","text":"hoi","n":[1,2]}"#).unwrap();
        assert_eq!(r.id.unwrap().get(), "\"a1\"");
        assert_eq!(r.text, "hoi");
        assert_eq!(r.extra.len(), 2);
        let e = parse_record(r#"{"id":"a1"}"#).unwrap_err();
        assert!(e.contains("missing field \"text\""), "{e}");
        let e = parse_record(r#"{"id":"a1","text":5}"#).unwrap_err();
        assert!(e.contains("must be a string"), "{e}");
        // A broken string is not a value of the wrong type.
        let e = parse_record(r#"{"id":1,"text":"bad \q escape"}"#).unwrap_err();
        assert!(e.starts_with("invalid escape (column "), "{e}");
        assert!(parse_record("{not json").is_err());
        // What is expected is quoted in the message; it is no value to hide.
        let e = parse_record("[1,2]").unwrap_err();
        assert_eq!(
            e,
            "invalid type: sequence, expected a JSON object with a \"text\" string"
        );
        let r = parse_record("\u{feff}{\"id\":1,\"text\":\"hoi\"}").unwrap();
        assert_eq!(
            r.text, "hoi",
            "a byte-order mark before the first record is skipped"
        );
    }

    #[test]
    fn a_key_given_twice_is_refused_and_only_the_records_own_keys_are_named() {
        let cases = [
            (r#"{"text":"a","text":"b"}"#, "field \"text\" appears twice"),
            (
                r#"{"id":1,"text":"a","id":2}"#,
                "field \"id\" appears twice",
            ),
            (
                r#"{"spans":[],"text":"a","spans":[]}"#,
                "field \"spans\" appears twice",
            ),
            (
                r#"{"text":"a","name":"x","name":"y"}"#,
                "a field appears twice (its name is not shown)",
            ),
            (
                r#"{"text":"a","jan@example.nl":1,"jan@example.nl":2}"#,
                "a field appears twice (its name is not shown)",
            ),
        ];
        for (line, want) in cases {
            let e = parse_record(line).unwrap_err();
            assert!(e.starts_with(want), "{line}: {e}");
            assert!(!e.contains("jan@"), "{e}");
        }
        // Past 16 fields the check uses a set, with the same result.
        let many: Vec<String> = (0..40).map(|i| format!("\"f{i}\":{i}")).collect();
        let line = format!("{{\"text\":\"a\",{},\"f3\":0}}", many.join(","));
        let e = parse_record(&line).unwrap_err();
        assert!(e.starts_with("a field appears twice"), "{e}");
        let line = format!("{{\"text\":\"a\",{}}}", many.join(","));
        assert_eq!(parse_record(&line).unwrap().extra.len(), 40);
        // The same key in a nested value is no duplicate of the record's.
        let r = parse_record(r#"{"text":"a","meta":{"text":"b"}}"#).unwrap();
        assert_eq!(r.text, "a");
    }

    #[test]
    fn findings_are_written_as_serde_json_writes_them() {
        let reasons = ["plain", "quote \" back\\slash\n\t\r\u{1}\u{8}\u{c} é 😤"];
        for (i, reason) in reasons.iter().enumerate() {
            let out: Vec<FindingOut> = [0.0, 0.6, 0.98, 1.0, 0.85]
                .iter()
                .map(|&score| FindingOut {
                    start: i,
                    end: 12345,
                    label: Label::Iban,
                    rule: "common.iban",
                    score,
                    action: "redact",
                    reason,
                })
                .collect();
            let mut s = String::new();
            write_findings(&mut s, &out);
            assert_eq!(s, serde_json::to_string(&out).unwrap());
        }
        let mut s = String::new();
        write_findings(&mut s, &[]);
        assert_eq!(s, "[]");
    }
}
