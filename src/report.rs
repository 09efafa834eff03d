//! Compliance reports: what was redacted or kept, where and why — counts per label, channel,
//! action, rule and day, and per ticket each finding's place and reason. Never a value: the
//! store holds none, and reports only read labels, rules, offsets and reasons.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write;

use serde::Serialize;

use crate::store::{ReportCount, ReportRow, SetAside, Store, StoreError};

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON document.
    Json,
    /// One row per finding.
    Csv,
    /// One self-contained HTML page with an SVG chart, printable.
    Html,
}

/// The aggregated report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// First day covered (YYYY-MM-DD), inclusive.
    pub from: String,
    /// Last day covered, inclusive.
    pub to: String,
    /// Findings in total.
    pub findings: usize,
    /// Counts per label.
    pub by_label: BTreeMap<String, usize>,
    /// Counts per channel.
    pub by_channel: BTreeMap<String, usize>,
    /// Counts per action.
    pub by_action: BTreeMap<String, usize>,
    /// Counts per rule.
    pub by_rule: BTreeMap<String, usize>,
    /// Counts per day and action.
    pub by_day: BTreeMap<String, BTreeMap<String, usize>>,
    /// Mails the IMAP worker set aside untouched for a person (it could not process them).
    pub set_aside: Vec<SetAside>,
    /// Every finding, grouped by ticket in the order of the store.
    pub rows: Vec<ReportRow>,
}

/// The calendar day (UTC) of unix seconds.
pub fn day(secs: i64) -> String {
    let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs.max(0) as u64);
    humantime::format_rfc3339_seconds(t).to_string()[..10].to_string()
}

impl Report {
    /// Aggregates `rows` for the days `from..=to`.
    pub fn new(from: &str, to: &str, rows: Vec<ReportRow>) -> Report {
        let mut r = Report {
            from: from.into(),
            to: to.into(),
            findings: rows.len(),
            ..Report::default()
        };
        for row in &rows {
            r.count(
                &row.channel,
                &row.label,
                &row.rule,
                &row.action,
                day(row.received_at),
                1,
            );
        }
        r.rows = rows;
        r
    }

    /// The counts of a report for the days `from..=to` from the store's grouped counts,
    /// without the per-finding rows (those are streamed by [`write()`]).
    pub fn from_counts(from: &str, to: &str, counts: &[ReportCount]) -> Report {
        let mut r = Report {
            from: from.into(),
            to: to.into(),
            ..Report::default()
        };
        for c in counts {
            let n = c.findings.max(0) as usize;
            r.findings += n;
            r.count(&c.channel, &c.label, &c.rule, &c.action, day(c.day), n);
        }
        r
    }

    fn count(
        &mut self,
        channel: &str,
        label: &str,
        rule: &str,
        action: &str,
        day: String,
        n: usize,
    ) {
        *self.by_label.entry(label.to_string()).or_default() += n;
        *self.by_channel.entry(channel.to_string()).or_default() += n;
        *self.by_action.entry(action.to_string()).or_default() += n;
        *self.by_rule.entry(rule.to_string()).or_default() += n;
        *self
            .by_day
            .entry(day)
            .or_default()
            .entry(action.to_string())
            .or_default() += n;
    }

    /// JSON.
    pub fn to_json(&self) -> String {
        self.render(Format::Json)
    }

    /// CSV with a header row.
    pub fn to_csv(&self) -> String {
        self.render(Format::Csv)
    }

    /// A self-contained HTML page: summary tables, an SVG chart of findings per day, and the
    /// per-ticket list.
    pub fn to_html(&self) -> String {
        self.render(Format::Html)
    }

    /// The whole report (counts and `rows`) in `format`.
    fn render(&self, format: Format) -> String {
        let mut out = Vec::new();
        let mut w = RowWriter::begin(&mut out, self, format).expect("writing to memory");
        for r in &self.rows {
            w.row(r).expect("writing to memory");
        }
        w.end().expect("writing to memory");
        String::from_utf8(out).expect("reports are UTF-8")
    }
}

/// Why a report could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// Reading the store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Writing the output failed.
    #[error("writing the report: {0}")]
    Io(#[from] std::io::Error),
}

/// Writes the report over messages received in `start..end` (unix seconds; the days
/// `from..=to`) in `format` to `out`: the counts are grouped by the store, the per-finding rows
/// are written as they are read, so memory stays small however large the store is.
pub async fn write(
    store: &Store,
    (from, to): (&str, &str),
    (start, end): (i64, i64),
    format: Format,
    out: &mut impl Write,
) -> Result<(), ReportError> {
    let mut report = Report::from_counts(from, to, &store.report_counts(start, end).await?);
    report.set_aside = store.set_aside_between(start, end).await?;
    let mut w = RowWriter::begin(out, &report, format)?;
    store
        .for_each_report_row(start, end, |r| w.row(&r).map_err(ReportError::from))
        .await?;
    w.end()?;
    Ok(())
}

/// Writes a report in one format: the part before the rows, each row, the end.
struct RowWriter<'w, W: Write> {
    out: &'w mut W,
    format: Format,
    rows: usize,
    days: DayCache,
}

/// The last day written, by unix day number (rows of a ticket mostly share their day).
#[derive(Default)]
struct DayCache(Option<(i64, String)>);

impl DayCache {
    /// The day of `secs`, as [`day`] writes it.
    fn get(&mut self, secs: i64) -> &str {
        let n = secs.max(0) / 86_400;
        if self.0.as_ref().is_none_or(|d| d.0 != n) {
            self.0 = Some((n, day(secs)));
        }
        self.0.as_ref().map_or("", |d| d.1.as_str())
    }
}

impl<'w, W: Write> RowWriter<'w, W> {
    /// Writes everything before the per-finding rows.
    fn begin(out: &'w mut W, report: &Report, format: Format) -> std::io::Result<Self> {
        match format {
            Format::Json => {
                // The counts as serde writes them, up to the (empty here) list of rows.
                let head = Report {
                    rows: Vec::new(),
                    ..report.clone()
                };
                let json = serde_json::to_string_pretty(&head).map_err(std::io::Error::other)?;
                let open = json.strip_suffix("[]\n}").unwrap_or(&json);
                out.write_all(open.as_bytes())?;
                out.write_all(b"[")?;
            }
            Format::Csv => {
                out.write_all(b"ticket,message,channel,day,label,rule,action,reason,start,end\n")?;
                // A set-aside mail has no ticket, label or offsets: action `set_aside`.
                for s in &report.set_aside {
                    writeln!(
                        out,
                        ",,email,{},,,set_aside,{},,",
                        day(s.at),
                        csv_field(&s.reason)
                    )?;
                }
            }
            Format::Html => write_html_head(out, report)?,
        }
        Ok(RowWriter {
            out,
            format,
            rows: 0,
            days: DayCache::default(),
        })
    }

    /// Writes one per-finding row.
    fn row(&mut self, r: &ReportRow) -> std::io::Result<()> {
        match self.format {
            Format::Json => write_json_row(self.out, r, self.rows == 0)?,
            Format::Csv => write_csv_row(self.out, r, self.days.get(r.received_at))?,
            Format::Html => write_html_row(self.out, r, self.days.get(r.received_at))?,
        }
        self.rows += 1;
        Ok(())
    }

    /// Writes everything after the rows.
    fn end(self) -> std::io::Result<()> {
        match self.format {
            Format::Json if self.rows == 0 => self.out.write_all(b"]\n}"),
            Format::Json => self.out.write_all(b"\n  ]\n}"),
            Format::Csv => Ok(()),
            Format::Html => self.out.write_all(b"</table></section></body></html>\n"),
        }
    }
}

/// One row of the JSON `rows` list, laid out as `serde_json::to_string_pretty` lays it out.
fn write_json_row(out: &mut impl Write, r: &ReportRow, first: bool) -> std::io::Result<()> {
    let s = |v: &str| serde_json::to_string(v).map_err(std::io::Error::other);
    write!(
        out,
        "{}\n    {{\n      \"ticket\": {},\n      \"message\": {},\n      \"channel\": {},\n      \"received_at\": {},\n      \"label\": {},\n      \"rule\": {},\n      \"action\": {},\n      \"reason\": {},\n      \"start\": {},\n      \"end\": {}\n    }}",
        if first { "" } else { "," },
        r.ticket,
        r.message,
        s(&r.channel)?,
        r.received_at,
        s(&r.label)?,
        s(&r.rule)?,
        s(&r.action)?,
        s(&r.reason)?,
        r.start,
        r.end
    )
}

fn write_html_row(out: &mut impl Write, r: &ReportRow, day: &str) -> std::io::Result<()> {
    write!(
        out,
        "<tr><td>{}</td><td>{}</td><td>{day}</td><td>{}</td><td>{}</td><td>{}–{}</td><td>{}</td></tr>",
        r.ticket,
        r.message,
        html(&r.label),
        html(&r.action),
        r.start,
        r.end,
        html(&r.reason)
    )
}

fn write_csv_row(out: &mut impl Write, r: &ReportRow, day: &str) -> std::io::Result<()> {
    writeln!(
        out,
        "{},{},{},{day},{},{},{},{},{},{}",
        r.ticket,
        r.message,
        csv_field(&r.channel),
        csv_field(&r.label),
        csv_field(&r.rule),
        csv_field(&r.action),
        csv_field(&r.reason),
        r.start,
        r.end
    )
}

/// The HTML page up to the rows of the per-ticket table.
fn write_html_head(out: &mut impl Write, report: &Report) -> std::io::Result<()> {
    write!(
        out,
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>pii-scrubber report {from} – {to}</title>\
         <style>body{{font-family:sans-serif;margin:2em;color:#222}}table{{border-collapse:collapse;margin:1em 0}}\
         td,th{{border:1px solid #ccc;padding:.25em .6em;text-align:left}}th{{background:#f3f3f3}}\
         .n{{text-align:right}}@media print{{section{{page-break-inside:avoid}}}}</style></head><body>\
         <h1>Personal data redaction report</h1><p>{from} – {to}: {n} findings. Values are never shown.</p>",
        from = html(&report.from),
        to = html(&report.to),
        n = report.findings
    )?;
    out.write_all(report.svg_chart().as_bytes())?;
    for (title, map) in [
        ("Per label", &report.by_label),
        ("Per action", &report.by_action),
        ("Per channel", &report.by_channel),
        ("Per rule", &report.by_rule),
    ] {
        write!(
            out,
            "<section><h2>{title}</h2><table><tr><th>{}</th><th>findings</th></tr>",
            title.trim_start_matches("Per ")
        )?;
        for (k, v) in map {
            write!(out, "<tr><td>{}</td><td class=\"n\">{v}</td></tr>", html(k))?;
        }
        out.write_all(b"</table></section>")?;
    }
    if !report.set_aside.is_empty() {
        write!(
            out,
            "<section><h2>Set aside for a person</h2><p>{} mail(s) the IMAP worker could not \
             process, moved untouched to its failed folder.</p><table><tr><th>day</th><th>why</th></tr>",
            report.set_aside.len()
        )?;
        for s in &report.set_aside {
            write!(
                out,
                "<tr><td>{}</td><td>{}</td></tr>",
                day(s.at),
                html(&s.reason)
            )?;
        }
        out.write_all(b"</table></section>")?;
    }
    out.write_all(b"<section><h2>Per ticket</h2><table><tr><th>ticket</th><th>message</th><th>day</th><th>label</th><th>action</th><th>where (bytes)</th><th>why</th></tr>")
}

impl Report {
    fn svg_chart(&self) -> String {
        let days: Vec<(&String, usize)> = self
            .by_day
            .iter()
            .map(|(d, m)| (d, m.values().sum()))
            .collect();
        let max = days.iter().map(|d| d.1).max().unwrap_or(0).max(1);
        let bar = 24;
        let width = 60 + days.len().max(1) * (bar + 8);
        let height = 220;
        let mut s = format!(
            "<section><h2>Findings per day</h2><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"findings per day\">\
             <line x1=\"40\" y1=\"180\" x2=\"{width}\" y2=\"180\" stroke=\"#888\"/><text x=\"0\" y=\"20\" font-size=\"11\">{max}</text>"
        );
        for (i, (d, n)) in days.iter().enumerate() {
            let h = (160 * n / max).max(1);
            let x = 48 + i * (bar + 8);
            let _ = write!(
                s,
                "<rect x=\"{x}\" y=\"{}\" width=\"{bar}\" height=\"{h}\" fill=\"#4a7ab5\"><title>{} {n}</title></rect>\
                 <text x=\"{x}\" y=\"195\" font-size=\"9\" transform=\"rotate(45 {x} 195)\">{}</text>",
                180 - h,
                html(d),
                html(&d[5..])
            );
        }
        s.push_str("</svg></section>");
        s
    }
}

fn csv_field(f: &str) -> Cow<'_, str> {
    if f.contains([',', '"', '\n', '\r']) {
        Cow::Owned(format!("\"{}\"", f.replace('"', "\"\"")))
    } else {
        Cow::Borrowed(f)
    }
}

fn html(s: &str) -> Cow<'_, str> {
    if !s.contains(['&', '<', '>', '"']) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(label: &str, action: &str, day_secs: i64) -> ReportRow {
        ReportRow {
            ticket: 1,
            message: 2,
            channel: "ticket".into(),
            received_at: day_secs,
            label: label.into(),
            rule: "nl.bsn".into(),
            action: action.into(),
            reason: "redacted: a, \"quoted\" reason".into(),
            start: 3,
            end: 10,
        }
    }

    #[test]
    fn aggregates_and_renders_every_format() {
        let r = Report::new(
            "2026-11-01",
            "2026-11-30",
            vec![
                row("BSN", "redact", 1_795_000_000),
                row("IBAN", "keep_until_closed", 1_795_100_000),
            ],
        );
        assert_eq!(r.by_label["BSN"], 1);
        assert_eq!(r.by_action.values().sum::<usize>(), 2);
        assert_eq!(r.by_day.len(), 2);
        let csv = r.to_csv();
        assert_eq!(csv.lines().count(), 3);
        assert!(
            csv.contains("\"redacted: a, \"\"quoted\"\" reason\""),
            "{csv}"
        );
        let html = r.to_html();
        assert!(
            html.starts_with("<!doctype html>")
                && html.contains("<svg")
                && html.contains("&quot;quoted&quot;")
        );
        let json: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
        assert_eq!(json["findings"], 2);
    }
}
