//! Redaction of one raw message for the worker: the redacted bytes and the ticket to store.

use crate::pipeline::Scrubber;
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
    scrubber: std::sync::Arc<Scrubber>,
}

impl MailScrubber {
    /// Wraps a scrubber (shared with the worker's other sources, or its own).
    pub fn new(scrubber: impl Into<std::sync::Arc<Scrubber>>) -> MailScrubber {
        MailScrubber {
            scrubber: scrubber.into(),
        }
    }
}

/// Thread fields of a message: (Message-ID's parent, thread root, Date as unix seconds).
fn thread_fields(raw: &[u8]) -> (Option<String>, Option<String>, Option<i64>) {
    let Some(m) = mail_parser::MessageParser::default().parse_headers(raw) else {
        return (None, None, None);
    };
    let parent = m.in_reply_to().as_text().map(str::to_string);
    let root = m
        .references()
        .as_text_list()
        .and_then(|l| l.first())
        .map(|r| r.to_string())
        .or_else(|| parent.clone());
    (parent, root, m.date().map(|d| d.to_timestamp()))
}

impl MailRedactor for MailScrubber {
    fn process(&self, raw: &[u8], fallback_id: &str) -> Result<Processed, String> {
        let r = crate::mail::redact_message(raw, &self.scrubber).map_err(|e| e.to_string())?;
        let (in_reply_to, root, date) = thread_fields(raw);
        let source_id = r
            .message_id
            .clone()
            .unwrap_or_else(|| fallback_id.to_string());
        let lang = self
            .scrubber
            .detector
            .language_detector()
            .detect(&r.body_text);
        let findings = r
            .findings
            .into_iter()
            .map(|b| NewFinding {
                label: b.finding.label,
                rule: self.scrubber.detector.rule(b.finding.rule).id.clone(),
                start: b.finding.start,
                end: b.finding.end,
                decision: b.decision,
                value_hash: b.value_hash,
            })
            .collect();
        let ticket = Prepared {
            incoming: Incoming {
                channel: "email".into(),
                thread_key: root.unwrap_or_else(|| source_id.clone()),
                source_id,
                in_reply_to,
                requester_name: r.requester.name.clone(),
                requester_email: r.requester.email.clone(),
                requester_phone: r.requester.phone.clone(),
                requester_handle: None,
                subject: r.subject,
                created_at: date.filter(|&d| d > 0).unwrap_or_else(crate::store::now),
            },
            lang: lang.as_str().to_string(),
            body: r.body_text,
            findings,
        };
        Ok(Processed {
            bytes: r.bytes,
            message_id: r.message_id,
            ticket,
        })
    }
}
