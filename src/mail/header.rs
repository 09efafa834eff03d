//! Header fields: unstructured text (Subject) with byte maps over folded raw values, RFC 2047
//! encoded words for rewritten values, and address lists rendered back after redaction.

use base64::Engine;

use super::encode::{Charset, Src};

/// An unstructured raw header value (after the colon, with its folding and line end) as text
/// with a map to the raw bytes; folding line ends are left out of the text.
pub(crate) fn unfold(raw: &[u8]) -> (String, Vec<Src>) {
    let charset = Charset::sniff(None, raw);
    let (text, map) = charset.decode_mapped(raw);
    let map = map.expect("UTF-8 and single-byte charsets have a map");
    let mut out = String::with_capacity(text.len());
    let mut out_map = Vec::with_capacity(map.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        let b = bytes[i];
        if b == b'\r' || b == b'\n' {
            i += 1;
            continue;
        }
        let w = text[i..].chars().next().map_or(1, char::len_utf8);
        out.push_str(&text[i..i + w]);
        out_map.extend_from_slice(&map[i..i + w]);
        i += w;
    }
    (out, out_map)
}

/// Encodes `text` as a header value: plain when it is printable ASCII, else UTF-8 `B` encoded
/// words of at most 75 characters, folded with `eol` + space.
pub(crate) fn encode_words(text: &str, eol: &[u8]) -> Vec<u8> {
    if text.bytes().all(|b| (0x20..0x7F).contains(&b)) && !text.contains("=?") {
        return text.as_bytes().to_vec();
    }
    // 45 bytes of UTF-8 → 60 base64 characters + 12 of `=?utf-8?B?` `?=` ≤ 75.
    let mut out = Vec::new();
    let mut chunk = String::new();
    let flush = |chunk: &mut String, out: &mut Vec<u8>| {
        if chunk.is_empty() {
            return;
        }
        if !out.is_empty() {
            out.extend_from_slice(eol);
            out.push(b' ');
        }
        out.extend_from_slice(b"=?utf-8?B?");
        out.extend_from_slice(
            base64::engine::general_purpose::STANDARD
                .encode(chunk.as_bytes())
                .as_bytes(),
        );
        out.extend_from_slice(b"?=");
        chunk.clear();
    };
    for c in text.chars() {
        if chunk.len() + c.len_utf8() > 45 {
            flush(&mut chunk, &mut out);
        }
        chunk.push(c);
    }
    flush(&mut chunk, &mut out);
    out
}

/// A display name as a phrase: bare atoms, a quoted string, or encoded words.
pub(crate) fn render_name(name: &str, eol: &[u8]) -> Vec<u8> {
    if !name.is_ascii() || name.contains("=?") {
        return encode_words(name, eol);
    }
    let atom_ok = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~ ".contains(c);
    if !name.is_empty() && name.chars().all(atom_ok) && !name.starts_with(' ') {
        return name.as_bytes().to_vec();
    }
    let mut out = Vec::with_capacity(name.len() + 2);
    out.push(b'"');
    for c in name.bytes() {
        if c == b'"' || c == b'\\' {
            out.push(b'\\');
        }
        if c != b'\r' && c != b'\n' {
            out.push(c);
        }
    }
    out.push(b'"');
    out
}

/// A replacement value usable as an addr-spec: characters outside atext become `-`, and a
/// value without `@` gets the reserved domain `redacted.invalid` (`[EMAIL-1]` →
/// `EMAIL-1@redacted.invalid`).
pub(crate) fn placeholder_address(replacement: &str) -> String {
    let atext = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.@".contains(c);
    let mut s: String = replacement
        .trim_matches(|c| c == '[' || c == ']')
        .chars()
        .map(|c| if atext(c) { c } else { '-' })
        .collect();
    if !s.contains('@') {
        s.push_str("@redacted.invalid");
    }
    s
}

/// One rendered mailbox (`name <addr>` or `addr`).
pub(crate) fn render_mailbox(name: Option<&str>, address: Option<&str>, eol: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    match (name.filter(|n| !n.trim().is_empty()), address) {
        (Some(n), Some(a)) => {
            out.extend_from_slice(&render_name(n, eol));
            out.extend_from_slice(b" <");
            out.extend_from_slice(a.as_bytes());
            out.push(b'>');
        }
        (Some(n), None) => out.extend_from_slice(&render_name(n, eol)),
        (None, Some(a)) => out.extend_from_slice(a.as_bytes()),
        (None, None) => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unfolding_maps_around_line_ends() {
        let raw = b" Vraag van Jan\r\n de Vries\r\n";
        let (text, map) = unfold(raw);
        assert_eq!(text, " Vraag van Jan de Vries");
        let s = text.find("de").unwrap();
        assert_eq!(map[s].start, 17);
    }

    #[test]
    fn encoded_words_are_short_and_decodable() {
        let v = encode_words(
            "Vraag over [PERSON-1] — één factuur met een lange onderwerpregel",
            b"\r\n",
        );
        for line in v.split(|&b| b == b'\n') {
            assert!(line.len() <= 77, "{}", String::from_utf8_lossy(line));
        }
        let header = [b"Subject: ".as_slice(), &v, b"\r\n\r\nx"].concat();
        let m = mail_parser::MessageParser::default()
            .parse(&header)
            .unwrap();
        assert_eq!(
            m.subject(),
            Some("Vraag over [PERSON-1] — één factuur met een lange onderwerpregel")
        );
        assert_eq!(encode_words("plain [X-1]", b"\n"), b"plain [X-1]");
    }

    #[test]
    fn names_and_addresses_render_as_valid_mailboxes() {
        assert_eq!(render_name("[PERSON-1]", b"\n"), b"\"[PERSON-1]\"");
        assert_eq!(render_name("Jan Jansen", b"\n"), b"Jan Jansen");
        assert_eq!(placeholder_address("[EMAIL-2]"), "EMAIL-2@redacted.invalid");
        assert_eq!(
            placeholder_address("[EMAIL:3f2a]"),
            "EMAIL-3f2a@redacted.invalid"
        );
        assert_eq!(placeholder_address("***@****.nl"), "***@****.nl");
    }
}
