//! Reading rows that SQL packed into one string (`string_agg` of length-prefixed fields).
//! Each row read from sqlx's SQLite driver is a hand-over between threads; packing many rows
//! into one string makes a read of thousands of rows one hand-over.

/// A cursor over a packed string: numbers end in `:` or `;`, a text field is `<len>:<text>`.
pub(super) struct Unpack<'a>(pub &'a str);

impl Unpack<'_> {
    /// The number before the next `:` or `;`.
    pub fn number(&mut self) -> Option<i64> {
        let end = self.0.find([':', ';'])?;
        let n = self.0[..end].parse().ok()?;
        self.0 = &self.0[end + 1..];
        Some(n)
    }

    /// A `<len>:<text>` field with its length in characters (SQL `length`).
    pub fn text(&mut self) -> Option<String> {
        let chars = usize::try_from(self.number()?).ok()?;
        let end = match self.0.char_indices().nth(chars) {
            Some((i, _)) => i,
            None if self.0.chars().count() == chars => self.0.len(),
            None => return None,
        };
        let text = self.0[..end].to_string();
        self.0 = &self.0[end..];
        Some(text)
    }

    /// A `<len>:<text>` field with its length in bytes (SQL `octet_length`).
    pub fn bytes(&mut self) -> Option<String> {
        let len = usize::try_from(self.number()?).ok()?;
        let text = self.0.get(..len)?.to_string();
        self.0 = &self.0[len..];
        Some(text)
    }

    /// A byte-length field that may be NULL, packed as `-`.
    pub fn optional_bytes(&mut self) -> Option<Option<String>> {
        match self.0.strip_prefix('-') {
            Some(rest) => {
                self.0 = rest;
                Some(None)
            }
            None => self.bytes().map(Some),
        }
    }

    /// Consumes `mark` if the rest starts with it.
    pub fn take(&mut self, mark: char) -> bool {
        match self.0.strip_prefix(mark) {
            Some(rest) => {
                self.0 = rest;
                true
            }
            None => false,
        }
    }

    /// Whether everything is read.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_fields_are_read_by_their_length_whatever_they_contain() {
        let reason = "kept: 12:3; 'terugbetaling' – ✓";
        let packed = format!(
            "4:IBAN7:nl.iban17:keep_until_closed{}:{reason}12:30;3:BSN6:nl.bsn6:redact0:40:49;",
            reason.chars().count()
        );
        let mut p = Unpack(&packed);
        assert_eq!(p.text().as_deref(), Some("IBAN"));
        assert_eq!(p.text().as_deref(), Some("nl.iban"));
        assert_eq!(p.text().as_deref(), Some("keep_until_closed"));
        assert_eq!(p.text().as_deref(), Some(reason));
        assert_eq!((p.number(), p.number()), (Some(12), Some(30)));
        assert_eq!(p.text().as_deref(), Some("BSN"));
        assert_eq!(p.text().as_deref(), Some("nl.bsn"));
        assert_eq!(p.text().as_deref(), Some("redact"));
        assert_eq!(p.text().as_deref(), Some(""));
        assert_eq!((p.number(), p.number()), (Some(40), Some(49)));
        assert!(p.is_empty());
        assert_eq!(Unpack("9:short").text(), None, "a length past the end");
    }

    #[test]
    fn byte_fields_and_nulls() {
        let body = "één: 1;2 – ✓";
        let packed = format!("{}:{body}-3:abc.", body.len());
        let mut p = Unpack(&packed);
        assert_eq!(p.bytes().as_deref(), Some(body));
        assert_eq!(p.optional_bytes(), Some(None));
        assert_eq!(p.optional_bytes(), Some(Some("abc".to_string())));
        assert!(p.take('.') && p.is_empty());
        // A length that ends inside a character is not a field.
        assert_eq!(Unpack("1:é").bytes(), None);
        assert_eq!(Unpack("9:short").bytes(), None);
    }
}
