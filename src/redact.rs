//! Redaction: text + the findings to remove → redacted text and where the replacements are.
//!
//! Three methods: numbered placeholders (`[PERSON-1]`; the same value gets the same number
//! within a message), masks that keep the last four characters of IBANs and card numbers, and
//! keyed HMAC-SHA256 pseudonyms (`[EMAIL:3f2a9c1b5d]`, stable across messages for one key).
//! Redacting already redacted text changes nothing: the detector never reports a finding inside
//! a placeholder, and masks contain no detectable value.

use std::collections::HashMap;

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use crate::detect::org::{canonical_key, canonical_phone};
use crate::detect::Finding;
use crate::label::Label;

/// How a value is replaced.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Default,
    clap::ValueEnum,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Method {
    /// `[LABEL-n]`, numbered per message.
    #[default]
    Placeholder,
    /// `*` for every letter and digit; IBANs and cards keep their last 4.
    Mask,
    /// `[LABEL:hmac]`, a keyed pseudonym stable across messages.
    Pseudonym,
}

/// A replacement made in the redacted text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Replacement {
    /// Start byte offset in the redacted text.
    pub start: usize,
    /// End byte offset in the redacted text.
    pub end: usize,
    /// Index of the finding it replaced, in the slice given to [`Redactor::redact`].
    pub finding: usize,
}

/// The redacted text and its replacements (in text order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redacted {
    /// The text with the values replaced.
    pub text: String,
    /// Where each replacement is.
    pub replacements: Vec<Replacement>,
}

/// Replaces findings in text; holds the pseudonym key if any.
#[derive(Clone)]
pub struct Redactor {
    key: Option<Vec<u8>>,
}

impl std::fmt::Debug for Redactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Redactor")
            .field("has_key", &self.key.is_some())
            .finish()
    }
}

/// The value's identity for numbering and pseudonyms: written forms of one value are one value.
pub fn canonical_value(label: Label, value: &str) -> String {
    match label {
        Label::Phone => canonical_phone(value),
        Label::Person => value
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase(),
        _ => canonical_key(value),
    }
}

impl Redactor {
    /// A redactor without a pseudonym key (placeholders and masks only).
    pub fn new() -> Self {
        Redactor { key: None }
    }

    /// A redactor that can also make pseudonyms with `key`.
    pub fn with_key(key: impl Into<Vec<u8>>) -> Self {
        Redactor {
            key: Some(key.into()),
        }
    }

    /// Whether pseudonyms can be made.
    pub fn has_key(&self) -> bool {
        self.key.is_some()
    }

    /// A keyed pseudonym tag for a value (10 hex digits of HMAC-SHA256 over label and canonical
    /// value); none for health data and credentials.
    pub fn pseudonym(&self, label: Label, value: &str) -> Option<String> {
        // Few enough candidates (PINs, listed health terms) that a keyed hash could be reversed
        // by whoever holds the key: none is made.
        if label.is_special_category() {
            return None;
        }
        let key = self.key.as_ref()?;
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key).ok()?;
        mac.update(label.as_str().as_bytes());
        mac.update(&[0]);
        mac.update(canonical_value(label, value).as_bytes());
        let digest = mac.finalize().into_bytes();
        Some(digest.iter().take(5).map(|b| format!("{b:02x}")).collect())
    }

    /// Replaces each `(finding, method)` in `text`. Findings must not overlap. A pseudonym
    /// without a key falls back to a placeholder.
    pub fn redact(&self, text: &str, items: &[(Finding, Method)]) -> Redacted {
        self.redact_numbered(text, items, &mut Numbering::default())
    }

    /// As [`Redactor::redact`], numbering placeholders with `numbering`: the texts of one
    /// message (its subject and MIME parts) share it, so one value has one number throughout.
    pub fn redact_numbered(
        &self,
        text: &str,
        items: &[(Finding, Method)],
        numbering: &mut Numbering,
    ) -> Redacted {
        let mut order: Vec<usize> = (0..items.len()).collect();
        order.sort_by_key(|&i| items[i].0.start);
        let mut out = String::with_capacity(text.len());
        let mut replacements = Vec::with_capacity(items.len());
        numbering.skip_existing(text);
        let Numbering {
            numbers,
            last: next_number,
        } = numbering;
        let mut pos = 0;
        for i in order {
            let (f, method) = items[i];
            if f.start < pos || f.end > text.len() {
                continue; // overlapping or out of range: leave as is
            }
            out.push_str(&text[pos..f.start]);
            let value = &text[f.start..f.end];
            let start = out.len();
            // A secret or a health term keeps nothing of itself: neither a masked rest (a
            // password's length and symbols) nor a keyed tag (a 4-digit PIN is one of 10^4).
            let method = if f.label.is_special_category() {
                Method::Placeholder
            } else {
                method
            };
            match method {
                Method::Mask => mask_into(&mut out, f.label, value),
                Method::Pseudonym if self.key.is_some() => {
                    let tag = self.pseudonym(f.label, value).unwrap_or_default();
                    out.push('[');
                    out.push_str(f.label.as_str());
                    out.push(':');
                    out.push_str(&tag);
                    out.push(']');
                }
                Method::Placeholder | Method::Pseudonym => {
                    let key = (f.label, canonical_value(f.label, value));
                    let n = *numbers.entry(key).or_insert_with(|| {
                        next_number[f.label.index()] += 1;
                        next_number[f.label.index()]
                    });
                    out.push('[');
                    out.push_str(f.label.as_str());
                    out.push('-');
                    out.push_str(&n.to_string());
                    out.push(']');
                }
            }
            replacements.push(Replacement {
                start,
                end: out.len(),
                finding: i,
            });
            pos = f.end;
        }
        out.push_str(&text[pos..]);
        Redacted {
            text: out,
            replacements,
        }
    }
}

impl Default for Redactor {
    fn default() -> Self {
        Self::new()
    }
}

/// Placeholder numbers given so far, per label and value: one value gets one number, new
/// values the next free one.
#[derive(Debug, Clone, Default)]
pub struct Numbering {
    numbers: HashMap<(Label, String), usize>,
    /// The highest number used per label.
    last: [usize; Label::ALL.len()],
}

impl Numbering {
    /// Skips the numbers of placeholders already in `text`, so that a partly redacted text
    /// never gets a number twice.
    fn skip_existing(&mut self, text: &str) {
        for (last, existing) in self.last.iter_mut().zip(existing_numbers(text)) {
            *last = (*last).max(existing);
        }
    }
}

/// The highest placeholder number per label already in `text` (`[IBAN-2]` → 2), so that new
/// placeholders in a partly redacted text never reuse a number.
fn existing_numbers(text: &str) -> [usize; Label::ALL.len()] {
    let mut max = [0usize; Label::ALL.len()];
    if memchr::memchr(b'[', text.as_bytes()).is_none() {
        return max;
    }
    for part in text.split('[').skip(1) {
        let Some((inside, _)) = part.split_once(']') else {
            continue;
        };
        let Some((label, n)) = inside.rsplit_once('-') else {
            continue;
        };
        if let (Ok(label), Ok(n)) = (label.parse::<Label>(), n.parse::<usize>()) {
            max[label.index()] = max[label.index()].max(n);
        }
    }
    max
}

/// `*` for each letter/digit; IBANs and cards keep their last four letters/digits.
fn mask_into(out: &mut String, label: Label, value: &str) {
    let keep_last = if matches!(label, Label::Iban | Label::CreditCard) {
        4
    } else {
        0
    };
    let total = value.chars().filter(|c| c.is_alphanumeric()).count();
    let mut seen = 0;
    for c in value.chars() {
        if c.is_alphanumeric() {
            seen += 1;
            out.push(if seen > total.saturating_sub(keep_last) {
                c
            } else {
                '*'
            });
        } else {
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::RuleId;

    fn f(start: usize, end: usize, label: Label) -> Finding {
        Finding {
            start,
            end,
            label,
            rule: RuleId(0),
            score: 1.0,
        }
    }

    #[test]
    fn placeholders_are_numbered_per_value() {
        let text = "Jan en Piet en jan";
        let items = [
            (f(0, 3, Label::Person), Method::Placeholder),
            (f(7, 11, Label::Person), Method::Placeholder),
            (f(15, 18, Label::Person), Method::Placeholder),
        ];
        let r = Redactor::new().redact(text, &items);
        assert_eq!(r.text, "[PERSON-1] en [PERSON-2] en [PERSON-1]");
        assert_eq!(r.replacements.len(), 3);
        assert_eq!(
            &r.text[r.replacements[1].start..r.replacements[1].end],
            "[PERSON-2]"
        );
    }

    #[test]
    fn numbering_continues_after_existing_placeholders() {
        let text = "[IBAN-1] en NL02ABNA0123456789";
        let r = Redactor::new().redact(text, &[(f(12, 30, Label::Iban), Method::Placeholder)]);
        assert_eq!(r.text, "[IBAN-1] en [IBAN-2]");
    }

    #[test]
    fn masks_keep_last_four_of_iban() {
        let text = "IBAN NL91 ABNA 0417 1643 00 ok";
        let r = Redactor::new().redact(text, &[(f(5, 27, Label::Iban), Method::Mask)]);
        assert_eq!(r.text, "IBAN **** **** **** **43 00 ok");
    }

    #[test]
    fn pseudonyms_are_keyed_and_stable() {
        let a = Redactor::with_key(b"k1".to_vec());
        let b = Redactor::with_key(b"k2".to_vec());
        assert_eq!(
            a.pseudonym(Label::Email, "x@y.nl"),
            a.pseudonym(Label::Email, "X@Y.NL")
        );
        assert_ne!(
            a.pseudonym(Label::Email, "x@y.nl"),
            b.pseudonym(Label::Email, "x@y.nl")
        );
        assert_eq!(a.pseudonym(Label::Email, "x@y.nl").unwrap().len(), 10);
        assert!(Redactor::new().pseudonym(Label::Email, "x@y.nl").is_none());
    }

    #[test]
    fn secrets_and_health_terms_keep_nothing_of_themselves() {
        let keyed = Redactor::with_key(b"k1".to_vec());
        let text = "PIN 7305 en diabetes";
        for method in [Method::Mask, Method::Pseudonym, Method::Placeholder] {
            let r = keyed.redact(
                text,
                &[
                    (f(4, 8, Label::Credential), method),
                    (f(12, 20, Label::Health), method),
                ],
            );
            assert_eq!(r.text, "PIN [CREDENTIAL-1] en [HEALTH-1]", "{method:?}");
        }
        assert!(keyed.pseudonym(Label::Credential, "7305").is_none());
        assert!(keyed.pseudonym(Label::Health, "diabetes").is_none());
    }
}
