//! One record through detect → policy → redact, rendered as a JSONL output line.

use crate::detect::{Detector, Finding, Scratch};
use crate::jsonl::{round_score, write_extra, write_head, FindingOut, InputRecord};
use crate::policy::{Decision, Policy};
use crate::redact::{Method, Redactor};

/// Detector, policy and redactor together; shared by all worker threads.
#[derive(Debug)]
pub struct Scrubber {
    /// The compiled rules.
    pub detector: Detector,
    /// The policy.
    pub policy: Policy,
    /// The redactor (with the pseudonym key if configured).
    pub redactor: Redactor,
    /// Method for findings the policy redacts.
    pub method: Method,
}

impl Scrubber {
    /// Findings with their decisions as written in JSONL output.
    fn finding_outs<'a>(&'a self, decided: &'a [(Finding, Decision)]) -> Vec<FindingOut<'a>> {
        decided
            .iter()
            .map(|(f, d)| FindingOut {
                start: f.start,
                end: f.end,
                label: f.label,
                rule: &self.detector.rule(f.rule).id,
                score: round_score(f.score),
                action: d.action.as_str(),
                reason: &d.reason,
            })
            .collect()
    }

    /// `scan` output for one record: `{"id","lang","findings":[…]}` plus the record's other fields.
    pub fn scan_line(&self, rec: &InputRecord, line: usize, scratch: &mut Scratch) -> String {
        let scan = self.detector.detect_with(&rec.text, scratch);
        let decided: Vec<(Finding, Decision)> = scan
            .findings
            .iter()
            .map(|f| (*f, self.policy.decide(&self.detector, f)))
            .collect();
        let out = self.finding_outs(&decided);
        let mut s = String::with_capacity(64 + out.len() * 96);
        write_head(&mut s, rec.id.as_deref(), line);
        s.push_str(",\"lang\":\"");
        s.push_str(scan.lang.as_str());
        s.push_str("\",\"findings\":");
        s.push_str(&serde_json::to_string(&out).expect("findings serialise"));
        write_extra(&mut s, &rec.extra);
        s.push('}');
        s
    }

    /// Redacts one text; returns the redacted text and the findings with replacement offsets.
    pub fn redact_text(
        &self,
        text: &str,
        scratch: &mut Scratch,
    ) -> (String, crate::detect::lang::Lang, Vec<(Finding, Decision)>) {
        let scan = self.detector.detect_with(text, scratch);
        let decided: Vec<(Finding, Decision)> = scan
            .findings
            .iter()
            .map(|f| (*f, self.policy.decide(&self.detector, f)))
            .collect();
        let items: Vec<_> = decided
            .iter()
            .filter(|(_, d)| d.action.removes_value())
            .map(|(f, d)| {
                let method = match d.action {
                    crate::policy::Action::Mask => Method::Mask,
                    crate::policy::Action::Pseudonymise => Method::Pseudonym,
                    _ => self.method,
                };
                (*f, method)
            })
            .collect();
        let redacted = self.redactor.redact(text, &items);
        let moved = redacted
            .replacements
            .iter()
            .map(|r| {
                let (f, _) = items[r.finding];
                let d = decided
                    .iter()
                    .find(|(g, _)| g.start == f.start)
                    .map(|(_, d)| d.clone())
                    .expect("decided");
                (
                    Finding {
                        start: r.start,
                        end: r.end,
                        ..f
                    },
                    d,
                )
            })
            .collect();
        (redacted.text, scan.lang, moved)
    }

    /// `redact` output for one record: `{"id","lang","text","findings":[…]}` with the offsets of
    /// the replacements in the redacted text.
    pub fn redact_line(&self, rec: &InputRecord, line: usize, scratch: &mut Scratch) -> String {
        let (text, lang, findings) = self.redact_text(&rec.text, scratch);
        let out = self.finding_outs(&findings);
        let mut s = String::with_capacity(text.len() + 64 + out.len() * 96);
        write_head(&mut s, rec.id.as_deref(), line);
        s.push_str(",\"lang\":\"");
        s.push_str(lang.as_str());
        s.push_str("\",\"text\":");
        s.push_str(&serde_json::to_string(&text).expect("string serialises"));
        s.push_str(",\"findings\":");
        s.push_str(&serde_json::to_string(&out).expect("findings serialise"));
        write_extra(&mut s, &rec.extra);
        s.push('}');
        s
    }
}
