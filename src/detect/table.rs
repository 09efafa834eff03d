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
/// (spaces and quotes off); the outer `|` of a `| a | b |` row opens and closes no cell.
pub fn cells(
    text: &str,
    line: (usize, usize),
    sep: u8,
) -> impl Iterator<Item = (usize, usize)> + '_ {
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
    let row = &text[s..e];
    let mut at = s;
    row.split(sep as char).map(move |cell| {
        let cs = at;
        at += cell.len() + 1;
        let lead = cell.len() - cell.trim_start_matches([' ', '"', '\'']).len();
        let trimmed = cell.trim_matches([' ', '"', '\'']);
        (cs + lead, cs + lead + trimmed.len())
    })
}

/// Whether header cell `cell` names one of `columns` (lower case): case aside, and without
/// `*`, `:` or a trailing `.` around it.
pub fn names_column(cell: &str, columns: &[String]) -> bool {
    let key = cell.trim_matches(['*', ':', ' ']).trim_end_matches('.');
    if key.is_ascii() {
        columns.iter().any(|c| c.eq_ignore_ascii_case(key))
    } else {
        columns.contains(&key.to_lowercase())
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
/// for, so that a long table costs linear, not quadratic, time.
const HEADER_SEARCH_ROWS: usize = 64;

/// The header cell above `start..end` (a byte range of `text`) as a byte range: the cell of
/// the same column in the first row of the table it lies in. The table is the run of rows
/// just above the candidate's row with its separator and as many cells (lines that only draw
/// the table are skipped); its first row is the header. `None` outside a table, in its header
/// row, or beyond [`HEADER_SEARCH_ROWS`] rows below the header.
pub fn header_cell(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let line_start = |at: usize| memchr::memrchr(b'\n', &b[..at]).map_or(0, |i| i + 1);
    let line_end = |at: usize| {
        let e = memchr::memchr(b'\n', &b[at..]).map_or(b.len(), |i| at + i);
        text[..e].trim_end_matches('\r').len()
    };
    let row = (line_start(start), line_end(start));
    if end > row.1 {
        return None;
    }
    let sep = separator(&text[row.0..row.1])?;
    let column = cells(text, row, sep).position(|(s, e)| s <= start && end <= e)?;
    let width = cells(text, row, sep).count();
    let mut header = None;
    let mut above = row.0;
    let mut rows = 0;
    while above > 0 && rows < HEADER_SEARCH_ROWS {
        let line = (line_start(above - 1), line_end(line_start(above - 1)));
        above = line.0;
        let l = &text[line.0..line.1];
        if is_rule_line(l) {
            continue;
        }
        if separator(l) != Some(sep) || cells(text, line, sep).count() != width {
            break;
        }
        header = Some(line);
        rows += 1;
    }
    if above > 0 && rows == HEADER_SEARCH_ROWS {
        return None;
    }
    cells(text, header?, sep).nth(column)
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
        assert_eq!(separator("Hallo, ik heb een vraag"), None);
        assert_eq!(separator("voornaam\tachternaam"), Some(b'\t'));
        let columns = ["nachname".to_string(), "straße".to_string()];
        assert!(names_column(" Nachname: ", &columns) && !names_column("STRASSE", &columns));
        assert!(names_column("Straße", &columns) && !names_column("Name", &columns));
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
        // A table longer than the search reaches has no header for its last rows.
        let long = format!(
            "nr;datum\n{}111222333;x",
            "1;2\n".repeat(HEADER_SEARCH_ROWS + 1)
        );
        assert_eq!(header(&long, "111222333"), None);
    }
}
