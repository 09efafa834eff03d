//! Redaction of one raw message for the worker: the redacted bytes and the ticket to store.

use crate::detect::Scratch;
use crate::pipeline::Scrubber;
use crate::policy::Requester;
use crate::store::{Incoming, NewFinding, Prepared};

/// One message after redaction.
#[derive(Debug, Clone)]
pub struct Processed {
    /// The redacted message (without the worker's marker header).
    pub bytes: Vec<u8>,
    /// The message's Message-ID, if it has one.
    pub message_id: Option<String>,
    /// The ticket to store (channel `email`).
    pub ticket: Prepared,
}

/// What the worker needs from mail redaction. `fallback_id` (`<uidvalidity>:<uid>`) is the
/// source id when the message has no Message-ID. Errors name places, never values.
pub trait MailRedactor: Send + Sync + 'static {
    /// Redacts one raw RFC 5322 message.
    fn process(&self, raw: &[u8], fallback_id: &str) -> Result<Processed, String>;
}

/// The real redactor: MIME-preserving redaction with the configured rules and policy.
#[derive(Debug)]
pub struct MailScrubber {
    scrubber: Scrubber,
}

impl MailScrubber {
    /// Wraps a scrubber.
    pub fn new(scrubber: Scrubber) -> MailScrubber {
        MailScrubber { scrubber }
    }
}

fn header_end(raw: &[u8]) -> Option<(usize, usize)> {
    let crlf = memchr::memmem::find(raw, b"\r\n\r\n").map(|i| (i + 2, i + 4));
    let lf = memchr::memmem::find(raw, b"\n\n").map(|i| (i + 1, i + 2));
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(if a.0 < b.0 { a } else { b }),
        (a, b) => a.or(b),
    }
}

fn header_value(header: &str, name: &str) -> Option<String> {
    header.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.trim()
            .eq_ignore_ascii_case(name)
            .then(|| v.trim().to_string())
    })
}

impl MailRedactor for MailScrubber {
    fn process(&self, raw: &[u8], fallback_id: &str) -> Result<Processed, String> {
        // Interim: single-part UTF-8 text messages only, until the MIME library lands.
        let (hend, bstart) = header_end(raw).ok_or("no end of header")?;
        let header = std::str::from_utf8(&raw[..hend]).map_err(|_| "header is not UTF-8")?;
        if header_value(header, "Content-Type").is_some_and(|c| !c.starts_with("text/plain"))
            || header_value(header, "Content-Transfer-Encoding")
                .is_some_and(|c| !matches!(c.as_str(), "7bit" | "8bit"))
        {
            return Err("unsupported MIME structure".into());
        }
        let body = std::str::from_utf8(&raw[bstart..]).map_err(|_| "body is not UTF-8")?;
        let requester = Requester::default();
        let mut scratch = Scratch::default();
        let (text, lang, findings) = self.scrubber.redact_text(body, &requester, &mut scratch);
        let redacted = findings
            .iter()
            .filter(|(_, d)| d.action.removes_value())
            .count();
        let message_id = header_value(header, "Message-ID");
        let mut bytes = format!("X-PII-Scrubber: redacted={redacted}\r\n").into_bytes();
        bytes.extend_from_slice(&raw[..bstart]);
        bytes.extend_from_slice(text.as_bytes());
        let source_id = message_id
            .clone()
            .unwrap_or_else(|| fallback_id.to_string());
        let ticket = Prepared {
            incoming: Incoming {
                channel: "email".into(),
                thread_key: source_id.clone(),
                source_id,
                created_at: crate::store::now(),
                ..Incoming::default()
            },
            lang: lang.as_str().to_string(),
            body: text,
            findings: findings
                .into_iter()
                .map(|(f, decision)| NewFinding {
                    label: f.label,
                    rule: self.scrubber.detector.rule(f.rule).id.clone(),
                    start: f.start,
                    end: f.end,
                    decision,
                    value_hash: None,
                })
                .collect(),
        };
        Ok(Processed {
            bytes,
            message_id,
            ticket,
        })
    }
}
