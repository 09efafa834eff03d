//! Pasted tables: CSV exports, `|` tables and tab-separated rows, as customers paste them
//! into tickets. Column rules (`columns` in a rule file) read the cells below a header that
//! names the column (`Nachname;Vorname;PLZ`), where no sentence gives a cue.

/// Separators a table's cells are split on, in the order they are tried, with how often each
/// must occur in a row: a comma twice (three cells), as prose has commas too.
const SEPARATORS: [(u8, usize); 4] = [(b';', 1), (b'\t', 1), (b'|', 1), (b',', 2)];

/// The lines of `text` as byte ranges, without their line ends.
pub fn lines(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = 0;
    text.split_inclusive('\n').map(move |l| {
        let s = start;
        start += l.len();
        (s, s + l.trim_end_matches(['\n', '\r']).len())
    })
}

/// The separator of a table row, if `line` is one.
pub fn separator(line: &str) -> Option<u8> {
    let b = line.as_bytes();
    SEPARATORS
        .into_iter()
        .find(|&(sep, times)| memchr::memchr_iter(sep, b).nth(times - 1).is_some())
        .map(|(sep, _)| sep)
}

/// The cells of row `line` (a byte range of `text`) split on `sep`, as trimmed byte ranges
/// (spaces and quotes off); the outer `|` of a `| a | b |` row opens and closes no cell. A cell
/// in double quotes may hold the separator (`"Jansen, Piet",Kerkstraat 1`), as CSV writes it.
pub fn cells(text: &str, line: (usize, usize), sep: u8) -> Cells<'_> {
    let (mut s, mut e) = line;
    let b = text.as_bytes();
    if sep == b'|' {
        while s < e && b[s] == b' ' {
            s += 1;
        }
        if s < e && b[s] == b'|' {
            s += 1;
        }
        while e > s && b[e - 1] == b' ' {
            e -= 1;
        }
        if e > s && b[e - 1] == b'|' {
            e -= 1;
        }
    }
    Cells {
        text,
        at: Some(s),
        end: e,
        sep,
    }
}

/// The cells of a row: see [`cells`].
#[derive(Debug, Clone)]
pub struct Cells<'t> {
    text: &'t str,
    /// Where the next cell starts; `None` after the last.
    at: Option<usize>,
    end: usize,
    sep: u8,
}

impl Iterator for Cells<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let start = self.at?;
        let b = &self.text.as_bytes()[..self.end];
        let lead = b[start..].iter().take_while(|&&c| c == b' ').count();
        // A quoted cell ends at the quote that closes it (`""` is a quote inside it); a quote
        // that is never closed is text.
        let closing = (b.get(start + lead) == Some(&b'"'))
            .then(|| {
                let mut i = start + lead + 1;
                while let Some(q) = memchr::memchr(b'"', &b[i..]) {
                    if b.get(i + q + 1) == Some(&b'"') {
                        i += q + 2;
                    } else {
                        return Some(i + q + 1);
                    }
                }
                None
            })
            .flatten();
        let from = closing.unwrap_or(start);
        let cell_end = memchr::memchr(self.sep, &b[from..]).map_or(b.len(), |i| from + i);
        self.at = (cell_end < b.len()).then_some(cell_end + 1);
        let cell = &self.text[start..cell_end];
        let lead = cell.len() - cell.trim_start_matches([' ', '"', '\'']).len();
        let trimmed = cell.trim_matches([' ', '"', '\'']);
        Some((start + lead, start + lead + trimmed.len()))
    }
}

/// Whether header cell `cell` names one of `columns` (lower case): case aside, without `*`, `:`
/// or a trailing `.` around it, and with `_` for a space (`date_of_birth`, as exports write
/// their column names).
pub fn names_column(cell: &str, columns: &[String]) -> bool {
    let key = cell.trim_matches(['*', ':', ' ']).trim_end_matches('.');
    if key.is_ascii() {
        let same = |column: &String| {
            column.len() == key.len()
                && key
                    .bytes()
                    .zip(column.bytes())
                    .all(|(k, c)| k.to_ascii_lowercase() == c || (k == b'_' && c == b' '))
        };
        columns.iter().any(same)
    } else {
        columns.contains(&key.to_lowercase().replace('_', " "))
    }
}

/// A line that only draws the table (`|---|---|`, `----+----`).
pub fn is_rule_line(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty()
        && t.chars()
            .all(|c| matches!(c, '-' | '=' | '+' | '|' | ':' | ' '))
}

/// Most rows above a cell searched for its table's header: a header further up is not looked
/// at, so that a cell costs a bounded amount of reading however long its table.
const HEADER_SEARCH_ROWS: usize = 64;

/// The longest row read while looking for a header: a longer row is no table row, so that a
/// cell costs at most a few KB of reading however long its row.
const MAX_ROW_BYTES: usize = 4096;

/// The line around byte `at` of `text` as a byte range without its line end, if it is at most
/// [`MAX_ROW_BYTES`] long.
pub fn row_around(text: &str, at: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let from = at.saturating_sub(MAX_ROW_BYTES);
    let start = match memchr::memrchr(b'\n', &b[from..at]) {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return None,
    };
    let to = (at + MAX_ROW_BYTES).min(b.len());
    let end = match memchr::memchr(b'\n', &b[at..to]) {
        Some(i) => at + i,
        None if to == b.len() => to,
        None => return None,
    };
    Some((start, text[..end].trim_end_matches('\r').len()))
}

/// Whether header row `line` reads like column labels: for a comma table (prose has commas
/// too) every cell short, of at most four words.
fn reads_as_header(text: &str, line: (usize, usize), sep: u8) -> bool {
    sep != b','
        || cells(text, line, sep).all(|(s, e)| e - s <= 40 && text[s..e].matches(' ').count() < 4)
}

/// The header cell above `start..end` (a byte range of `text`) as a byte range: the cell of
/// the same column in the header row of the table it lies in. The table is the run of rows
/// just above the candidate's row with its separator and as many cells; its header is the
/// topmost of them without an empty cell (not a title row such as `Declaraties maart;;`), or
/// the first row right above a line that only draws the table (`|---|---|`), which ends the
/// run.
/// `None` outside a table, in its header row, below a comma table's header that reads like
/// prose, and beyond [`HEADER_SEARCH_ROWS`] rows below the header.
pub fn header_cell(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let row = row_around(text, start)?;
    if end > row.1 {
        return None;
    }
    let sep = separator(&text[row.0..row.1])?;
    let mut column = None;
    let mut width = 0;
    for (i, (s, e)) in cells(text, row, sep).enumerate() {
        if s <= start && end <= e {
            column = Some(i);
        }
        width = i + 1;
    }
    let column = column?;
    // A row of the same table: its separator and as many cells; and whether a cell is empty.
    let shape = |line: (usize, usize)| -> Option<bool> {
        if separator(&text[line.0..line.1]) != Some(sep) {
            return None;
        }
        let (count, empty) =
            cells(text, line, sep).fold((0, false), |(n, empty), (s, e)| (n + 1, empty || s == e));
        (count == width).then_some(empty)
    };
    let mut header = None;
    let mut above = row.0;
    let mut rows = 0;
    while above > 0 {
        let line = row_around(text, above - 1)?;
        above = line.0;
        if is_rule_line(&text[line.0..line.1]) {
            // A Markdown table's header sits right above the line under it, as the table's
            // first row; a rule line between two tables ends the lower one.
            if above > 0 {
                let over = row_around(text, above - 1)?;
                let first =
                    over.0 == 0 || row_around(text, over.0 - 1).is_some_and(|l| shape(l).is_none());
                if first && shape(over) == Some(false) {
                    header = Some(over);
                }
            }
            break;
        }
        let Some(has_empty_cell) = shape(line) else {
            break;
        };
        if rows == HEADER_SEARCH_ROWS {
            return None;
        }
        rows += 1;
        if !has_empty_cell {
            header = Some(line);
        }
    }
    let header = header?;
    if !reads_as_header(text, header, sep) {
        return None;
    }
    cells(text, header, sep).nth(column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell_texts(text: &str, line: (usize, usize), sep: u8) -> Vec<&str> {
        cells(text, line, sep).map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn rows_split_into_trimmed_cells_with_their_offsets() {
        let text = "Kundennr;Nachname;PLZ\r\n597301; Vogelsang ;\"50625\"\n| a | b | c |\n";
        let l: Vec<(usize, usize)> = lines(text).collect();
        assert_eq!(&text[l[0].0..l[0].1], "Kundennr;Nachname;PLZ");
        assert_eq!(separator(&text[l[1].0..l[1].1]), Some(b';'));
        assert_eq!(
            cell_texts(text, l[1], b';'),
            ["597301", "Vogelsang", "50625"]
        );
        assert_eq!(separator(&text[l[2].0..l[2].1]), Some(b'|'));
        assert_eq!(cell_texts(text, l[2], b'|'), ["a", "b", "c"]);
        // A quoted cell may hold the separator and quotes written twice; an unclosed quote is
        // text; an empty last cell is a cell.
        let csv = "\"Jansen, Piet\",\"zegt \"\"hoi\"\"\", 1234 AB ,";
        assert_eq!(
            cell_texts(csv, (0, csv.len()), b','),
            ["Jansen, Piet", "zegt \"\"hoi", "1234 AB", ""]
        );
        let open = "\"Jansen, Piet;x";
        assert_eq!(
            cell_texts(open, (0, open.len()), b','),
            ["Jansen", "Piet;x"]
        );
        assert_eq!(separator("Hallo, ik heb een vraag"), None);
        assert_eq!(separator("voornaam\tachternaam"), Some(b'\t'));
        let columns = ["nachname".to_string(), "straße".to_string()];
        assert!(names_column(" Nachname: ", &columns) && !names_column("STRASSE", &columns));
        assert!(names_column("Straße", &columns) && !names_column("Name", &columns));
        let columns = ["date of birth".to_string(), "straße nr".to_string()];
        assert!(names_column("Date_Of_Birth", &columns) && names_column("STRAßE_NR", &columns));
        assert!(!names_column("date-of-birth", &columns) && !names_column("date_of", &columns));
        assert!(is_rule_line("|---|:--:|") && !is_rule_line("| a | b |"));
    }

    #[test]
    fn a_cells_header_is_the_same_column_of_the_tables_first_row() {
        let header = |text: &str, value: &str| {
            let start = text.rfind(value).unwrap();
            header_cell(text, start, start + value.len()).map(|(s, e)| text[s..e].to_string())
        };
        let md = "Open items:\n\n| invoice | date |\n|---|---|\n| 927009626 | 09-10 |\n| 476339716 | 22-08 |\n";
        assert_eq!(header(md, "476339716").as_deref(), Some("invoice"));
        assert_eq!(header(md, "22-08").as_deref(), Some("date"));
        let csv = "declaratienummer;datum\r\n145856081;28-08-2025\r\n566485102;18-03-2025";
        assert_eq!(
            header(csv, "566485102").as_deref(),
            Some("declaratienummer")
        );
        // Not in a table, in the header row itself, or below a row of another width.
        assert_eq!(header("Mijn BSN is 111222333.", "111222333"), None);
        assert_eq!(header(csv, "declaratienummer"), None);
        assert_eq!(header("a;b;c\n111222333;x", "111222333"), None);
        // A table longer than the search reaches has no header for its last rows; one just
        // as long has.
        let long = format!(
            "nr;datum\n{}111222333;x",
            "1;2\n".repeat(HEADER_SEARCH_ROWS)
        );
        assert_eq!(header(&long, "111222333"), None);
        let full = format!(
            "nr;datum\n{}111222333;x",
            "1;2\n".repeat(HEADER_SEARCH_ROWS - 1)
        );
        assert_eq!(header(&full, "111222333").as_deref(), Some("nr"));
        // A title row with empty cells is no header; a rule line ends the table above it.
        let titled = "Declaraties maart 2025;;\nbsn;naam;datum\n111222333;Tim;01-02";
        assert_eq!(header(titled, "111222333").as_deref(), Some("bsn"));
        let two =
            "factuurnummer;datum\n564323012;01-02\n---\nbsn;naam\n111222333;Tim\n696579303;Jan";
        assert_eq!(header(two, "696579303").as_deref(), Some("bsn"));
        // Prose with commas above a comma row is no header.
        let prose = "Hallo, hier de gegevens voor de bestelling van mijn moeder, die geen pc heeft\nAnna Smit, 668984375, Kerkstraat 12";
        assert_eq!(header(prose, "668984375"), None);
        // A row longer than the reading reaches is not read.
        let wide = format!("nr;{}\n111222333;x", "a;".repeat(MAX_ROW_BYTES));
        assert_eq!(header(&wide, "111222333"), None);
    }
}
