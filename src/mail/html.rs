//! HTML parts: the text a reader sees (text nodes, entities decoded) plus the values of
//! attributes that can carry contact data (`mailto:`/`tel:` links, titles, alt texts), each
//! byte mapped to the HTML source bytes it came from. Replacing a mapped range never touches a
//! tag, an attribute name, a quote or an entity boundary, so the markup stays intact.

use super::encode::Src;

/// Detection text extracted from HTML source.
#[derive(Debug, Clone, Default)]
pub(crate) struct HtmlText {
    /// Visible text, then a blank line, then one attribute value per line.
    pub text: String,
    /// Per text byte: the source bytes (empty for separators that stand for a tag).
    pub map: Vec<Src>,
    /// Length of the visible-text prefix of `text`.
    pub visible_len: usize,
}

/// Attributes whose values are scanned.
const SCANNED_ATTRS: &[&str] = &[
    "href",
    "title",
    "alt",
    "value",
    "content",
    "placeholder",
    "label",
    "action",
    "cite",
];

/// Tags that start a new line in the visible text.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "br",
    "div",
    "tr",
    "td",
    "th",
    "li",
    "ul",
    "ol",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "hr",
    "pre",
    "title",
    "section",
    "article",
    "header",
    "footer",
    "dd",
    "dt",
    "center",
    "address",
];

/// Named entities decoded (the common ones and Latin-1); others stay literal.
const ENTITIES: &[(&str, char)] = &[
    ("apos", '\''),
    ("nbsp", '\u{A0}'),
    ("amp", '\u{26}'),
    ("lt", '\u{3C}'),
    ("gt", '\u{3E}'),
    ("quot", '\u{22}'),
    ("euro", '\u{20AC}'),
    ("ndash", '\u{2013}'),
    ("mdash", '\u{2014}'),
    ("lsquo", '\u{2018}'),
    ("rsquo", '\u{2019}'),
    ("ldquo", '\u{201C}'),
    ("rdquo", '\u{201D}'),
    ("sbquo", '\u{201A}'),
    ("bdquo", '\u{201E}'),
    ("hellip", '\u{2026}'),
    ("bull", '\u{2022}'),
    ("trade", '\u{2122}'),
    ("copy", '\u{A9}'),
    ("reg", '\u{AE}'),
    ("deg", '\u{B0}'),
    ("middot", '\u{B7}'),
    ("laquo", '\u{AB}'),
    ("raquo", '\u{BB}'),
    ("iexcl", '\u{A1}'),
    ("iquest", '\u{BF}'),
    ("shy", '\u{AD}'),
    ("sect", '\u{A7}'),
    ("para", '\u{B6}'),
    ("times", '\u{D7}'),
    ("divide", '\u{F7}'),
    ("cent", '\u{A2}'),
    ("pound", '\u{A3}'),
    ("yen", '\u{A5}'),
    ("oelig", '\u{153}'),
    ("OElig", '\u{152}'),
    ("scaron", '\u{161}'),
    ("Scaron", '\u{160}'),
    ("Yuml", '\u{178}'),
    ("fnof", '\u{192}'),
    ("Agrave", '\u{C0}'),
    ("Aacute", '\u{C1}'),
    ("Acirc", '\u{C2}'),
    ("Atilde", '\u{C3}'),
    ("Auml", '\u{C4}'),
    ("Aring", '\u{C5}'),
    ("AElig", '\u{C6}'),
    ("Ccedil", '\u{C7}'),
    ("Egrave", '\u{C8}'),
    ("Eacute", '\u{C9}'),
    ("Ecirc", '\u{CA}'),
    ("Euml", '\u{CB}'),
    ("Igrave", '\u{CC}'),
    ("Iacute", '\u{CD}'),
    ("Icirc", '\u{CE}'),
    ("Iuml", '\u{CF}'),
    ("ETH", '\u{D0}'),
    ("Ntilde", '\u{D1}'),
    ("Ograve", '\u{D2}'),
    ("Oacute", '\u{D3}'),
    ("Ocirc", '\u{D4}'),
    ("Otilde", '\u{D5}'),
    ("Ouml", '\u{D6}'),
    ("Oslash", '\u{D8}'),
    ("Ugrave", '\u{D9}'),
    ("Uacute", '\u{DA}'),
    ("Ucirc", '\u{DB}'),
    ("Uuml", '\u{DC}'),
    ("Yacute", '\u{DD}'),
    ("THORN", '\u{DE}'),
    ("szlig", '\u{DF}'),
    ("agrave", '\u{E0}'),
    ("aacute", '\u{E1}'),
    ("acirc", '\u{E2}'),
    ("atilde", '\u{E3}'),
    ("auml", '\u{E4}'),
    ("aring", '\u{E5}'),
    ("aelig", '\u{E6}'),
    ("ccedil", '\u{E7}'),
    ("egrave", '\u{E8}'),
    ("eacute", '\u{E9}'),
    ("ecirc", '\u{EA}'),
    ("euml", '\u{EB}'),
    ("igrave", '\u{EC}'),
    ("iacute", '\u{ED}'),
    ("icirc", '\u{EE}'),
    ("iuml", '\u{EF}'),
    ("eth", '\u{F0}'),
    ("ntilde", '\u{F1}'),
    ("ograve", '\u{F2}'),
    ("oacute", '\u{F3}'),
    ("ocirc", '\u{F4}'),
    ("otilde", '\u{F5}'),
    ("ouml", '\u{F6}'),
    ("oslash", '\u{F8}'),
    ("ugrave", '\u{F9}'),
    ("uacute", '\u{FA}'),
    ("ucirc", '\u{FB}'),
    ("uuml", '\u{FC}'),
    ("yacute", '\u{FD}'),
    ("thorn", '\u{FE}'),
    ("yuml", '\u{FF}'),
];

struct Builder {
    text: String,
    map: Vec<Src>,
}

impl Builder {
    fn push(&mut self, c: char, start: usize, end: usize) {
        self.text.push(c);
        let src = Src {
            start: start as u32,
            end: end as u32,
        };
        self.map.extend(std::iter::repeat_n(src, c.len_utf8()));
    }

    fn separator(&mut self, at: usize) {
        if !self.text.ends_with('\n') {
            self.push('\n', at, at);
        }
    }

    /// Source text `s` at offset `base`, entities decoded.
    fn push_decoded(&mut self, s: &str, base: usize) {
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < s.len() {
            if bytes[i] == b'&' {
                if let Some((c, len)) = entity(&s[i..]) {
                    // A non-breaking space reads as a space for detection.
                    let c = if c == '\u{A0}' { ' ' } else { c };
                    self.push(c, base + i, base + i + len);
                    i += len;
                    continue;
                }
            }
            let c = s[i..].chars().next().expect("in bounds");
            self.push(c, base + i, base + i + c.len_utf8());
            i += c.len_utf8();
        }
    }
}

/// The entity at the start of `s` (which starts with `&`): its character and source length.
fn entity(s: &str) -> Option<(char, usize)> {
    let end = s.as_bytes().iter().take(12).position(|&b| b == b';')?;
    let body = &s[1..end];
    let c = if let Some(num) = body.strip_prefix('#') {
        let n = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        char::from_u32(n).filter(|&c| c != '\0')?
    } else {
        ENTITIES.iter().find(|(n, _)| *n == body)?.1
    };
    Some((c, end + 1))
}

/// Extracts the detection text of an HTML document.
pub(crate) fn extract(html: &str) -> HtmlText {
    let mut b = Builder {
        text: String::with_capacity(html.len() / 2),
        map: Vec::with_capacity(html.len() / 2),
    };
    let mut attrs: Vec<(usize, usize)> = Vec::new();
    let bytes = html.as_bytes();
    let mut i = 0;
    let mut text_start = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        if !(next.is_ascii_alphabetic() || next == b'/' || next == b'!' || next == b'?') {
            i += 1;
            continue;
        }
        b.push_decoded(&html[text_start..i], text_start);
        let tag_start = i;
        if html[i..].starts_with("<!--") {
            i = html[i + 4..]
                .find("-->")
                .map_or(bytes.len(), |e| i + 4 + e + 3);
            text_start = i;
            continue;
        }
        let (end, name, closing) = scan_tag(html, i, &mut attrs);
        i = end;
        text_start = i;
        if BLOCK_TAGS.contains(&name.as_str()) {
            b.separator(tag_start);
        }
        if !closing && (name == "script" || name == "style") {
            // Not visible: skip to the closing tag.
            let close = format!("</{name}");
            i = find_ascii_ci(html, i, &close).unwrap_or(bytes.len());
            text_start = i;
        }
    }
    b.push_decoded(
        &html[text_start.min(html.len())..],
        text_start.min(html.len()),
    );
    let visible_len = b.text.len();
    if !attrs.is_empty() {
        b.separator(html.len());
        for (s, e) in attrs {
            b.push('\n', e, e);
            b.push_decoded(&html[s..e], s);
        }
        b.push('\n', html.len(), html.len());
    }
    HtmlText {
        text: b.text,
        map: b.map,
        visible_len,
    }
}

/// Position of `needle` (ASCII) in `hay` from `from` on, ignoring ASCII case.
fn find_ascii_ci(hay: &str, from: usize, needle: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    (from..h.len().saturating_sub(n.len() - 1)).find(|&p| h[p..p + n.len()].eq_ignore_ascii_case(n))
}

/// Scans the tag starting at `start` (`<`): returns the offset after it, its lower-case name,
/// whether it is a closing tag, and records the value ranges of scanned attributes.
fn scan_tag(html: &str, start: usize, attrs: &mut Vec<(usize, usize)>) -> (usize, String, bool) {
    let bytes = html.as_bytes();
    let mut i = start + 1;
    let closing = bytes.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    while i < bytes.len()
        && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-' || bytes[i] == b':')
    {
        i += 1;
    }
    let name = html[name_start..i].to_ascii_lowercase();
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        if i >= bytes.len() {
            return (bytes.len(), name, closing);
        }
        if bytes[i] == b'>' {
            return (i + 1, name, closing);
        }
        let an_start = i;
        while i < bytes.len()
            && !bytes[i].is_ascii_whitespace()
            && !matches!(bytes[i], b'=' | b'>' | b'/')
        {
            i += 1;
        }
        if i == an_start {
            // A stray character such as a quote: skip it.
            i += 1;
            continue;
        }
        let attr = html[an_start..i].to_ascii_lowercase();
        let mut j = i;
        while j < bytes.len() && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        if bytes.get(j) != Some(&b'=') {
            continue;
        }
        j += 1;
        while j < bytes.len() && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        let (vs, ve, next) = match bytes.get(j) {
            Some(&q) if q == b'"' || q == b'\'' => {
                let ve = memchr::memchr(q, &bytes[j + 1..]).map_or(bytes.len(), |e| j + 1 + e);
                (j + 1, ve, (ve + 1).min(bytes.len()))
            }
            _ => {
                let mut e = j;
                while e < bytes.len() && !bytes[e].is_ascii_whitespace() && bytes[e] != b'>' {
                    e += 1;
                }
                (j, e, e)
            }
        };
        if vs < ve && SCANNED_ATTRS.contains(&attr.as_str()) {
            attrs.push((vs, ve));
        }
        i = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src_of<'a>(html: &'a str, t: &HtmlText, needle: &str) -> &'a str {
        let s = t.text.find(needle).expect("needle in text");
        let e = s + needle.len();
        &html[t.map[s].start as usize..t.map[e - 1].end as usize]
    }

    #[test]
    fn text_nodes_and_entities_map_to_source() {
        let html = "<p>Beste <b>Jan</b>,</p><p>mail: jan&#64;voorbeeld.nl &amp; co</p>";
        let t = extract(html);
        assert_eq!(
            &t.text[..t.visible_len],
            "\nBeste Jan,\nmail: jan@voorbeeld.nl & co\n"
        );
        assert_eq!(src_of(html, &t, "jan@voorbeeld.nl"), "jan&#64;voorbeeld.nl");
    }

    #[test]
    fn attribute_values_follow_the_visible_text() {
        let html = r#"<a href="mailto:piet@voorbeeld.nl" class=x>mail</a><a href='tel:+31612345678'>bel</a>"#;
        let t = extract(html);
        assert_eq!(&t.text[..t.visible_len], "mailbel");
        assert!(t.text[t.visible_len..].contains("\nmailto:piet@voorbeeld.nl\n"));
        assert_eq!(src_of(html, &t, "tel:+31612345678"), "tel:+31612345678");
    }

    #[test]
    fn scripts_styles_and_comments_are_not_text() {
        let html =
            "<style>p{color:#123456}</style><!-- x 0612345678 --><script>var a='<b>';</script>ok";
        assert_eq!(extract(html).text, "ok");
    }

    #[test]
    fn a_lone_less_than_sign_is_text() {
        let t = extract("a < b <3 c");
        assert_eq!(t.text, "a < b <3 c");
    }
}
