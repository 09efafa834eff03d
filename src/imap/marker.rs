//! The marker header on redacted copies and the header checks that keep the worker from
//! processing a message twice.
//!
//! A redacted copy carries `X-PII-Scrubber-Original: uid=<uidvalidity>:<uid>; mailbox=<name>;
//! message-id=<id>; mac=<hmac>`. The `uid=…; mailbox=…;` part ([`key`]) identifies the original
//! exactly (a substring search for it cannot match another original's marker); the MAC, keyed
//! with a secret the store keeps per account, tells the worker's own copies from imitations.

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

/// Length in bytes of the (truncated) HMAC-SHA256 that authenticates a marker.
const MAC_LEN: usize = 16;

/// The hex MAC of a marker's text under `mac_key`.
fn mac_hex(mac_key: &[u8], text: &str) -> String {
    use hmac::{Hmac, KeyInit, Mac};
    let mut mac = <Hmac<sha2::Sha256> as KeyInit>::new_from_slice(mac_key)
        .expect("HMAC takes keys of any length");
    mac.update(text.as_bytes());
    mac.finalize().into_bytes()[..MAC_LEN]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `message` with the marker header prepended (same line ending as the message's first line):
/// `key`, the Message-ID, and a MAC over both under `mac_key` (the store's per-account key), so
/// that a sender cannot write a marker the worker trusts.
pub fn with_marker(message: &[u8], key: &str, message_id: Option<&str>, mac_key: &[u8]) -> Vec<u8> {
    let crlf = match memchr::memchr(b'\n', message) {
        Some(i) => i > 0 && message[i - 1] == b'\r',
        None => true,
    };
    let id = message_id.map(|m| clean(m.trim_matches(|c| c == '<' || c == '>'), 300));
    let mut value = key.to_string();
    if let Some(id) = id.filter(|i| !i.is_empty()) {
        value.push_str(" message-id=<");
        value.push_str(&id);
        value.push_str(">;");
    }
    let mac = mac_hex(mac_key, &value);
    let mut out = Vec::with_capacity(message.len() + 160);
    out.extend_from_slice(MARKER.as_bytes());
    out.extend_from_slice(b": ");
    out.extend_from_slice(value.as_bytes());
    out.extend_from_slice(b" mac=");
    out.extend_from_slice(mac.as_bytes());
    out.extend_from_slice(if crlf { b"\r\n" } else { b"\n" });
    out.extend_from_slice(message);
    out
}

/// The values of the header fields named `name` in the header block (the bytes before the first
/// empty line), each up to its line end, trimmed.
fn field_values<'a>(message: &'a [u8], name: &'a str) -> impl Iterator<Item = &'a [u8]> + 'a {
    let header_end = memchr::memmem::find(message, b"\n\n")
        .into_iter()
        .chain(memchr::memmem::find(message, b"\n\r\n"))
        .min()
        .map_or(message.len(), |i| i + 1);
    let header = &message[..header_end];
    header.split(|&b| b == b'\n').filter_map(move |line| {
        if line.len() <= name.len() || !line[..name.len()].eq_ignore_ascii_case(name.as_bytes()) {
            return None;
        }
        let rest = &line[name.len()..];
        let colon = rest.iter().position(|b| !matches!(b, b' ' | b'\t'))?;
        (rest[colon] == b':').then(|| rest[colon + 1..].trim_ascii())
    })
}

/// Whether the header block has a field named `name`.
pub fn has_field(message: &[u8], name: &str) -> bool {
    field_values(message, name).next().is_some()
}

/// Whether the message is a redacted copy this worker made: it has a marker whose MAC checks
/// under `mac_key`. Any other `X-PII-Scrubber…` header (written by a sender, or by the
/// delivery filter) does not make the worker skip a message: redacting again changes nothing.
pub fn is_our_copy(header: &[u8], mac_key: &[u8]) -> bool {
    field_values(header, MARKER).any(|value| {
        let Ok(value) = std::str::from_utf8(value) else {
            return false;
        };
        let Some((text, mac)) = value.rsplit_once(" mac=") else {
            return false;
        };
        mac.len() == 2 * MAC_LEN && mac_hex(mac_key, text) == mac
    })
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

    const KEY: &[u8] = b"0123456789abcdef0123456789abcdef";

    #[test]
    fn marker_is_prepended_with_the_message_line_ending() {
        let m = with_marker(
            b"Subject: x\r\n\r\nbody\r\n",
            &key("INBOX", 7, 42),
            Some("<a@b>"),
            KEY,
        );
        let prefix = b"X-PII-Scrubber-Original: uid=7:42; mailbox=INBOX; message-id=<a@b>; mac=";
        assert!(m.starts_with(prefix));
        assert!(m.ends_with(b"\r\nSubject: x\r\n\r\nbody\r\n"));
        assert_eq!(
            m.len(),
            prefix.len() + 32 + b"\r\nSubject: x\r\n\r\nbody\r\n".len()
        );
        let m = with_marker(b"Subject: x\n\nbody\n", &key("INBOX", 7, 42), None, KEY);
        assert!(m.starts_with(b"X-PII-Scrubber-Original: uid=7:42; mailbox=INBOX; mac="));
        assert!(m.ends_with(b"\nSubject: x\n\nbody\n"));
    }

    #[test]
    fn only_markers_made_with_the_key_are_trusted() {
        let ours = with_marker(
            b"Subject: x\r\n\r\nb\r\n",
            &key("INBOX", 7, 42),
            Some("<a@b>"),
            KEY,
        );
        assert!(is_our_copy(&ours, KEY));
        assert!(!is_our_copy(&ours, b"another key"));
        // A sender's imitation: no MAC, a made-up MAC, or a real MAC moved to another UID.
        assert!(!is_our_copy(
            b"X-PII-Scrubber-Original: uid=7:42; mailbox=INBOX;\r\n\r\nb",
            KEY
        ));
        let text = String::from_utf8_lossy(&ours).replace("uid=7:42", "uid=7:43");
        assert!(!is_our_copy(text.as_bytes(), KEY));
        assert!(!is_our_copy(
            b"X-PII-Scrubber: redacted=3; rules=abc\r\n\r\nb",
            KEY
        ));
        // Only in the header block.
        let mut body_only = b"Subject: x\r\n\r\n".to_vec();
        body_only.extend_from_slice(&ours);
        assert!(!is_our_copy(&body_only, KEY));
    }

    #[test]
    fn message_id_cannot_inject_a_header() {
        let m = with_marker(
            b"S: x\r\n\r\n",
            "uid=1:1; mailbox=INBOX;",
            Some("<a\r\nBcc: x@y>"),
            KEY,
        );
        let first = m.split(|&b| b == b'\n').next().unwrap();
        assert!(String::from_utf8_lossy(first).contains("message-id=<aBcc: x@y>; mac="));
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
        assert!(has_field(
            b"From: a\r\nX-PII-Scrubber: redacted=1\r\n\r\nx",
            REDACTED
        ));
        assert!(has_field(
            b"x-pii-scrubber-original : uid=1:2;\n\nx",
            MARKER
        ));
        assert!(!has_field(
            b"From: a\r\n\r\nX-PII-Scrubber: redacted=1\r\n",
            REDACTED
        ));
        assert!(!has_field(b"X-PII-Scrubber-Other: 1\r\n\r\n", REDACTED));
        assert!(!has_field(b"Subject: X-PII-Scrubber: 1\r\n\r\n", REDACTED));
    }

    #[test]
    fn imap_quoting() {
        assert_eq!(quote(r#"a"b\c"#), r#""a\"b\\c""#);
    }
}
