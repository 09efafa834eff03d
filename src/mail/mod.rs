//! MIME-preserving redaction of a raw RFC 5322 message.
//!
//! The message is parsed with mail-parser, which keeps every part's byte offsets. Each text
//! part (text/plain and text/html at any depth, inside multiparts and attached messages) is
//! decoded — transfer encoding, then charset — with a map from every decoded byte back to the
//! raw bytes it came from (`encode`). Detection and policy run on the decoded text (for HTML
//! on the visible text and link/attribute values, `html`); each value to remove becomes an
//! edit of exactly its raw bytes, re-encoded in the part's own transfer encoding and charset.
//! Edits are spliced back in descending offset order, so structure, boundaries, unrelated
//! headers and attachments stay byte-for-byte as they were. Subject and third parties'
//! addresses are redacted too (`header`); the requester's own From stays (needed to reply).
//! Finally an `X-PII-Scrubber: redacted=N; rules=<hash>` header is prepended, and the result is
//! re-parsed: if its part tree differs from the original's, the message is refused.

mod encode;
mod header;
mod html;

use std::borrow::Cow;

use mail_parser::{
    Address, Encoding, HeaderValue, Message, MessageParser, MessagePart, MimeHeaders, PartType,
};

use crate::detect::{Finding, RuleId, Scratch};
use crate::label::Label;
use crate::pipeline::Scrubber;
use crate::policy::{Decision, Intents, Requester};
use crate::redact::Numbering;
use encode::{line_ending, source_range, Charset, Src};

/// A message after redaction.
#[derive(Debug, Clone)]
pub struct RedactedMail {
    /// The redacted message: every byte outside redacted values identical, plus an
    /// `X-PII-Scrubber` header at the top.
    pub bytes: Vec<u8>,
    /// Number of values replaced (body parts and headers).
    pub redacted: usize,
    /// The Message-ID (without angle brackets), if any.
    pub message_id: Option<String>,
    /// The redacted subject.
    pub subject: Option<String>,
    /// The requester: the From display name and address (their own data is kept).
    pub requester: Requester,
    /// Redacted text of the main text part (text/plain, else the text of the HTML part).
    pub body_text: String,
    /// Findings of the main text part with their decisions; offsets into `body_text`.
    pub findings: Vec<BodyFinding>,
}

/// A finding of the main text part, as the store keeps it.
#[derive(Debug, Clone)]
pub struct BodyFinding {
    /// Where in `body_text` (after redaction), label and rule.
    pub finding: Finding,
    /// Kept or redacted, and why.
    pub decision: Decision,
    /// Keyed hash of the value (for linking), taken before redaction; `None` without a key.
    pub value_hash: Option<String>,
}

/// Why a message could not be redacted. Messages name the place (part path, header name),
/// never a value.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// No header fields: not an e-mail message.
    #[error("not an e-mail message: no header fields found")]
    NotAMessage,
    /// A text part's body cannot be decoded, so it cannot be checked.
    #[error("part {part}: {encoding} body of a text part cannot be decoded")]
    Undecodable {
        /// Part path (`1.2` = second child of the first child; `:` enters an attached message).
        part: String,
        /// The transfer encoding.
        encoding: &'static str,
    },
    /// Part offsets outside the message (a parser inconsistency).
    #[error("part {part}: body offsets lie outside the message")]
    BadOffsets {
        /// Part path.
        part: String,
    },
    /// Attached messages nested deeper than the limit.
    #[error("part {part}: attached messages nested deeper than {MAX_DEPTH}")]
    TooDeep {
        /// Part path.
        part: String,
    },
    /// The redacted message does not re-parse to the same part tree.
    #[error("the redacted message no longer parses to the same part tree (at part {part})")]
    Structure {
        /// First part whose type differs.
        part: String,
    },
}

/// Depth limit for attached messages (mail-parser stops at a similar depth).
const MAX_DEPTH: usize = 8;

/// One replacement of raw bytes.
#[derive(Debug, Clone)]
struct Edit {
    start: usize,
    end: usize,
    bytes: Vec<u8>,
}

/// Applies non-overlapping edits (any order) to `raw`.
fn apply_edits(raw: &[u8], mut edits: Vec<Edit>) -> Vec<u8> {
    edits.sort_by_key(|e| (e.start, e.end));
    let grow: usize = edits.iter().map(|e| e.bytes.len()).sum();
    let mut out = Vec::with_capacity(raw.len() + grow);
    let mut pos = 0;
    for e in edits {
        if e.start < pos || e.end > raw.len() || e.start > e.end {
            continue; // overlaps an earlier edit: never produced, skipped for safety
        }
        out.extend_from_slice(&raw[pos..e.start]);
        out.extend_from_slice(&e.bytes);
        pos = e.end;
    }
    out.extend_from_slice(&raw[pos..]);
    out
}

/// Redacts a raw message with `scrubber` (see the module documentation).
pub fn redact_message(raw: &[u8], scrubber: &Scrubber) -> Result<RedactedMail, MailError> {
    // An mbox `From ` envelope line (procmail hands it over) is kept in front.
    let base = if raw.starts_with(b"From ") {
        memchr::memchr(b'\n', raw).map_or(raw.len(), |i| i + 1)
    } else {
        0
    };
    let body = &raw[base..];
    if !starts_with_field(body) {
        return Err(MailError::NotAMessage);
    }
    let message = MessageParser::default()
        .parse(body)
        .filter(|m| m.parts.first().is_some_and(|p| !p.headers.is_empty()))
        .ok_or(MailError::NotAMessage)?;
    let requester = message
        .from()
        .and_then(|a| a.first())
        .map(|a| Requester {
            name: a.name().map(str::to_string),
            email: a.address().map(str::to_string),
            phone: None,
        })
        .unwrap_or_default();
    let find_rule = |label: Label| {
        scrubber
            .detector
            .rules()
            .iter()
            .position(|r| r.label == label)
            .map(|i| RuleId(i as u16))
    };
    let mut ctx = Ctx {
        scrubber,
        requester,
        scratch: Scratch::default(),
        numbering: Numbering::default(),
        redacted: 0,
        main: None,
        email_rule: find_rule(Label::Email),
        person_rule: find_rule(Label::Person),
        subject: message.subject().map(str::to_string),
    };
    let main_part = message.text_body.first().copied();
    let mut edits = Vec::new();
    ctx.message(&message, body, "", 0, main_part, &mut edits)?;
    let redacted_body = apply_edits(body, edits);

    let after = MessageParser::default()
        .parse(&redacted_body)
        .ok_or(MailError::Structure {
            part: "root".into(),
        })?;
    compare_trees(&message, &after)?;
    let subject = after.subject().map(str::to_string);
    let message_id = message.message_id().map(str::to_string);

    let eol = line_ending(body);
    let mut bytes = Vec::with_capacity(raw.len() + redacted_body.len() - body.len() + 80);
    bytes.extend_from_slice(&raw[..base]);
    bytes.extend_from_slice(
        format!(
            "X-PII-Scrubber: redacted={}; rules={}",
            ctx.redacted,
            scrubber.detector.version()
        )
        .as_bytes(),
    );
    bytes.extend_from_slice(eol);
    bytes.extend_from_slice(&redacted_body);
    let (body_text, findings) = ctx.main.take().unwrap_or_default();
    Ok(RedactedMail {
        bytes,
        redacted: ctx.redacted,
        message_id,
        subject,
        requester: ctx.requester,
        body_text,
        findings,
    })
}

/// Whether `raw` starts with a header field (`Name:`; field names are printable ASCII
/// without blanks).
fn starts_with_field(raw: &[u8]) -> bool {
    let name_len = raw
        .iter()
        .take_while(|&&b| (33..=126).contains(&b) && b != b':')
        .count();
    name_len > 0 && raw.get(name_len) == Some(&b':')
}

/// The parts of a message in document order with their paths (`root`, `1`, `2.1` …, after
/// `prefix`), each once: iterative, and a malformed message's part list may point back at a
/// part already seen. Attached messages are not entered.
fn parts_in_order(message: &Message<'_>, prefix: &str) -> Vec<(usize, String)> {
    let mut out = Vec::with_capacity(message.parts.len());
    let mut stack = vec![(0usize, format!("{prefix}root"))];
    let mut seen = vec![false; message.parts.len()];
    while let Some((id, path)) = stack.pop() {
        if id >= message.parts.len() || std::mem::replace(&mut seen[id], true) {
            continue;
        }
        if let PartType::Multipart(children) = &message.parts[id].body {
            for (k, &c) in children.iter().enumerate().rev() {
                stack.push((c as usize, child_path(&path, k + 1)));
            }
        }
        out.push((id, path));
    }
    out
}

/// The part tree of a message as comparable lines (path, type and kind), nested messages
/// included.
fn tree(message: &Message<'_>, out: &mut Vec<(String, String)>, prefix: &str, depth: usize) {
    for (id, path) in parts_in_order(message, prefix) {
        let part = &message.parts[id];
        let ct = part
            .content_type()
            .map(|c| {
                format!(
                    "{}/{}",
                    c.ctype().to_ascii_lowercase(),
                    c.subtype().unwrap_or("").to_ascii_lowercase()
                )
            })
            .unwrap_or_default();
        let kind = match &part.body {
            PartType::Text(_) => "text",
            PartType::Html(_) => "html",
            PartType::Binary(_) | PartType::InlineBinary(_) => "binary",
            PartType::Message(_) => "message",
            PartType::Multipart(_) => "multipart",
        };
        out.push((path.clone(), format!("{ct} {kind}")));
        if let PartType::Message(inner) = &part.body {
            if depth < MAX_DEPTH {
                tree(inner, out, &format!("{path}:"), depth + 1);
            }
        }
    }
}

fn child_path(path: &str, n: usize) -> String {
    match path.strip_suffix("root") {
        Some(p) => format!("{p}{n}"),
        None => format!("{path}.{n}"),
    }
}

/// Errors unless both messages have the same part tree.
fn compare_trees(before: &Message<'_>, after: &Message<'_>) -> Result<(), MailError> {
    let (mut a, mut b) = (Vec::new(), Vec::new());
    tree(before, &mut a, "", 0);
    tree(after, &mut b, "", 0);
    for i in 0..a.len().max(b.len()) {
        if a.get(i) != b.get(i) {
            let part = a
                .get(i)
                .or(b.get(i))
                .map(|p| p.0.clone())
                .unwrap_or_default();
            return Err(MailError::Structure { part });
        }
    }
    Ok(())
}

/// The findings inside the first `visible_len` bytes (the part's text without what follows it
/// in the same buffer), with their value hashes.
fn body_findings(
    decided: Vec<(Finding, Decision)>,
    hashes: Vec<Option<String>>,
    visible_len: usize,
) -> Vec<BodyFinding> {
    decided
        .into_iter()
        .zip(hashes)
        .filter(|((f, _), _)| f.end <= visible_len)
        .map(|((finding, decision), value_hash)| BodyFinding {
            finding,
            decision,
            value_hash,
        })
        .collect()
}

/// State of one redaction run.
struct Ctx<'a> {
    scrubber: &'a Scrubber,
    requester: Requester,
    scratch: Scratch,
    /// Placeholder numbers of the whole message: a value has one number in every part.
    numbering: Numbering,
    redacted: usize,
    /// Body text and findings of the main text part, once seen.
    main: Option<(String, Vec<BodyFinding>)>,
    email_rule: Option<RuleId>,
    person_rule: Option<RuleId>,
    /// The (decoded) subject: its intent words count for every part (`Subject: Terugbetaling`).
    subject: Option<String>,
}

/// A text with the values to replace: (start, end, replacement) in text offsets.
type Replacements = Vec<(usize, usize, String)>;

impl Ctx<'_> {
    /// Redacts one message (top-level or attached), adding edits of `raw` (the bytes its
    /// offsets refer to).
    fn message(
        &mut self,
        message: &Message<'_>,
        raw: &[u8],
        prefix: &str,
        depth: usize,
        main_part: Option<u32>,
        edits: &mut Vec<Edit>,
    ) -> Result<(), MailError> {
        if let Some(root) = message.parts.first() {
            self.headers(root, raw, depth > 0, edits);
        }
        for (id, path) in parts_in_order(message, prefix) {
            let part = &message.parts[id];
            match &part.body {
                PartType::Text(_) | PartType::Html(_) if is_redactable(part) => {
                    let is_main = main_part == Some(id as u32) && depth == 0;
                    let html = matches!(part.body, PartType::Html(_));
                    edits.extend(self.leaf(part, raw, &path, html, is_main)?);
                }
                // A multipart without a boundary: its body is read as plain text.
                PartType::Binary(_) | PartType::InlineBinary(_) if is_boundaryless(part) => {
                    edits.extend(self.leaf(part, raw, &path, false, false)?);
                }
                PartType::Message(inner) => {
                    if depth + 1 >= MAX_DEPTH {
                        return Err(MailError::TooDeep { part: path });
                    }
                    self.attached(part, inner, raw, &path, depth, edits)?;
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// An attached message/rfc822: in place when not transfer-encoded, else decoded,
    /// redacted as a message of its own and re-encoded.
    fn attached(
        &mut self,
        part: &MessagePart<'_>,
        inner: &Message<'_>,
        raw: &[u8],
        path: &str,
        depth: usize,
        edits: &mut Vec<Edit>,
    ) -> Result<(), MailError> {
        let prefix = format!("{path}:");
        if part.encoding == Encoding::None {
            return self.message(inner, raw, &prefix, depth + 1, None, edits);
        }
        let (start, end) = (part.offset_body as usize, part.offset_end as usize);
        let body = raw
            .get(start..end)
            .ok_or_else(|| MailError::BadOffsets { part: path.into() })?;
        let decoded = &inner.raw_message;
        let mut inner_edits = Vec::new();
        self.message(inner, decoded, &prefix, depth + 1, None, &mut inner_edits)?;
        if inner_edits.is_empty() {
            return Ok(());
        }
        let new = apply_edits(decoded, inner_edits);
        let bytes = match part.encoding {
            Encoding::Base64 => encode::base64_encode_like(&new, body),
            _ => encode::qp_encode_body(&new, line_ending(body)),
        };
        edits.push(Edit { start, end, bytes });
        Ok(())
    }

    /// Redacts one text leaf; returns its edits.
    fn leaf(
        &mut self,
        part: &MessagePart<'_>,
        raw: &[u8],
        path: &str,
        is_html: bool,
        is_main: bool,
    ) -> Result<Vec<Edit>, MailError> {
        let (start, end) = (part.offset_body as usize, part.offset_end as usize);
        let body = raw
            .get(start..end)
            .ok_or_else(|| MailError::BadOffsets { part: path.into() })?;
        let declared_base64 = part
            .content_transfer_encoding()
            .is_some_and(|c| c.trim().eq_ignore_ascii_case("base64"));
        if part.is_encoding_problem && declared_base64 {
            return Err(MailError::Undecodable {
                part: path.into(),
                encoding: "base64",
            });
        }
        let (bytes, qmap): (Cow<'_, [u8]>, Option<Vec<Src>>) = match part.encoding {
            Encoding::None => (Cow::Borrowed(body), None),
            Encoding::QuotedPrintable => {
                let (b, m) = encode::qp_decode(body);
                (Cow::Owned(b), Some(m))
            }
            Encoding::Base64 => match encode::base64_decode(body) {
                Some(b) => (Cow::Owned(b), None),
                None => {
                    return Err(MailError::Undecodable {
                        part: path.into(),
                        encoding: "base64",
                    })
                }
            },
        };
        let declared = part.content_type().and_then(|c| c.attribute("charset"));
        let charset = Charset::sniff(declared, &bytes);
        let (text, tmap) = charset.decode_mapped(&bytes);
        let extracted = is_html.then(|| html::extract(&text));
        let (det, visible_len) = match &extracted {
            Some(h) => (h.text.as_str(), h.visible_len),
            None => (text.as_str(), text.len()),
        };
        let replacements = self.redact_text(det, visible_len, is_main);
        if replacements.is_empty() {
            return Ok(Vec::new());
        }
        // Replacements in the decoded text `text` (HTML: in the source, piece by piece).
        let mut text_edits: Replacements = Vec::with_capacity(replacements.len());
        for (s, e, rep) in replacements {
            match &extracted {
                Some(h) => {
                    for (k, (ps, pe)) in pieces(&h.map, s, e).into_iter().enumerate() {
                        let r = if k == 0 { rep.clone() } else { String::new() };
                        text_edits.push((ps, pe, r));
                    }
                }
                None => text_edits.push((s, e, rep)),
            }
        }
        let Some(tmap) = tmap else {
            return Ok(self.rewrite_whole(part, raw, body, start, end, &text, text_edits));
        };
        // Edits of the transfer-decoded bytes.
        let byte_edits: Vec<Edit> = text_edits
            .into_iter()
            .map(|(s, e, rep)| {
                let (bs, be) = source_range(&tmap, s, e);
                Edit {
                    start: bs,
                    end: be,
                    bytes: charset.encode(&rep).into_owned(),
                }
            })
            .collect();
        let new_body = match part.encoding {
            Encoding::None => {
                return Ok(byte_edits
                    .into_iter()
                    .map(|e| Edit {
                        start: start + e.start,
                        end: start + e.end,
                        bytes: e.bytes,
                    })
                    .collect())
            }
            Encoding::QuotedPrintable => {
                let qmap = qmap.expect("quoted-printable has a map");
                let raw_edits = byte_edits
                    .into_iter()
                    .map(|e| {
                        let (rs, re) = source_range(&qmap, e.start, e.end);
                        let mut enc = Vec::with_capacity(e.bytes.len());
                        encode::qp_encode_inline(&e.bytes, &mut enc);
                        Edit {
                            start: rs,
                            end: re,
                            bytes: enc,
                        }
                    })
                    .collect();
                splice_qp(body, raw_edits)
            }
            Encoding::Base64 => encode::base64_encode_like(&apply_edits(&bytes, byte_edits), body),
        };
        Ok(vec![Edit {
            start,
            end,
            bytes: new_body,
        }])
    }

    /// A part in a charset without a byte map (multi-byte, stateful): the redacted text is
    /// re-encoded as a whole in UTF-8 and the part's `charset` parameter says so.
    #[allow(clippy::too_many_arguments)]
    fn rewrite_whole(
        &self,
        part: &MessagePart<'_>,
        raw: &[u8],
        body: &[u8],
        start: usize,
        end: usize,
        text: &str,
        text_edits: Replacements,
    ) -> Vec<Edit> {
        let edits = text_edits
            .into_iter()
            .map(|(s, e, r)| Edit {
                start: s,
                end: e,
                bytes: r.into_bytes(),
            })
            .collect();
        let new = apply_edits(text.as_bytes(), edits);
        let eol = line_ending(body);
        let bytes = match part.encoding {
            Encoding::None => new,
            Encoding::QuotedPrintable => encode::qp_encode_body(&new, eol),
            Encoding::Base64 => encode::base64_encode_like(&new, body),
        };
        let mut out = vec![Edit { start, end, bytes }];
        if let Some(e) = charset_param_edit(part, raw) {
            out.push(e);
        }
        out
    }

    /// Findings of `text` with their decisions; the request's intents are read from the
    /// subject and `text` together.
    fn decide(&mut self, text: &str) -> Vec<(Finding, Decision)> {
        let scrubber = self.scrubber;
        let scan = scrubber.detector.detect_with(text, &mut self.scratch);
        if scan.findings.is_empty() {
            return Vec::new();
        }
        let intents = match self.subject.as_deref() {
            _ if !scrubber.policy.reads_intents(&scan.findings) => Intents::default(),
            Some(s) => scrubber.policy.intents(&format!("{s}\n{text}")),
            None => scrubber.policy.intents(text),
        };
        scan.findings
            .iter()
            .map(|f| {
                let value = &text[f.start..f.end];
                let d =
                    scrubber
                        .policy
                        .decide(&scrubber.detector, f, value, &intents, &self.requester);
                (*f, d)
            })
            .collect()
    }

    /// Detects and decides on `text`; counts removed values; records the main body text.
    /// Returns the replacements (text offsets and replacement text).
    fn redact_text(&mut self, text: &str, visible_len: usize, is_main: bool) -> Replacements {
        let decided = self.decide(text);
        // Keyed hashes of the main part's values, taken before the values are gone.
        let hashes: Vec<Option<String>> = if is_main {
            decided
                .iter()
                .map(|(f, _)| {
                    self.scrubber
                        .redactor
                        .pseudonym(f.label, &text[f.start..f.end])
                })
                .collect()
        } else {
            Vec::new()
        };
        let removed = decided
            .iter()
            .filter(|(_, d)| d.action.removes_value())
            .count();
        if removed == 0 {
            if is_main {
                let findings = body_findings(decided, hashes, visible_len);
                self.main = Some((text[..visible_len].to_string(), findings));
            }
            return Vec::new();
        }
        self.redacted += removed;
        let originals: Vec<Finding> = decided.iter().map(|(f, _)| *f).collect();
        let (redacted, moved) = self
            .scrubber
            .apply_numbered(text, decided, &mut self.numbering);
        let mut out = Vec::with_capacity(removed);
        let mut new_visible = visible_len as isize;
        for (old, (new, d)) in originals.iter().zip(&moved) {
            if d.action.removes_value() {
                out.push((old.start, old.end, redacted[new.start..new.end].to_string()));
                if old.end <= visible_len {
                    new_visible += new.len() as isize - old.len() as isize;
                }
            }
        }
        if is_main {
            let new_visible = new_visible.max(0) as usize;
            let findings = body_findings(moved, hashes, new_visible);
            self.main = Some((redacted[..new_visible].to_string(), findings));
        }
        out
    }

    /// Redacts the header fields of a message's root part.
    fn headers(
        &mut self,
        root: &MessagePart<'_>,
        raw: &[u8],
        attached: bool,
        edits: &mut Vec<Edit>,
    ) {
        for h in &root.headers {
            let (s, e) = (h.offset_start as usize, h.offset_end as usize);
            let Some(region) = raw.get(s..e) else {
                continue;
            };
            let name = h.name.as_str().to_ascii_lowercase();
            let new = match name.as_str() {
                "subject" | "thread-topic" | "comments" => {
                    self.unstructured(region, h.value.as_text())
                }
                "to" | "cc" | "bcc" => self.addresses(&h.value, region),
                "from" | "reply-to" | "sender" if attached => self.addresses(&h.value, region),
                _ => None,
            };
            if let Some(bytes) = new {
                edits.push(Edit {
                    start: s,
                    end: e,
                    bytes,
                });
            }
        }
    }

    /// An unstructured field value (raw, with folding and line end): redacted in place, or
    /// rewritten as encoded words when it had encoded words.
    fn unstructured(&mut self, region: &[u8], decoded: Option<&str>) -> Option<Vec<u8>> {
        let eol = trailing_eol(region);
        if memchr::memmem::find(region, b"=?").is_some() {
            let text = decoded?;
            let reps = self.redact_text(text, text.len(), false);
            if reps.is_empty() {
                return None;
            }
            let new = apply_edits(
                text.as_bytes(),
                reps.into_iter()
                    .map(|(s, e, r)| Edit {
                        start: s,
                        end: e,
                        bytes: r.into_bytes(),
                    })
                    .collect(),
            );
            let new = String::from_utf8_lossy(&new);
            let mut out = vec![b' '];
            out.extend_from_slice(&header::encode_words(new.trim(), line_ending(region)));
            out.extend_from_slice(eol);
            return Some(out);
        }
        let (text, map) = header::unfold(region);
        let charset = Charset::sniff(None, region);
        let reps = self.redact_text(&text, text.len(), false);
        if reps.is_empty() {
            return None;
        }
        let edits = reps
            .into_iter()
            .map(|(s, e, r)| {
                let (rs, re) = source_range(&map, s, e);
                Edit {
                    start: rs,
                    end: re,
                    bytes: charset.encode(&r).into_owned(),
                }
            })
            .collect();
        Some(apply_edits(region, edits))
    }

    /// An address list (To, Cc, …): third parties' names and addresses decided per policy;
    /// the field is rendered anew when anything is removed.
    fn addresses(&mut self, value: &HeaderValue<'_>, region: &[u8]) -> Option<Vec<u8>> {
        let groups: Vec<(Option<&str>, &[mail_parser::Addr<'_>])> = match value {
            HeaderValue::Address(Address::List(list)) => vec![(None, list.as_slice())],
            HeaderValue::Address(Address::Group(groups)) => groups
                .iter()
                .map(|g| (g.name.as_deref(), g.addresses.as_slice()))
                .collect(),
            HeaderValue::Text(t) => return self.unstructured(region, Some(t)),
            _ => return None,
        };
        let detector = &self.scrubber.detector;
        let org = detector.organisation();
        let intents = Intents::default();
        // One line per name or address, with its finding and decision.
        let mut text = String::new();
        let mut decided: Vec<(Finding, Decision)> = Vec::new();
        // Per address: index in `decided` of its name and of its address.
        let mut slots: Vec<(Option<usize>, Option<usize>)> = Vec::new();
        for (_, addrs) in &groups {
            for a in addrs.iter() {
                let email = a.address.as_deref().unwrap_or("");
                let name = a.name.as_deref().map(str::trim).unwrap_or("");
                let own = (!email.is_empty() && org.owns(Label::Email, email))
                    || (!name.is_empty() && org.owns(Label::Person, name));
                let mut slot = (None, None);
                if !own {
                    for (value, label, rule, is_name) in [
                        (name, Label::Person, self.person_rule, true),
                        (email, Label::Email, self.email_rule, false),
                    ] {
                        let Some(rule) = rule else { continue };
                        if value.is_empty() || value.contains('\n') {
                            continue;
                        }
                        let f = Finding {
                            start: text.len(),
                            end: text.len() + value.len(),
                            label,
                            rule,
                            score: 1.0,
                        };
                        text.push_str(value);
                        text.push('\n');
                        let d = self.scrubber.policy.decide(
                            detector,
                            &f,
                            value,
                            &intents,
                            &self.requester,
                        );
                        if is_name {
                            slot.0 = Some(decided.len());
                        } else {
                            slot.1 = Some(decided.len());
                        }
                        decided.push((f, d));
                    }
                }
                slots.push(slot);
            }
        }
        let removed = decided
            .iter()
            .filter(|(_, d)| d.action.removes_value())
            .count();
        if removed == 0 {
            return None;
        }
        self.redacted += removed;
        let (redacted, moved) = self
            .scrubber
            .apply_numbered(&text, decided, &mut self.numbering);
        let replaced = |i: Option<usize>| {
            i.and_then(|i| {
                let (f, d) = &moved[i];
                d.action
                    .removes_value()
                    .then(|| redacted[f.start..f.end].to_string())
            })
        };
        let eol = trailing_eol(region);
        let fold = line_ending(region);
        let mut entries: Vec<Vec<u8>> = Vec::new();
        let mut slot = slots.iter();
        for (group, addrs) in &groups {
            let mut rendered: Vec<Vec<u8>> = Vec::new();
            for a in addrs.iter() {
                let (ni, ai) = *slot.next().expect("one slot per address");
                let name = replaced(ni).or_else(|| a.name.as_deref().map(str::to_string));
                let addr = replaced(ai)
                    .map(|r| header::placeholder_address(&r))
                    .or_else(|| a.address.as_deref().map(str::to_string));
                rendered.push(header::render_mailbox(
                    name.as_deref(),
                    addr.as_deref(),
                    fold,
                ));
            }
            match group {
                Some(g) => {
                    let mut e = header::render_name(g, fold);
                    e.extend_from_slice(b": ");
                    e.extend_from_slice(&rendered.join(&b", "[..]));
                    e.push(b';');
                    entries.push(e);
                }
                None => entries.extend(rendered),
            }
        }
        let mut out = vec![b' '];
        let mut col = 0;
        for (k, e) in entries.iter().enumerate() {
            if k > 0 {
                out.push(b',');
                if col + e.len() > 72 {
                    out.extend_from_slice(fold);
                    col = 0;
                }
                out.push(b' ');
            }
            out.extend_from_slice(e);
            col += e.len() + 2;
        }
        out.extend_from_slice(eol);
        Some(out)
    }
}

/// Whether a text leaf is redacted: inline text/plain or text/html (or untyped); text
/// attachments and other text types (calendar, vCard) are kept as they are.
fn is_redactable(part: &MessagePart<'_>) -> bool {
    if part
        .content_disposition()
        .is_some_and(|d| d.is_attachment())
    {
        return false;
    }
    match part.content_type() {
        None => true,
        Some(ct) => {
            let t = ct.ctype();
            let sub = ct.subtype().unwrap_or("");
            (t.eq_ignore_ascii_case("text")
                && (sub.eq_ignore_ascii_case("plain") || sub.eq_ignore_ascii_case("html")))
                // A multipart without a boundary is read as text.
                || t.eq_ignore_ascii_case("multipart")
        }
    }
}

/// Whether a leaf is a multipart without a boundary (its body can only be read as text).
fn is_boundaryless(part: &MessagePart<'_>) -> bool {
    part.content_type().is_some_and(|ct| {
        ct.ctype().eq_ignore_ascii_case("multipart") && ct.attribute("boundary").is_none()
    })
}

/// The line end that closes a raw header value.
fn trailing_eol(region: &[u8]) -> &'static [u8] {
    if region.ends_with(b"\r\n") {
        b"\r\n"
    } else if region.ends_with(b"\n") {
        b"\n"
    } else {
        b""
    }
}

/// Source pieces of the mapped range `start..end`: contiguous runs, separators left out.
fn pieces(map: &[Src], start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for src in &map[start..end] {
        let (s, e) = (src.start as usize, src.end as usize);
        if s == e {
            continue;
        }
        match out.last_mut() {
            Some(last) if s >= last.0 && s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// Applies edits to a quoted-printable body and re-wraps the lines they made longer than 76
/// characters; other lines stay as they were.
fn splice_qp(body: &[u8], mut edits: Vec<Edit>) -> Vec<u8> {
    edits.sort_by_key(|e| e.start);
    let eol = line_ending(body);
    let mut out = Vec::with_capacity(body.len() + 64);
    let mut touched: Vec<(usize, usize)> = Vec::new();
    let mut pos = 0;
    for e in edits {
        if e.start < pos {
            continue;
        }
        out.extend_from_slice(&body[pos..e.start]);
        let a = out.len();
        out.extend_from_slice(&e.bytes);
        touched.push((a, out.len()));
        pos = e.end;
    }
    out.extend_from_slice(&body[pos..]);
    let mut res = Vec::with_capacity(out.len() + 16);
    let mut line_start = 0;
    while line_start < out.len() {
        let nl = memchr::memchr(b'\n', &out[line_start..]).map(|i| line_start + i);
        let full_end = nl.map_or(out.len(), |i| i + 1);
        let mut content_end = nl.unwrap_or(out.len());
        if nl.is_some() && content_end > line_start && out[content_end - 1] == b'\r' {
            content_end -= 1;
        }
        let line = &out[line_start..content_end];
        let hit = touched
            .iter()
            .any(|&(a, b)| a <= content_end && b >= line_start);
        if hit && line.len() > 76 {
            encode::qp_wrap_line(line, eol, &mut res);
            res.extend_from_slice(&out[content_end..full_end]);
        } else {
            res.extend_from_slice(&out[line_start..full_end]);
        }
        line_start = full_end;
    }
    res
}

/// An edit that sets the `charset` parameter of the part's Content-Type to utf-8.
fn charset_param_edit(part: &MessagePart<'_>, raw: &[u8]) -> Option<Edit> {
    let h = part
        .headers
        .iter()
        .find(|h| h.name.as_str().eq_ignore_ascii_case("content-type"))?;
    let (s, e) = (h.offset_start as usize, h.offset_end as usize);
    let region = raw.get(s..e)?;
    let lower = region.to_ascii_lowercase();
    let at = memchr::memmem::find(&lower, b"charset=")? + 8;
    let mut vs = at;
    let quoted = region.get(vs) == Some(&b'"');
    if quoted {
        vs += 1;
    }
    let mut ve = vs;
    while ve < region.len()
        && !(region[ve] == b';'
            || region[ve].is_ascii_whitespace()
            || (quoted && region[ve] == b'"'))
    {
        ve += 1;
    }
    Some(Edit {
        start: s + vs,
        end: s + ve,
        bytes: b"utf-8".to_vec(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_skip_separators_and_merge_runs() {
        let m = |s: u32, e: u32| Src { start: s, end: e };
        let map = [m(0, 1), m(1, 2), m(5, 5), m(9, 10), m(10, 14), m(10, 14)];
        assert_eq!(pieces(&map, 0, 6), vec![(0, 2), (9, 14)]);
    }

    #[test]
    fn qp_splice_rewraps_only_touched_long_lines() {
        let long = "x".repeat(80);
        let body = format!("{long}\r\nab=\r\ncd\r\n");
        let edits = vec![Edit {
            start: 80 + 2,
            end: 80 + 2 + 7,
            bytes: format!("[PERSON-1]{}", "y".repeat(70)).into_bytes(),
        }];
        let out = splice_qp(body.as_bytes(), edits);
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.starts_with(&format!("{long}\r\n")),
            "untouched line kept"
        );
        for l in text.split("\r\n").skip(1) {
            assert!(l.len() <= 76, "{l}");
        }
    }

    /// Parts of a message and of the messages attached to it, at any depth.
    fn all_parts(message: &Message<'_>) -> usize {
        message
            .parts
            .iter()
            .map(|p| match &p.body {
                PartType::Message(inner) => 1 + all_parts(inner),
                _ => 1,
            })
            .sum()
    }

    /// A fuzzer-found message whose parsed multiparts refer to the same parts more than once:
    /// the recursive walk that followed every reference overflowed a test thread's stack (and
    /// took 2.7 GB on the fuzzer's larger main stack); the tree lists each part once.
    #[test]
    fn the_part_tree_lists_each_part_once() {
        let raw = include_bytes!("../../tests/fuzz-regressions/shared-parts.eml");
        let message = MessageParser::default().parse(&raw[..]).expect("parses");
        let mut lines = Vec::new();
        tree(&message, &mut lines, "", 0);
        assert!(!lines.is_empty());
        assert!(
            lines.len() <= all_parts(&message),
            "{} lines for {} parts",
            lines.len(),
            all_parts(&message)
        );
    }
}
