//! One record through detect → policy → redact, rendered as a JSONL output line.

use crate::config::Config;
use crate::detect::lang::Lang;
use crate::detect::{BatchScratch, Detector, Finding, Scan, Scratch};
use crate::jsonl::{round_score, write_extra, write_findings, write_head, FindingOut, InputRecord};
use crate::policy::{Action, Decision, Intents, Policy, Requester};
use crate::redact::{Method, Numbering, Redactor};

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
    /// Builds the scrubber a config describes: rules compiled once, policy, and the redactor
    /// (for pseudonyms with the key from the environment variable `[pseudonym] key_env` names).
    pub fn from_config(cfg: &Config, method: Method) -> anyhow::Result<Scrubber> {
        // The policy's intent automaton is built while the rules compile.
        let (sources, lists) = crate::detect::config_sources(cfg)?;
        let (detector, policy) = rayon::join(
            || Detector::from_sources(&sources, lists.clone(), cfg),
            || Policy::new(&cfg.policy, &lists),
        );
        let detector = detector?;
        let policy = policy.map_err(anyhow::Error::msg)?;
        // The key makes pseudonyms and the keyed value hashes the store keeps for linking; only
        // the pseudonym method cannot do without it.
        let var = &cfg.pseudonym.key_env;
        let redactor = match std::env::var(var) {
            Ok(k) if !k.is_empty() => Redactor::with_key(k.into_bytes()),
            _ if method == Method::Pseudonym => anyhow::bail!("--method pseudonym needs a secret key: set the environment variable {var} (named by [pseudonym] key_env)"),
            _ => {
                // A policy that asks for pseudonyms must not quietly get placeholders.
                if let Some((label, _)) = cfg
                    .policy
                    .iter()
                    .find(|(_, p)| p.action == crate::policy::Action::Pseudonymise)
                {
                    anyhow::bail!("[policy.{label}] action = \"pseudonymise\" needs a secret key: set the environment variable {var} (named by [pseudonym] key_env)");
                }
                Redactor::new()
            }
        };
        Ok(Scrubber {
            detector,
            policy,
            redactor,
            method,
        })
    }

    /// A short hash of what decides what is redacted: the rules, the word lists, the program
    /// version and the sections `[detect]`, `[policy]` and `[organisation]` of `cfg` (the config
    /// this scrubber was built from; their `Debug` form: maps in them are ordered, so it is
    /// stable for a given build).
    pub fn decisions_version(&self, cfg: &Config) -> String {
        use sha2::{Digest, Sha256};
        let mut h = Sha256::new();
        h.update(self.detector.version().as_bytes());
        h.update(self.detector.word_lists().digest().as_bytes());
        h.update(env!("CARGO_PKG_VERSION").as_bytes());
        h.update(format!("{:?}|{:?}|{:?}", cfg.detect, cfg.policy, cfg.organisation).as_bytes());
        h.finalize()
            .iter()
            .take(6)
            .map(|b| format!("{b:02x}"))
            .collect()
    }

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

    /// Detects and decides: the message's language and each finding with its decision.
    pub fn decide(
        &self,
        text: &str,
        requester: &Requester,
        scratch: &mut Scratch,
    ) -> (Lang, Vec<(Finding, Decision)>) {
        self.decide_in_thread(text, "", requester, scratch)
    }

    /// As [`Scrubber::decide`], where the request may be stated elsewhere: the intent words of
    /// `thread` (the subject, earlier messages of the thread) count too, so the IBAN sent in a
    /// reply to a refund request is kept until the ticket closes.
    pub fn decide_in_thread(
        &self,
        text: &str,
        thread: &str,
        requester: &Requester,
        scratch: &mut Scratch,
    ) -> (Lang, Vec<(Finding, Decision)>) {
        let scan = self.detector.detect_with(text, scratch);
        self.decide_scan(text, thread, requester, scan)
    }

    /// The policy's decision on each finding of `scan`, the detector's scan of `text` (with
    /// `thread` as in [`Scrubber::decide_in_thread`]).
    pub fn decide_scan(
        &self,
        text: &str,
        thread: &str,
        requester: &Requester,
        scan: Scan,
    ) -> (Lang, Vec<(Finding, Decision)>) {
        if scan.findings.is_empty() {
            return (scan.lang, Vec::new());
        }
        let mut intents = Intents::default();
        if self.policy.reads_intents(&scan.findings) {
            intents = self.policy.intents(text);
            if !thread.is_empty() {
                intents.add(self.policy.intents(thread));
            }
        }
        let decided = scan
            .findings
            .iter()
            .map(|f| {
                (
                    *f,
                    self.policy.decide(
                        &self.detector,
                        f,
                        &text[f.start..f.end],
                        &intents,
                        requester,
                    ),
                )
            })
            .collect();
        (scan.lang, decided)
    }

    /// As [`Scrubber::decide_in_thread`] for each `(text, thread, requester)` of `items`, with
    /// the texts detected as one batch ([`Detector::detect_batch`]: the same findings, faster
    /// for many short messages).
    pub fn decide_batch(
        &self,
        items: &[(&str, &str, &Requester)],
        batch: &mut BatchScratch,
    ) -> Vec<(Lang, Vec<(Finding, Decision)>)> {
        let texts: Vec<&str> = items.iter().map(|(text, _, _)| *text).collect();
        let scans = self.detector.detect_batch(&texts, batch);
        items
            .iter()
            .zip(scans)
            .map(|(&(text, thread, requester), scan)| {
                self.decide_scan(text, thread, requester, scan)
            })
            .collect()
    }

    /// The output lines of `records` (each with its line number), as [`Scrubber::scan_line`] or
    /// (with `redact`) [`Scrubber::redact_line`] makes them, detected as one batch.
    pub fn process_lines(
        &self,
        records: &[(&InputRecord, usize)],
        redact: bool,
        batch: &mut BatchScratch,
    ) -> Vec<String> {
        let requesters: Vec<Requester> = records.iter().map(|(rec, _)| requester_of(rec)).collect();
        let items: Vec<(&str, &str, &Requester)> = records
            .iter()
            .zip(&requesters)
            .map(|((rec, _), requester)| (rec.text.as_str(), "", requester))
            .collect();
        records
            .iter()
            .zip(self.decide_batch(&items, batch))
            .map(|(&(rec, line), decided)| {
                if redact {
                    self.redact_output(rec, line, decided)
                } else {
                    self.scan_output(rec, line, decided)
                }
            })
            .collect()
    }

    /// `scan` output for one record: `{"id","lang","findings":[…]}` plus the record's other fields.
    pub fn scan_line(&self, rec: &InputRecord, line: usize, scratch: &mut Scratch) -> String {
        self.scan_output(
            rec,
            line,
            self.decide(&rec.text, &requester_of(rec), scratch),
        )
    }

    /// The `scan` output line of `rec` with its findings `decided` in language `lang`.
    fn scan_output(
        &self,
        rec: &InputRecord,
        line: usize,
        (lang, decided): (Lang, Vec<(Finding, Decision)>),
    ) -> String {
        let out = self.finding_outs(&decided);
        let mut s = String::with_capacity(64 + out.len() * 96);
        write_head(&mut s, rec.id.as_deref(), line);
        s.push_str(",\"lang\":\"");
        s.push_str(lang.as_str());
        s.push_str("\",\"findings\":");
        write_findings(&mut s, &out);
        write_extra(&mut s, &rec.extra);
        s.push('}');
        s
    }

    /// Redacts one text: the findings the policy does not keep are replaced. Returns the redacted
    /// text, the language and every finding with its offsets in the redacted text.
    pub fn redact_text(
        &self,
        text: &str,
        requester: &Requester,
        scratch: &mut Scratch,
    ) -> (String, Lang, Vec<(Finding, Decision)>) {
        let (lang, decided) = self.decide(text, requester, scratch);
        let (redacted, moved) = self.apply(text, decided);
        (redacted, lang, moved)
    }

    /// Applies decisions to `text`: replaces what is not kept; returns the redacted text and
    /// every finding with its offsets in it (replacements, and kept values where they moved to).
    pub fn apply(
        &self,
        text: &str,
        decided: Vec<(Finding, Decision)>,
    ) -> (String, Vec<(Finding, Decision)>) {
        self.apply_numbered(text, decided, &mut Numbering::default())
    }

    /// As [`Scrubber::apply`], with placeholder numbers shared with the message's other texts.
    pub fn apply_numbered(
        &self,
        text: &str,
        decided: Vec<(Finding, Decision)>,
        numbering: &mut Numbering,
    ) -> (String, Vec<(Finding, Decision)>) {
        let items: Vec<(Finding, Method)> = decided
            .iter()
            .filter(|(_, d)| d.action.removes_value())
            .map(|(f, d)| {
                let method = match d.action {
                    Action::Mask => Method::Mask,
                    Action::Pseudonymise => Method::Pseudonym,
                    _ => self.method,
                };
                (*f, method)
            })
            .collect();
        let redacted = self.redactor.redact_numbered(text, &items, numbering);
        // Findings are sorted and do not overlap: walk them with the running length change.
        let mut replacements = redacted.replacements.iter().peekable();
        let mut delta: isize = 0;
        let moved = decided
            .into_iter()
            .map(|(f, d)| {
                let shift = |x: usize| (x as isize + delta) as usize;
                let new = if d.action.removes_value() {
                    let r = replacements
                        .next()
                        .expect("one replacement per removed finding");
                    delta += (r.end - r.start) as isize - f.len() as isize;
                    Finding {
                        start: r.start,
                        end: r.end,
                        ..f
                    }
                } else {
                    Finding {
                        start: shift(f.start),
                        end: shift(f.end),
                        ..f
                    }
                };
                (new, d)
            })
            .collect();
        (redacted.text, moved)
    }

    /// `redact` output for one record: `{"id","lang","text","findings":[…]}` with the offsets of
    /// the replacements in the redacted text.
    pub fn redact_line(&self, rec: &InputRecord, line: usize, scratch: &mut Scratch) -> String {
        self.redact_output(
            rec,
            line,
            self.decide(&rec.text, &requester_of(rec), scratch),
        )
    }

    /// The `redact` output line of `rec` with its findings `decided` in language `lang`.
    fn redact_output(
        &self,
        rec: &InputRecord,
        line: usize,
        (lang, decided): (Lang, Vec<(Finding, Decision)>),
    ) -> String {
        let (text, findings) = self.apply(&rec.text, decided);
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

/// The requester as the record tells: `name` (or `author`), `email`, `phone`.
pub fn requester_of(rec: &InputRecord) -> Requester {
    let field = |keys: &[&str]| {
        rec.extra
            .iter()
            .find(|(k, _)| keys.contains(&k.as_str()))
            .and_then(|(_, v)| serde_json::from_str::<String>(v.get()).ok())
    };
    Requester {
        name: field(&["name", "author"]),
        email: field(&["email", "from"]),
        phone: field(&["phone"]),
    }
}
