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
}
