//! Transfer encodings and charsets, decoded with a map from every decoded byte back to the
//! bytes it came from, so that a replacement in decoded text becomes an edit of exactly the
//! raw bytes that held the value.

use std::borrow::Cow;

use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine;
use encoding_rs::Encoding;

/// The source of one decoded byte: a byte range in the layer below (`start <= end`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Src {
    /// Start offset in the source.
    pub start: u32,
    /// End offset in the source (exclusive).
    pub end: u32,
}

impl Src {
    fn new(start: usize, end: usize) -> Src {
        Src {
            start: start as u32,
            end: end as u32,
        }
    }
}

/// Maps the decoded range `start..end` (non-empty) to the source range that holds it.
pub(crate) fn source_range(map: &[Src], start: usize, end: usize) -> (usize, usize) {
    (map[start].start as usize, map[end - 1].end as usize)
}

/// Line ending used in `raw`: CRLF if its first line ends so, else LF.
pub(crate) fn line_ending(raw: &[u8]) -> &'static [u8] {
    match memchr::memchr(b'\n', raw) {
        Some(i) if i > 0 && raw[i - 1] == b'\r' => b"\r\n",
        Some(_) => b"\n",
        None => b"\r\n",
    }
}

/// Decodes a quoted-printable body leniently (as mail readers do): `=XX` escapes, soft line
/// breaks (`=` before the line end, trailing blanks allowed), anything else literal.
pub(crate) fn qp_decode(raw: &[u8]) -> (Vec<u8>, Vec<Src>) {
    let mut out = Vec::with_capacity(raw.len());
    let mut map = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let b = raw[i];
        if b == b'=' {
            let hex = |c: u8| (c as char).to_digit(16);
            if let (Some(h), Some(l)) = (
                raw.get(i + 1).and_then(|&c| hex(c)),
                raw.get(i + 2).and_then(|&c| hex(c)),
            ) {
                out.push((h * 16 + l) as u8);
                map.push(Src::new(i, i + 3));
                i += 3;
                continue;
            }
            // Soft line break: `=`, optional blanks, line end (or end of body).
            let mut j = i + 1;
            while j < raw.len() && (raw[j] == b' ' || raw[j] == b'\t') {
                j += 1;
            }
            if j == raw.len() {
                i = j;
                continue;
            }
            if raw[j] == b'\n' {
                i = j + 1;
                continue;
            }
            if raw[j] == b'\r' && raw.get(j + 1) == Some(&b'\n') {
                i = j + 2;
                continue;
            }
        }
        out.push(b);
        map.push(Src::new(i, i + 1));
        i += 1;
    }
    (out, map)
}

/// Quoted-printable form of replacement bytes placed inside a line.
pub(crate) fn qp_encode_inline(bytes: &[u8], out: &mut Vec<u8>) {
    for &b in bytes {
        if (b.is_ascii_graphic() && b != b'=') || b == b' ' {
            out.push(b);
        } else {
            out.extend_from_slice(format!("={b:02X}").as_bytes());
        }
    }
}

/// Maximum length of an encoded line (RFC 2045), without its line ending.
const QP_LINE: usize = 76;

/// Re-wraps one quoted-printable line longer than 76 characters with soft line breaks,
/// preferably after a blank or before a `[`, never inside an `=XX` escape.
pub(crate) fn qp_wrap_line(line: &[u8], eol: &[u8], out: &mut Vec<u8>) {
    // Units: single characters or whole escapes.
    let mut units: Vec<(usize, usize)> = Vec::with_capacity(line.len());
    let mut i = 0;
    while i < line.len() {
        let w = if line[i] == b'=' && i + 3 <= line.len() {
            3
        } else {
            1
        };
        units.push((i, i + w));
        i += w;
    }
    let mut first = 0; // first unit of the current output line
    while first < units.len() {
        let line_start = units[first].0;
        if line.len() - line_start <= QP_LINE {
            out.extend_from_slice(&line[line_start..]);
            return;
        }
        // The most units that fit with the `=` of the soft break.
        let mut last = first;
        while last < units.len() && units[last].1 - line_start < QP_LINE {
            last += 1;
        }
        let mut cut = last.max(first + 1);
        // Prefer a break after a blank or before a `[` in the second half of the line.
        if let Some(k) = (first + (last - first) / 2..last).rev().find(|&k| {
            let (s, _) = units[k];
            k > first && (line[s] == b'[' || line[units[k - 1].0] == b' ')
        }) {
            cut = k;
        }
        out.extend_from_slice(&line[line_start..units[cut - 1].1]);
        out.push(b'=');
        out.extend_from_slice(eol);
        first = cut;
    }
}

/// Encodes a whole body as quoted-printable with `eol` line endings (for parts rewritten as
/// a whole).
pub(crate) fn qp_encode_body(bytes: &[u8], eol: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() * 11 / 10);
    let text_lines = split_lines(bytes);
    for (n, (line, had_eol)) in text_lines.iter().enumerate() {
        let mut enc = Vec::with_capacity(line.len());
        qp_encode_inline(line, &mut enc);
        // A blank at the end of a line would be lost in transport.
        if let Some(&last) = enc.last() {
            if last == b' ' || last == b'\t' {
                enc.pop();
                enc.extend_from_slice(format!("={last:02X}").as_bytes());
            }
        }
        qp_wrap_line(&enc, eol, &mut out);
        if *had_eol || n + 1 < text_lines.len() {
            out.extend_from_slice(eol);
        }
    }
    out
}

/// Lines of `bytes` without their line endings, and whether each had one.
fn split_lines(bytes: &[u8]) -> Vec<(&[u8], bool)> {
    let mut lines = Vec::new();
    let mut rest = bytes;
    while let Some(i) = memchr::memchr(b'\n', rest) {
        let line = &rest[..i];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        lines.push((line, true));
        rest = &rest[i + 1..];
    }
    if !rest.is_empty() {
        lines.push((rest, false));
    }
    lines
}

fn base64_engine() -> GeneralPurpose {
    GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new()
            .with_decode_padding_mode(DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    )
}

/// Decodes a base64 body; blanks and line ends are ignored, anything else invalid is an error.
pub(crate) fn base64_decode(raw: &[u8]) -> Option<Vec<u8>> {
    let clean: Vec<u8> = raw
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    base64_engine().decode(clean).ok()
}

/// Encodes `bytes` as base64 laid out like `original`: same line length, line ending and
/// final line end.
pub(crate) fn base64_encode_like(bytes: &[u8], original: &[u8]) -> Vec<u8> {
    let eol = line_ending(original);
    let first = original
        .split(|&b| b == b'\n')
        .next()
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l).len())
        .unwrap_or(0);
    let width = if first >= 4 && first % 4 == 0 {
        first
    } else {
        76
    };
    let encoded = base64_engine().encode(bytes);
    let mut out = Vec::with_capacity(encoded.len() + encoded.len() / width * 2 + 2);
    for (n, chunk) in encoded.as_bytes().chunks(width).enumerate() {
        if n > 0 {
            out.extend_from_slice(eol);
        }
        out.extend_from_slice(chunk);
    }
    if original.ends_with(b"\n") {
        out.extend_from_slice(eol);
    }
    out
}

/// How a part's bytes become text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Charset {
    /// UTF-8 (invalid bytes become U+FFFD, each mapped to its own bytes).
    Utf8,
    /// An ASCII-compatible single-byte charset (ISO-8859-x, windows-125x, US-ASCII …).
    Single(&'static Encoding),
    /// Anything else (multi-byte or stateful, UTF-16): decoded and re-encoded as a whole.
    Whole(&'static Encoding),
}

impl Charset {
    /// The charset to read `bytes` with, given the declared `charset` parameter. Declarations
    /// are often wrong: US-ASCII or no declaration with valid UTF-8 is UTF-8; UTF-8 that is not
    /// valid is read as windows-1252. Every byte outside a redacted value stays as it was, so a
    /// wrong guess can only cost a finding, never a byte.
    pub(crate) fn sniff(declared: Option<&str>, bytes: &[u8]) -> Charset {
        let valid_utf8 = std::str::from_utf8(bytes).is_ok();
        let label = declared.map(str::trim).unwrap_or("");
        let enc = if label.is_empty() {
            None
        } else {
            Encoding::for_label(label.as_bytes())
        };
        match enc {
            None => {
                if valid_utf8 {
                    Charset::Utf8
                } else {
                    Charset::Single(encoding_rs::WINDOWS_1252)
                }
            }
            Some(e) if e == encoding_rs::UTF_8 => {
                if valid_utf8 {
                    Charset::Utf8
                } else {
                    Charset::Single(encoding_rs::WINDOWS_1252)
                }
            }
            // The label us-ascii maps to windows-1252 in encoding_rs.
            Some(e) if e == encoding_rs::WINDOWS_1252 && label.eq_ignore_ascii_case("us-ascii") => {
                if valid_utf8 {
                    Charset::Utf8
                } else {
                    Charset::Single(e)
                }
            }
            Some(e) if e.is_single_byte() => Charset::Single(e),
            Some(e) => Charset::Whole(e),
        }
    }

    /// Decodes `bytes` with a map from every text byte to its source bytes (`Whole` charsets
    /// have no map).
    pub(crate) fn decode_mapped(self, bytes: &[u8]) -> (String, Option<Vec<Src>>) {
        match self {
            Charset::Utf8 => {
                let mut text = String::with_capacity(bytes.len());
                let mut map = Vec::with_capacity(bytes.len());
                let mut pos = 0;
                for chunk in bytes.utf8_chunks() {
                    let valid = chunk.valid();
                    text.push_str(valid);
                    map.extend((pos..pos + valid.len()).map(|i| Src::new(i, i + 1)));
                    pos += valid.len();
                    let bad = chunk.invalid().len();
                    if bad > 0 {
                        text.push(char::REPLACEMENT_CHARACTER);
                        map.extend(std::iter::repeat_n(Src::new(pos, pos + bad), 3));
                        pos += bad;
                    }
                }
                // Map each byte of a multi-byte character to the whole character.
                let mut i = 0;
                while i < text.len() {
                    let w = utf8_width(text.as_bytes()[i]);
                    if w > 1 && map[i].end - map[i].start == 1 {
                        let whole = Src {
                            start: map[i].start,
                            end: map[i + w - 1].end,
                        };
                        for m in &mut map[i..i + w] {
                            *m = whole;
                        }
                    }
                    i += w;
                }
                (text, Some(map))
            }
            Charset::Single(enc) => {
                let mut high = ['\u{FFFD}'; 128];
                for (b, slot) in high.iter_mut().enumerate() {
                    let byte = [0x80 + b as u8];
                    let (s, _) = enc.decode_without_bom_handling(&byte);
                    if let Some(c) = s.chars().next() {
                        *slot = c;
                    }
                }
                let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
                let mut map = Vec::with_capacity(bytes.len() + bytes.len() / 8);
                for (i, &b) in bytes.iter().enumerate() {
                    let c = if b < 0x80 {
                        b as char
                    } else {
                        high[usize::from(b - 0x80)]
                    };
                    text.push(c);
                    map.extend(std::iter::repeat_n(Src::new(i, i + 1), c.len_utf8()));
                }
                (text, Some(map))
            }
            Charset::Whole(enc) => {
                let (s, _) = enc.decode_without_bom_handling(bytes);
                (s.into_owned(), None)
            }
        }
    }

    /// Encodes replacement text in this charset (characters it cannot hold become `?`;
    /// replacements are ASCII or characters taken from the original value).
    pub(crate) fn encode(self, text: &str) -> Cow<'_, [u8]> {
        match self {
            Charset::Utf8 | Charset::Whole(_) => Cow::Owned(text.as_bytes().to_vec()),
            Charset::Single(enc) => {
                if text.is_ascii() {
                    return Cow::Owned(text.as_bytes().to_vec());
                }
                let mut out = Vec::with_capacity(text.len());
                let mut buf = [0u8; 4];
                for c in text.chars() {
                    let (bytes, _, unmappable) = enc.encode(c.encode_utf8(&mut buf) as &str);
                    if unmappable {
                        out.push(b'?');
                    } else {
                        out.extend_from_slice(&bytes);
                    }
                }
                Cow::Owned(out)
            }
        }
    }
}

/// Length of the UTF-8 sequence starting with `b`.
fn utf8_width(b: u8) -> usize {
    match b {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qp_decode_maps_escapes_and_soft_breaks() {
        let raw = b"Caf=C3=A9 Jan=\r\nsen=3D\r\nx";
        let (out, map) = qp_decode(raw);
        assert_eq!(out, "Café Jansen=\r\nx".as_bytes());
        // `é` is two bytes, each from one escape.
        assert_eq!(map[3], Src::new(3, 6));
        assert_eq!(map[4], Src::new(6, 9));
        // `s` after the soft break.
        let s = out.iter().position(|&b| b == b's').unwrap();
        assert_eq!(raw[map[s].start as usize], b's');
    }

    #[test]
    fn qp_wrap_keeps_escapes_whole() {
        let line = [b'a'; 74]
            .iter()
            .copied()
            .chain(*b"=3Dbcd")
            .collect::<Vec<u8>>();
        let mut out = Vec::new();
        qp_wrap_line(&line, b"\n", &mut out);
        for l in out.split(|&b| b == b'\n') {
            assert!(l.len() <= 76, "{}", String::from_utf8_lossy(l));
        }
        let (decoded, _) = qp_decode(&out);
        assert_eq!(decoded, qp_decode(&line).0);
    }

    #[test]
    fn base64_round_trips_with_layout() {
        let original = b"SGFsbG8gd2VyZWxk\r\nIQ==\r\n";
        let bytes = base64_decode(original).unwrap();
        assert_eq!(bytes, b"Hallo wereld!");
        let again = base64_encode_like(&bytes, original);
        assert_eq!(again, original.to_vec());
    }

    #[test]
    fn charsets_are_sniffed_and_mapped() {
        assert_eq!(
            Charset::sniff(Some("us-ascii"), "é".as_bytes()),
            Charset::Utf8
        );
        assert_eq!(
            Charset::sniff(Some("utf-8"), b"Chlo\xEB"),
            Charset::Single(encoding_rs::WINDOWS_1252)
        );
        let cs = Charset::sniff(Some("iso-8859-1"), b"Chlo\xEB x");
        let (text, map) = cs.decode_mapped(b"Chlo\xEB x");
        assert_eq!(text, "Chloë x");
        let map = map.unwrap();
        assert_eq!(source_range(&map, 4, 6), (4, 5));
        assert_eq!(&*cs.encode("[PERSON-1]"), b"[PERSON-1]");
        assert_eq!(&*cs.encode("ë"), b"\xEB");
    }

    #[test]
    fn invalid_utf8_bytes_keep_their_own_map() {
        let (text, map) = Charset::Utf8.decode_mapped(b"a\xFFb\xC3\xA9");
        assert_eq!(text, "a\u{FFFD}bé");
        let map = map.unwrap();
        assert_eq!(source_range(&map, 1, 4), (1, 2));
        assert_eq!(source_range(&map, 5, 7), (3, 5));
    }
}
