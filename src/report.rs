//! Compliance reports: what was redacted or kept, where and why — counts per label, channel,
//! action, rule and day, and per ticket each finding's place and reason. Never a value: the
//! store holds none, and reports only read labels, rules, offsets and reasons.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use crate::store::ReportRow;

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
            *r.by_label.entry(row.label.clone()).or_default() += 1;
            *r.by_channel.entry(row.channel.clone()).or_default() += 1;
            *r.by_action.entry(row.action.clone()).or_default() += 1;
            *r.by_rule.entry(row.rule.clone()).or_default() += 1;
            *r.by_day
                .entry(day(row.received_at))
                .or_default()
                .entry(row.action.clone())
                .or_default() += 1;
        }
        r.rows = rows;
        r
    }

    /// JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("report serialises")
    }

    /// CSV with a header row.
    pub fn to_csv(&self) -> String {
        let mut s = String::from("ticket,message,channel,day,label,rule,action,reason,start,end\n");
        for r in &self.rows {
            let fields = [
                r.ticket.to_string(),
                r.message.to_string(),
                r.channel.clone(),
                day(r.received_at),
                r.label.clone(),
                r.rule.clone(),
                r.action.clone(),
                r.reason.clone(),
                r.start.to_string(),
                r.end.to_string(),
            ];
            let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            s.push_str(&line.join(","));
            s.push('\n');
        }
        s
    }

    /// A self-contained HTML page: summary tables, an SVG chart of findings per day, and the
    /// per-ticket list.
    pub fn to_html(&self) -> String {
        let mut s = String::new();
        let _ = write!(
            s,
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>pii-scrubber report {from} – {to}</title>\
             <style>body{{font-family:sans-serif;margin:2em;color:#222}}table{{border-collapse:collapse;margin:1em 0}}\
             td,th{{border:1px solid #ccc;padding:.25em .6em;text-align:left}}th{{background:#f3f3f3}}\
             .n{{text-align:right}}@media print{{section{{page-break-inside:avoid}}}}</style></head><body>\
             <h1>Personal data redaction report</h1><p>{from} – {to}: {n} findings. Values are never shown.</p>",
            from = html(&self.from),
            to = html(&self.to),
            n = self.findings
        );
        s.push_str(&self.svg_chart());
        for (title, map) in [
            ("Per label", &self.by_label),
            ("Per action", &self.by_action),
            ("Per channel", &self.by_channel),
            ("Per rule", &self.by_rule),
        ] {
            let _ = write!(
                s,
                "<section><h2>{title}</h2><table><tr><th>{}</th><th>findings</th></tr>",
                title.trim_start_matches("Per ")
            );
            for (k, v) in map {
                let _ = write!(s, "<tr><td>{}</td><td class=\"n\">{v}</td></tr>", html(k));
            }
            s.push_str("</table></section>");
        }
        s.push_str("<section><h2>Per ticket</h2><table><tr><th>ticket</th><th>message</th><th>day</th><th>label</th><th>action</th><th>where (bytes)</th><th>why</th></tr>");
        for r in &self.rows {
            let _ = write!(
                s,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}–{}</td><td>{}</td></tr>",
                r.ticket,
                r.message,
                day(r.received_at),
                html(&r.label),
                html(&r.action),
                r.start,
                r.end,
                html(&r.reason)
            );
        }
        s.push_str("</table></section></body></html>\n");
        s
    }

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

fn csv_field(f: &str) -> String {
    if f.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", f.replace('"', "\"\""))
    } else {
        f.to_string()
    }
}

fn html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
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
