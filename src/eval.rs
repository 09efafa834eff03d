//! Evaluation against a gold corpus: precision, recall and F1 per label and micro-averaged,
//! lenient (a prediction of the same label covers ≥ 50 % of a gold span) and exact, plus the
//! share of PII-free messages that get any finding.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::detect::{Detector, Finding, Scratch};
use crate::label::Label;

/// A gold span.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
pub struct GoldSpan {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset.
    pub end: usize,
    /// Label.
    pub label: Label,
}

/// Counts for one label (or micro). In JSON with their `lenient` and `exact` P/R/F1.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    /// Gold spans.
    pub gold: usize,
    /// Predicted spans.
    pub predicted: usize,
    /// Lenient true positives.
    pub tp_lenient: usize,
    /// Exact true positives.
    pub tp_exact: usize,
}

impl Serialize for Counts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = serializer.serialize_struct("Counts", 6)?;
        st.serialize_field("gold", &self.gold)?;
        st.serialize_field("predicted", &self.predicted)?;
        st.serialize_field("tp_lenient", &self.tp_lenient)?;
        st.serialize_field("tp_exact", &self.tp_exact)?;
        st.serialize_field("lenient", &self.lenient())?;
        st.serialize_field("exact", &self.exact())?;
        st.end()
    }
}

/// Precision, recall, F1.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
}

fn prf(tp: usize, predicted: usize, gold: usize) -> Prf {
    let p = if predicted == 0 {
        if gold == 0 {
            1.0
        } else {
            0.0
        }
    } else {
        tp as f64 / predicted as f64
    };
    let r = if gold == 0 {
        1.0
    } else {
        tp as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    Prf {
        precision: p,
        recall: r,
        f1: f,
    }
}

impl Counts {
    /// Lenient P/R/F1.
    pub fn lenient(&self) -> Prf {
        prf(self.tp_lenient, self.predicted, self.gold)
    }

    /// Exact P/R/F1.
    pub fn exact(&self) -> Prf {
        prf(self.tp_exact, self.predicted, self.gold)
    }

    fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.tp_lenient += o.tp_lenient;
        self.tp_exact += o.tp_exact;
    }
}

/// A false positive or false negative, for `--show-errors`.
#[derive(Debug, Clone, Serialize)]
pub struct EvalError {
    /// Message id.
    pub id: String,
    /// `FP` or `FN`.
    pub kind: &'static str,
    /// Label.
    pub label: Label,
    /// The span's text (gold corpora are synthetic).
    pub text: String,
    /// Rule, for false positives.
    pub rule: Option<String>,
}

/// The evaluation result.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Messages evaluated.
    pub messages: usize,
    /// Messages without gold spans.
    pub pii_free_messages: usize,
    /// Of those, messages with any finding.
    pub pii_free_flagged: usize,
    /// Per label.
    pub labels: BTreeMap<Label, Counts>,
    /// Summed over labels.
    pub micro: Counts,
    /// Labels left out of the score (`eval --ignore-labels`): their findings and gold spans.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ignored_labels: Vec<Label>,
    /// Errors (only kept when asked for).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<EvalError>,
}

impl Report {
    /// Share of PII-free messages with any finding.
    pub fn pii_free_flagged_share(&self) -> f64 {
        if self.pii_free_messages == 0 {
            0.0
        } else {
            self.pii_free_flagged as f64 / self.pii_free_messages as f64
        }
    }

    /// Adds one message's predictions against its gold spans.
    pub fn add_message(
        &mut self,
        id: &str,
        text: &str,
        gold: &[GoldSpan],
        predicted: &[Finding],
        detector: &Detector,
        keep_errors: bool,
    ) {
        self.messages += 1;
        if gold.is_empty() {
            self.pii_free_messages += 1;
            if !predicted.is_empty() {
                self.pii_free_flagged += 1;
            }
        }
        let mut per: BTreeMap<Label, Counts> = BTreeMap::new();
        for g in gold {
            per.entry(g.label).or_default().gold += 1;
        }
        for p in predicted {
            per.entry(p.label).or_default().predicted += 1;
        }
        let mut gold_used = vec![false; gold.len()];
        let mut pred_matched = vec![false; predicted.len()];
        for (pi, p) in predicted.iter().enumerate() {
            // Exact first, then the best lenient match.
            let exact = gold.iter().enumerate().find(|(gi, g)| {
                !gold_used[*gi] && g.label == p.label && g.start == p.start && g.end == p.end
            });
            let chosen = exact.map(|(gi, _)| (gi, true)).or_else(|| {
                gold.iter()
                    .enumerate()
                    .filter(|(gi, g)| !gold_used[*gi] && g.label == p.label)
                    .map(|(gi, g)| {
                        let ov = p.end.min(g.end).saturating_sub(p.start.max(g.start));
                        (gi, ov, g.end - g.start)
                    })
                    .filter(|&(_, ov, len)| len > 0 && ov * 2 >= len)
                    .max_by_key(|&(_, ov, _)| ov)
                    .map(|(gi, _, _)| (gi, false))
            });
            if let Some((gi, is_exact)) = chosen {
                gold_used[gi] = true;
                pred_matched[pi] = true;
                let c = per.entry(p.label).or_default();
                c.tp_lenient += 1;
                if is_exact {
                    c.tp_exact += 1;
                }
            }
        }
        if keep_errors {
            for (pi, p) in predicted.iter().enumerate() {
                if !pred_matched[pi] {
                    self.errors.push(EvalError {
                        id: id.to_string(),
                        kind: "FP",
                        label: p.label,
                        text: text[p.start..p.end].to_string(),
                        rule: Some(detector.rule(p.rule).id.clone()),
                    });
                }
            }
            for (gi, g) in gold.iter().enumerate() {
                if !gold_used[gi] {
                    let t = text
                        .get(g.start..g.end)
                        .unwrap_or("<bad offsets>")
                        .to_string();
                    self.errors.push(EvalError {
                        id: id.to_string(),
                        kind: "FN",
                        label: g.label,
                        text: t,
                        rule: None,
                    });
                }
            }
        }
        for (label, c) in per {
            self.labels.entry(label).or_default().add(&c);
            self.micro.add(&c);
        }
    }

    /// A human-readable table.
    pub fn to_table(&self) -> String {
        use std::fmt::Write;
        let mut s = String::new();
        writeln!(
            s,
            "{:<14} {:>6} {:>6}   {:>6} {:>6} {:>6}   {:>6} {:>6} {:>6}",
            "label", "gold", "pred", "P", "R", "F1", "P(ex)", "R(ex)", "F1(ex)"
        )
        .unwrap();
        let mut row = |name: &str, c: &Counts| {
            let l = c.lenient();
            let e = c.exact();
            writeln!(
                s,
                "{:<14} {:>6} {:>6}   {:>6.3} {:>6.3} {:>6.3}   {:>6.3} {:>6.3} {:>6.3}",
                name, c.gold, c.predicted, l.precision, l.recall, l.f1, e.precision, e.recall, e.f1
            )
            .unwrap();
        };
        for (label, c) in &self.labels {
            row(label.as_str(), c);
        }
        row("micro", &self.micro);
        writeln!(
            s,
            "\nmessages: {}; PII-free: {}; PII-free with any finding: {} ({:.1} %)",
            self.messages,
            self.pii_free_messages,
            self.pii_free_flagged,
            100.0 * self.pii_free_flagged_share()
        )
        .unwrap();
        if !self.ignored_labels.is_empty() {
            let names: Vec<&str> = self.ignored_labels.iter().map(|l| l.as_str()).collect();
            writeln!(s, "not scored: {}", names.join(", ")).unwrap();
        }
        s
    }
}

/// One gold record.
#[derive(Debug, Deserialize)]
struct GoldRecord {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    spans: Vec<GoldSpan>,
}

/// Evaluates `detector` on JSONL gold text. Malformed lines are errors naming the line.
/// Findings and gold spans of the `ignored` labels do not count: a gold set annotated for
/// some labels only (the 14 of the design, without `HEALTH`) is scored on those.
pub fn evaluate(
    detector: &Detector,
    gold_jsonl: &str,
    name: &str,
    keep_errors: bool,
    ignored: &[Label],
) -> Result<Report, String> {
    let mut report = Report {
        ignored_labels: ignored.to_vec(),
        ..Report::default()
    };
    let mut scratch = Scratch::default();
    for (i, line) in gold_jsonl.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let rec: GoldRecord =
            serde_json::from_str(line).map_err(|e| format!("{name}:{}: {e}", i + 1))?;
        for g in &rec.spans {
            if g.start >= g.end
                || g.end > rec.text.len()
                || !rec.text.is_char_boundary(g.start)
                || !rec.text.is_char_boundary(g.end)
            {
                return Err(format!(
                    "{name}:{}: gold span {}..{} is not inside the text on char boundaries",
                    i + 1,
                    g.start,
                    g.end
                ));
            }
        }
        let id = match &rec.id {
            serde_json::Value::String(s) => s.clone(),
            v => v.to_string(),
        };
        let scan = detector.detect_with(&rec.text, &mut scratch);
        let (mut gold, mut findings) = (rec.spans, scan.findings);
        if !ignored.is_empty() {
            gold.retain(|g| !ignored.contains(&g.label));
            findings.retain(|f| !ignored.contains(&f.label));
        }
        report.add_message(&id, &rec.text, &gold, &findings, detector, keep_errors);
    }
    Ok(report)
}
