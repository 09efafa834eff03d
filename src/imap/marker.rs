//! The marker header on redacted copies and the header checks that keep the worker from
//! processing a message twice.
//!
//! A redacted copy carries `X-PII-Scrubber-Original: uid=<uidvalidity>:<uid>; mailbox=<name>;
//! message-id=<id>`. The `uid=…; mailbox=…;` part ([`key`]) identifies the original exactly
//! (a substring search for it cannot match another original's marker).

/// The marker header's name.
pub const MARKER: &str = "X-PII-Scrubber-Original";

/// The header that redaction adds (`X-PII-Scrubber: redacted=N; rules=…`).
pub const REDACTED: &str = "X-PII-Scrubber";

/// Header value text that identifies the original `uid` in `mailbox` of `uidvalidity`.
pub fn key(mailbox: &str, uidvalidity: u32, uid: u32) -> String {
    format!("uid={uidvalidity}:{uid}; mailbox={};", clean(mailbox, 200))
}

/// Printable ASCII only, at most `max` characters (header-safe; no CR/LF injection).
fn clean(s: &str, max: usize) -> String {
    s.chars()
        .filter(|c| c.is_ascii_graphic() || *c == ' ')
        .take(max)
        .collect()
}

/// `message` with the marker header prepended (same line ending as the message's first line).
pub fn with_marker(message: &[u8], key: &str, message_id: Option<&str>) -> Vec<u8> {
    let crlf = match memchr::memchr(b'\n', message) {
        Some(i) => i > 0 && message[i - 1] == b'\r',
        None => true,
    };
    let id = message_id.map(|m| clean(m.trim_matches(|c| c == '<' || c == '>'), 300));
    let mut out = Vec::with_capacity(message.len() + 128);
    out.extend_from_slice(MARKER.as_bytes());
    out.extend_from_slice(b": ");
    out.extend_from_slice(key.as_bytes());
    if let Some(id) = id.filter(|i| !i.is_empty()) {
        out.extend_from_slice(b" message-id=<");
        out.extend_from_slice(id.as_bytes());
        out.extend_from_slice(b">");
    }
    out.extend_from_slice(if crlf { b"\r\n" } else { b"\n" });
    out.extend_from_slice(message);
    out
}

/// Whether the header block (the bytes before the first empty line) has a field named `name`.
pub fn has_field(message: &[u8], name: &str) -> bool {
    let mut at_line_start = true;
    let mut i = 0;
    while i < message.len() {
        if at_line_start {
            let rest = &message[i..];
            if rest.starts_with(b"\n") || rest.starts_with(b"\r\n") {
                return false;
            }
            if rest.len() > name.len()
                && rest[..name.len()].eq_ignore_ascii_case(name.as_bytes())
                && matches!(rest[name.len()], b':' | b' ' | b'\t')
            {
                let after = rest[name.len()..]
                    .iter()
                    .find(|b| !matches!(b, b' ' | b'\t'));
                if after == Some(&b':') {
                    return true;
                }
            }
        }
        at_line_start = message[i] == b'\n';
        i += 1;
    }
    false
}

/// Whether the message was already redacted by pii-scrubber (by the filter or the worker):
/// it has an `X-PII-Scrubber` or `X-PII-Scrubber-Original` header.
pub fn already_redacted(header: &[u8]) -> bool {
    has_field(header, REDACTED) || has_field(header, MARKER)
}

/// The quoted IMAP string for `s` (backslash and double quote escaped).
pub fn quote(s: &str) -> String {
    let mut q = String::with_capacity(s.len() + 2);
    q.push('"');
    for c in s.chars() {
        if c == '"' || c == '\\' {
            q.push('\\');
        }
        q.push(c);
    }
    q.push('"');
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marker_is_prepended_with_the_message_line_ending() {
        let m = with_marker(
            b"Subject: x\r\n\r\nbody\r\n",
            &key("INBOX", 7, 42),
            Some("<a@b>"),
        );
        assert_eq!(
            m,
            b"X-PII-Scrubber-Original: uid=7:42; mailbox=INBOX; message-id=<a@b>\r\nSubject: x\r\n\r\nbody\r\n"
        );
        let m = with_marker(b"Subject: x\n\nbody\n", &key("INBOX", 7, 42), None);
        assert!(m.starts_with(b"X-PII-Scrubber-Original: uid=7:42; mailbox=INBOX;\nSubject"));
    }

    #[test]
    fn message_id_cannot_inject_a_header() {
        let m = with_marker(
            b"S: x\r\n\r\n",
            "uid=1:1; mailbox=INBOX;",
            Some("<a\r\nBcc: x@y>"),
        );
        let first = m.split(|&b| b == b'\n').next().unwrap();
        assert!(first.ends_with(b"message-id=<aBcc: x@y>\r"));
        // The marker line plus the message's own two lines: no line was injected.
        assert_eq!(m.iter().filter(|&&b| b == b'\n').count(), 3);
    }

    #[test]
    fn key_of_one_uid_is_not_inside_another() {
        assert!(!key("INBOX", 15, 7).contains(&key("INBOX", 5, 7)));
        assert!(!key("INBOX", 5, 17).contains(&key("INBOX", 5, 7)));
        assert!(!key("XINBOX", 5, 7).contains(&key("INBOX", 5, 7)));
    }

    #[test]
    fn header_fields_only_in_the_header_block() {
        assert!(already_redacted(
            b"From: a\r\nX-PII-Scrubber: redacted=1\r\n\r\nx"
        ));
        assert!(already_redacted(b"x-pii-scrubber-original : uid=1:2;\n\nx"));
        assert!(!already_redacted(
            b"From: a\r\n\r\nX-PII-Scrubber: redacted=1\r\n"
        ));
        assert!(!already_redacted(b"X-PII-Scrubber-Other: 1\r\n\r\n"));
        assert!(!already_redacted(b"Subject: X-PII-Scrubber: 1\r\n\r\n"));
    }

    #[test]
    fn imap_quoting() {
        assert_eq!(quote(r#"a"b\c"#), r#""a\"b\\c""#);
    }
}
