//! Detection: rule files compiled once into a [`Detector`] that turns text into [`Finding`]s.
//!
//! Pipeline per message (all `&self`, no shared mutable state):
//! 1. every rule's regexes run over the text; a `value` capture group, if any, is the span;
//! 2. candidates must sit on token boundaries (not inside a longer word or digit run) and pass
//!    the rule's validator (checksums, numbering plans, calendars);
//! 3. context words (one Aho-Corasick pass) boost, require or veto candidates;
//! 4. rules restricted to languages apply only in parts of the message in those languages (or
//!    where the language cannot be told);
//! 5. the organisation's own data and already-redacted placeholders are dropped;
//! 6. overlaps resolve deterministically: higher score, then label priority, then longer span.

pub mod checksum;
pub mod context;
pub mod lang;
pub mod org;
pub mod phone;
pub mod rules;
pub mod table;
pub mod tiered;
pub mod validate;
pub mod wordlist;

use std::path::Path;

use regex::Regex;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::config::Config;
use crate::label::Label;
use context::{ContextBuilder, ContextGroup, ContextIndex, GroupPresence, Hit};
use lang::{Lang, LanguageDetector, Segment};
use org::Organisation;
use rules::{Effect, Example, Need, RuleError, Source};
use validate::Validator;
use wordlist::WordLists;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_rules.rs"));
}

/// Index of a rule in its [`Detector`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RuleId(pub u16);

/// One piece of personal data found in a text: UTF-8 byte offsets, `end` exclusive.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Finding {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// What kind of data.
    pub label: Label,
    /// The rule that found it.
    pub rule: RuleId,
    /// Confidence in 0..=1.
    pub score: f32,
}

impl Finding {
    /// Byte length of the span.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty (never for findings the detector returns).
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }

    /// Whether two findings share a byte.
    pub fn overlaps(&self, other: &Finding) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// The result of scanning one text.
#[derive(Debug, Clone, PartialEq)]
pub struct Scan {
    /// The language of the message (its first part).
    pub lang: Lang,
    /// Findings sorted by start offset, non-overlapping.
    pub findings: Vec<Finding>,
}

/// A compiled rule.
#[derive(Debug)]
pub struct CompiledRule {
    /// Dotted id.
    pub id: String,
    /// Label of its findings.
    pub label: Label,
    /// Languages it applies to; empty = all.
    pub languages: Vec<Lang>,
    /// The compiled patterns.
    regexes: Vec<Pattern>,
    /// Capture-group names and the word list (reference) their text must be on.
    in_list: Vec<(String, String)>,
    validator: Option<Validator>,
    score: f32,
    priority: u8,
    context: Vec<ContextGroup>,
    /// Gate: one of these words must occur in the message.
    triggers: Option<ContextGroup>,
    /// Gate: the detector's [`GroupPresence`] numbers of the trigger group and the required
    /// groups, each of which must have a word in the message.
    message_groups: Vec<u16>,
    needs: Vec<Need>,
    /// For an ungated number rule whose patterns have a bounded match length and no anchors:
    /// that length. Its matches lie within this many bytes of a digit run, so only windows
    /// around digit runs are searched.
    digit_reach: Option<usize>,
    /// Gate: index of the rule's patterns in the detector's gate set (rules without word gates).
    in_gate_set: bool,
    /// Table column headers (lower case) whose cells the rule reads; empty for other rules.
    columns: Vec<String>,
    /// Rule file it came from.
    pub file: String,
    /// Line of its `[[rule]]` table.
    pub line: usize,
    /// `must_match` examples.
    pub must_match: Vec<Example>,
    /// `must_not_match` examples.
    pub must_not_match: Vec<String>,
}

/// One compiled pattern of a rule.
#[derive(Debug)]
struct Pattern {
    re: Regex,
    /// Index of the `value` capture group, if the pattern has one.
    value_group: Option<usize>,
    /// Index of the `not` capture group, if the pattern has one: a match in which it takes part
    /// is no candidate (a date followed by a time is a timestamp).
    not_group: Option<usize>,
    /// Capture groups whose text must be in a membership set of the detector.
    list_groups: Vec<(usize, ListSetId)>,
    /// Its slot in [`Scratch`]'s capture locations.
    slot: usize,
}

impl Pattern {
    /// Whether a search needs capture groups (else the whole match is the span).
    fn needs_captures(&self) -> bool {
        self.value_group.is_some() || self.not_group.is_some() || !self.list_groups.is_empty()
    }
}

/// Whether `word` is on a membership list: as a whole, or hyphenated with every part on it
/// (the double first names `Jan-Willem`, `Ralf-Peter`). A word written all in lower case or
/// all in capitals matches its capitalised entry (`fatima`, `FATIMA` → `Fatima`): patterns
/// that allow those there mean it.
fn on_list(set: &std::collections::HashSet<String>, word: &str) -> bool {
    let capitalised = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(|first| {
            let rest = chars.flat_map(char::to_lowercase);
            set.contains(&first.to_uppercase().chain(rest).collect::<String>())
        })
    };
    let listed = |w: &str| {
        set.contains(w)
            || ((w.chars().all(char::is_lowercase) || w.chars().all(char::is_uppercase))
                && capitalised(w))
    };
    listed(word) || (word.contains('-') && word.split('-').all(listed))
}

/// Index of a word-list membership set in [`Detector`].
type ListSetId = usize;

/// The word lists that `in_list` groups refer to, each built once as a set.
#[derive(Default)]
struct ListSets {
    sets: Vec<std::collections::HashSet<String>>,
    ids: std::collections::HashMap<String, ListSetId>,
}

impl ListSets {
    /// The id of the set for list reference `list`, built on first use.
    fn id_for(&mut self, list: &str, lists: &WordLists) -> Result<ListSetId, String> {
        if let Some(&id) = self.ids.get(list) {
            return Ok(id);
        }
        self.sets.push(lists.set_for(list)?);
        self.ids.insert(list.to_string(), self.sets.len() - 1);
        Ok(self.sets.len() - 1)
    }
}

/// Index of the capture group `name` in `re`.
fn group_index(re: &Regex, name: &str) -> Option<usize> {
    re.capture_names().position(|n| n == Some(name))
}

impl CompiledRule {
    /// Whether the rule runs only where its gate words are (trigger words or a required context
    /// word), in windows around them.
    fn word_gated(&self) -> bool {
        self.triggers.is_some() || self.context.iter().any(|g| g.effect == Effect::Require)
    }

    /// A rule error located at this rule.
    fn error(&self, message: String) -> RuleError {
        RuleError {
            file: self.file.clone(),
            line: self.line,
            rule: Some(self.id.clone()),
            message,
        }
    }
}

/// Why a detector could not be built.
#[derive(Debug, thiserror::Error)]
pub enum DetectError {
    /// A rule file is invalid.
    #[error(transparent)]
    Rule(#[from] RuleError),
    /// The rules directory cannot be read.
    #[error("{path}: cannot read rules: {reason}")]
    Io {
        /// The directory.
        path: String,
        /// Why (in the message, not chained again as a source).
        reason: std::io::Error,
    },
}

/// Word ids of a rule's context groups and of its trigger group, while building.
type RuleWordIds = (Vec<Vec<u32>>, Option<Vec<u32>>);

/// Reusable per-thread buffers for [`Detector::detect_with`].
#[derive(Debug, Default)]
pub struct Scratch {
    candidates: Vec<Finding>,
    hits: Vec<Hit>,
    segments: Vec<Segment>,
    placeholders: Vec<(usize, usize)>,
    runnable: Vec<bool>,
    /// Whether `segments` holds this message's segments.
    segmented: bool,
    /// Runs of ASCII digits in the message.
    digit_runs: Vec<(usize, usize)>,
    /// Which of the detector's message groups have a word in the message.
    groups_present: Vec<bool>,
    /// Buffers of the rule being run.
    buffers: RuleBuffers,
}

impl Scratch {
    /// Frees the buffers a long message made large. A batch keeps a scratch per message slot,
    /// each of which would otherwise grow to the longest message it ever saw.
    fn release_large(&mut self) {
        const KEEP: usize = 256;
        fn release<T>(v: &mut Vec<T>) {
            if v.capacity() > KEEP {
                *v = Vec::new();
            }
        }
        release(&mut self.candidates);
        release(&mut self.hits);
        release(&mut self.segments);
        release(&mut self.placeholders);
        release(&mut self.digit_runs);
    }
}

/// Reusable per-thread buffers for [`Detector::detect_batch`]: a [`Scratch`] per message of
/// the batch.
#[derive(Debug, Default)]
pub struct BatchScratch {
    messages: Vec<Scratch>,
    buffers: RuleBuffers,
}

/// Buffers one rule's search reuses: its merged windows and the capture locations of each
/// pattern (by slot, allocated on first use).
#[derive(Debug, Default)]
struct RuleBuffers {
    windows: Vec<(usize, usize)>,
    locations: Vec<Option<regex::CaptureLocations>>,
}

/// Compiled rules, word lists, language detector and organisation profile. Build once, share
/// (it is `Sync`); every method takes `&self`.
pub struct Detector {
    rules: Vec<CompiledRule>,
    context: ContextIndex,
    lists: WordLists,
    lang: LanguageDetector,
    org: Organisation,
    min_score: f32,
    placeholder: Regex,
    /// Word lists as sets, for the rules' `in_list` groups.
    list_sets: Vec<std::collections::HashSet<String>>,
    /// Given names that are also ordinary words (`ambiguous_first_names`, empty without it):
    /// never propagated alone.
    ambiguous_first_names: std::collections::HashSet<String>,
    /// Legal forms that follow a firm's name (`legal_forms`, lower case; empty without the
    /// list): see [`Detector::drop_firm_names`].
    legal_forms: Vec<String>,
    /// The `first_names` set among `list_sets` (none without the list): a name with a given
    /// name is a person's even where a firm bears it.
    first_names: Option<ListSetId>,
    /// One pass over the message tells which ungated rules can match at all.
    gate_set: Option<regex::RegexSet>,
    /// Rule index of each pattern in `gate_set`.
    gate_set_rules: Vec<u16>,
    /// The rules' trigger groups and required groups (see `CompiledRule::message_groups`).
    message_groups: GroupPresence,
    version: String,
}

impl std::fmt::Debug for Detector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Detector")
            .field("rules", &self.rules.len())
            .field("version", &self.version)
            .finish()
    }
}

/// The shipped rule files.
pub fn embedded_sources() -> (Vec<Source>, WordLists) {
    let sources = embedded::RULE_FILES
        .iter()
        .map(|(name, text)| Source {
            name: (*name).to_string(),
            text: (*text).to_string(),
        })
        .collect();
    let mut lists = WordLists::default();
    for (name, text) in embedded::WORD_LISTS {
        lists.add(name, text);
    }
    (sources, lists)
}

/// The rule files and word lists `config` names: the shipped ones, or `[detect] rules_dir`.
pub fn config_sources(config: &Config) -> Result<(Vec<Source>, WordLists), DetectError> {
    match &config.detect.rules_dir {
        Some(dir) => dir_sources(dir),
        None => Ok(embedded_sources()),
    }
}

/// Reads rule files from `dir` and word lists from `dir/wordlists`.
pub fn dir_sources(dir: &Path) -> Result<(Vec<Source>, WordLists), DetectError> {
    let io = |reason| DetectError::Io {
        path: dir.display().to_string(),
        reason,
    };
    let sources = rules::read_dir(dir).map_err(io)?;
    let wl = dir.join("wordlists");
    let lists = if wl.is_dir() {
        rules::read_wordlists(&wl).map_err(io)?
    } else {
        WordLists::default()
    };
    Ok((sources, lists))
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// A span must not continue a word or a digit group (`ab123456782`, `1.123.456.782`), nor a
/// run of `+`, nor start right after `@` (a handle).
fn on_token_boundaries(text: &str, start: usize, end: usize) -> bool {
    on_token_boundaries_within(text, start, end, (false, false))
}

/// [`on_token_boundaries`], except that a digit group may go on across `. , - /` on a side
/// where the rule's pattern itself matched on (`matched_on`: before the start, after the
/// end), as a pattern for the back of a driving licence matches the BSN and the licence
/// number glued by a slash (`716764465/5074215493`).
fn on_token_boundaries_within(
    text: &str,
    start: usize,
    end: usize,
    matched_on: (bool, bool),
) -> bool {
    let bytes = text.as_bytes();
    let first = text[start..].chars().next();
    let last = text[..end].chars().next_back();
    let prev = text[..start].chars().next_back();
    let next = text[end..].chars().next();
    if is_word_char(first) && is_word_char(prev) {
        return false;
    }
    if is_word_char(last) && is_word_char(next) {
        return false;
    }
    // Right after `@` a word is a handle (`@Wilgenkring 3 weeks`), not a name or a street.
    if prev == Some('@') {
        return false;
    }
    // `++31…` or the Belgian structured reference `+++659/0055/83841+++`: no phone number.
    if first == Some('+') && start >= 1 && bytes[start - 1] == b'+' {
        return false;
    }
    let glue = |b: u8| matches!(b, b'.' | b',' | b'-' | b'/');
    if !matched_on.0
        && first.is_some_and(|c| c.is_ascii_digit())
        && start >= 2
        && glue(bytes[start - 1])
        && bytes[start - 2].is_ascii_digit()
    {
        return false;
    }
    if !matched_on.1
        && last.is_some_and(|c| c.is_ascii_digit())
        && end + 1 < bytes.len()
        && glue(bytes[end])
        && bytes[end + 1].is_ascii_digit()
    {
        return false;
    }
    true
}

/// Longest match of `pattern` in bytes, if it is bounded (at most 256) and the pattern has no
/// line or text anchors (only ASCII word boundaries look around).
fn digit_reach(pattern: &str) -> Option<usize> {
    let hir = regex_automata::util::syntax::parse(pattern).ok()?;
    let props = hir.properties();
    let looks = props.look_set();
    if looks.contains_anchor() || looks.contains_word_unicode() {
        return None;
    }
    props.maximum_len().filter(|&l| l <= 256)
}

/// One pattern to compile: rule index, pattern number, expanded pattern.
type PatternJob = (usize, usize, String);

/// Compiles the rules' expanded patterns in parallel (compilation dominates start-up, which
/// the mail filter pays per message); results in the order of `jobs`.
fn compile_patterns(
    loaded: &[rules::LoadedRule],
    jobs: &[PatternJob],
) -> Vec<Result<Regex, RuleError>> {
    use rayon::prelude::*;
    jobs.par_iter()
        .map(|(rule, i, pattern)| {
            regex::RegexBuilder::new(pattern)
                .size_limit(64 << 20)
                .dfa_size_limit(64 << 20)
                .build()
                .map_err(|e| RuleError {
                    file: loaded[*rule].file.clone(),
                    line: loaded[*rule].line,
                    rule: Some(loaded[*rule].spec.id.clone()),
                    message: format!("pattern {}: {e}", i + 1),
                })
        })
        .collect()
}

/// The one `RegexSet` over the patterns of the number rules without word gates.
fn build_gate_set(patterns: &[String]) -> Result<Option<regex::RegexSet>, RuleError> {
    if patterns.is_empty() {
        return Ok(None);
    }
    regex::RegexSetBuilder::new(patterns)
        .size_limit(256 << 20)
        .dfa_size_limit(256 << 20)
        .build()
        .map(Some)
        .map_err(|e| RuleError {
            file: String::new(),
            line: 0,
            rule: None,
            message: format!("gate set: {e}"),
        })
}

/// Maximal runs of ASCII digits in `text`.
fn digit_runs(text: &str, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            out.push((start, i));
        } else {
            i += 1;
        }
    }
}

/// Bytes at the start of a message whose stop words tell its language (the new text, before
/// quoted replies).
const MESSAGE_LANG_WINDOW: usize = 1024;

/// Above this many bytes × distinct values, repeated values are found with one automaton pass
/// rather than one substring search per value.
const PROPAGATE_SCAN_LIMIT: usize = 64 * 1024;

/// Texts at least this long are searched by several rules at once (on all cores): a long mail
/// is then redacted sooner, which matters most to the filter's single message.
const PARALLEL_RULES_MIN_LEN: usize = 16 * 1024;

/// Texts longer than this skip the gate `RegexSet`: nearly every number rule matches somewhere
/// in them, so the pass costs more than the rules it skips (on a 50 KB message 1 ms, and 3 ms
/// in a fresh process, whose set automaton starts empty).
const GATE_SET_MAX_LEN: usize = 16 * 1024;

/// Bytes around a gate word in which a rule's match is looked for, unless the rule sets `window`.
const WINDOW_MARGIN: usize = 160;

/// The start of the word that ends at or runs across `i` (`i` itself after a non-word
/// character).
fn word_start(text: &str, i: usize) -> usize {
    text[..i]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map_or(i, |(j, _)| j)
}

/// The smallest char boundary ≥ `i` (or the text's end).
pub(crate) fn ceil_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The start of the next token after the one at `i`. A token is a run of letters, digits and
/// the characters that glue words into one value (`. _ % + - @`, and `:` between hex digits),
/// so a rescan never starts inside an e-mail address, a hyphenated number or an IPv6 address
/// (`fd12:3456:789a::1` refused would leave a public-looking `3456:789a::1`).
fn next_token_start(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    let in_token =
        |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-' | b'@');
    let hex_colon = |j: usize| {
        b[j] == b':'
            && j > 0
            && (b[j - 1].is_ascii_hexdigit() || b[j - 1] == b':')
            && b.get(j + 1)
                .is_some_and(|&c| c.is_ascii_hexdigit() || c == b':')
    };
    let mut j = i;
    while j < b.len() && (in_token(b[j]) || hex_colon(j)) {
        j += 1;
    }
    while j < b.len() && !b[j].is_ascii_alphanumeric() {
        j += 1;
    }
    ceil_char_boundary(text, j)
}

/// The next char boundary after `i`.
fn next_char_boundary(text: &str, i: usize) -> usize {
    ceil_char_boundary(text, i + 1).max(i + 1)
}

/// Trims whitespace (incl. NBSP) off both ends of `start..end`.
fn trim_span(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let trimmed_start = s.len() - s.trim_start().len();
    start += trimmed_start;
    let s = &text[start..end];
    end = start + s.trim_end().len();
    (start, end)
}

impl Detector {
    /// Builds the detector for `config`: the shipped rules, or `[detect] rules_dir`.
    pub fn new(config: &Config) -> Result<Detector, DetectError> {
        let (sources, lists) = config_sources(config)?;
        Detector::from_sources(&sources, lists, config)
    }

    /// Builds the detector from explicit rule sources and word lists.
    pub fn from_sources(
        sources: &[Source],
        lists: WordLists,
        config: &Config,
    ) -> Result<Detector, DetectError> {
        let (loaded, vars) = rules::parse(sources)?;
        let mut hasher = Sha256::new();
        for s in sources {
            hasher.update(s.name.as_bytes());
            hasher.update(s.text.as_bytes());
        }
        let mut builder = ContextBuilder::default();
        let mut compiled = Vec::with_capacity(loaded.len());
        let mut group_ids: Vec<RuleWordIds> = Vec::new();
        let mut seen_ids = std::collections::HashSet::new();
        // Each rule's index and expanded patterns, compiled below all at once.
        // Per enabled rule: its index, expanded patterns and expanded gate pattern.
        let mut pending: Vec<(usize, Vec<String>, Option<String>)> = Vec::new();
        for lr in loaded.iter() {
            let spec = &lr.spec;
            let err = |message: String| RuleError {
                file: lr.file.clone(),
                line: lr.line,
                rule: Some(spec.id.clone()),
                message,
            };
            if !seen_ids.insert(spec.id.clone()) {
                return Err(err("duplicate rule id".into()).into());
            }
            let label: Label = spec
                .label
                .parse()
                .map_err(|e: crate::label::UnknownLabel| err(e.to_string()))?;
            if !(0.0..=1.0).contains(&spec.score) {
                return Err(err(format!("score {} is outside 0..=1", spec.score)).into());
            }
            if spec.patterns.is_empty() {
                return Err(err("no patterns".into()).into());
            }
            let languages = spec
                .languages
                .iter()
                .map(|l| {
                    Lang::parse(l)
                        .ok_or_else(|| err(format!("unknown language `{l}` (known: nl en de)")))
                })
                .collect::<Result<Vec<_>, _>>()?;
            let validator = spec
                .validator
                .as_deref()
                .map(str::parse::<Validator>)
                .transpose()
                .map_err(err)?;
            // Digit windows only serve number rules without a word gate: only those need the
            // (costly) bounded-length analysis.
            let windowed = spec.needs.contains(&Need::Digit)
                && spec.triggers.is_empty()
                && !spec.context.iter().any(|c| c.effect == Effect::Require);
            let mut reach = windowed.then_some(0usize);
            let mut expanded_patterns = Vec::with_capacity(spec.patterns.len());
            for (i, p) in spec.patterns.iter().enumerate() {
                let expanded = rules::expand(p, &vars, &lists)
                    .map_err(|m| err(format!("pattern {}: {m}", i + 1)))?;
                rules::check_fast(&expanded).map_err(|m| err(format!("pattern {}: {m}", i + 1)))?;
                if windowed {
                    reach = reach.zip(digit_reach(&expanded)).map(|(a, b)| a.max(b));
                }
                expanded_patterns.push(expanded);
            }
            let gate = spec
                .gate
                .as_deref()
                .map(|g| {
                    let expanded =
                        rules::expand(g, &vars, &lists).map_err(|m| err(format!("gate: {m}")))?;
                    rules::check_fast(&expanded).map_err(|m| err(format!("gate: {m}")))?;
                    // Checked here, so that an error names the rule: the shared set it joins
                    // is built from many rules' patterns.
                    regex_automata::util::syntax::parse(&expanded)
                        .map_err(|e| err(format!("gate: {e}")))?;
                    Ok::<_, RuleError>(expanded)
                })
                .transpose()?;
            pending.push((compiled.len(), expanded_patterns, gate));
            let mut ids = Vec::new();
            let mut groups = Vec::new();
            if !spec.columns.is_empty() && !spec.triggers.is_empty() {
                return Err(err(
                    "a rule with `columns` is triggered by its column headers: remove `triggers`"
                        .into(),
                )
                .into());
            }
            let mut column_headers: Vec<String>;
            let triggers = if spec.columns.is_empty() {
                &spec.triggers
            } else {
                // Exports write `date_of_birth` for `date of birth` (see table::names_column).
                column_headers = spec.columns.clone();
                column_headers.extend(
                    spec.columns
                        .iter()
                        .filter(|c| c.contains(' '))
                        .map(|c| c.replace(' ', "_")),
                );
                &column_headers
            };
            let trigger_group = if triggers.is_empty() {
                None
            } else {
                let words = rules::expand_words(triggers, &lists)
                    .map_err(|m| err(format!("triggers: {m}")))?;
                let [before, after] = spec.window.unwrap_or([WINDOW_MARGIN, WINDOW_MARGIN]);
                let (w, g) = builder.add_group(&words, before, after, Effect::Require, 0.0);
                Some((w, g))
            };
            for c in &spec.context {
                if c.words.is_empty() {
                    return Err(err("a context condition without words".into()).into());
                }
                let words = rules::expand_words(&c.words, &lists)
                    .map_err(|m| err(format!("context: {m}")))?;
                let (w, mut g) = builder.add_group(&words, c.before, c.after, c.effect, c.boost);
                g.same_line = c.same_line;
                g.gap = c.gap.unwrap_or(usize::MAX);
                g.column = c.column;
                ids.push(w);
                groups.push(g);
            }
            let (trigger_ids, triggers) = match trigger_group {
                Some((w, g)) => (Some(w), Some(g)),
                None => (None, None),
            };
            group_ids.push((ids, trigger_ids));
            compiled.push(CompiledRule {
                id: spec.id.clone(),
                label,
                languages,
                regexes: Vec::new(),
                validator,
                score: spec.score,
                priority: spec.priority.unwrap_or_else(|| label.priority()),
                context: groups,
                triggers,
                in_list: spec
                    .in_list
                    .iter()
                    .map(|(g, l)| (g.clone(), l.clone()))
                    .collect(),
                digit_reach: reach,
                needs: spec.needs.clone(),
                in_gate_set: false,
                message_groups: Vec::new(),
                columns: spec.columns.iter().map(|c| c.to_lowercase()).collect(),
                file: lr.file.clone(),
                line: lr.line,
                must_match: spec.must_match.clone(),
                must_not_match: spec.must_not_match.clone(),
            });
        }
        // Rules of disabled labels are dropped below: not worth compiling.
        pending.retain(|(rule, _, _)| config.detect.enabled(compiled[*rule].label));
        if compiled.len() > usize::from(u16::MAX) {
            return Err(RuleError {
                file: String::new(),
                line: 0,
                rule: None,
                message: "too many rules".into(),
            }
            .into());
        }
        // Number rules without a word gate share one RegexSet pass per message with digits;
        // `gate_set_rules` holds their indices among the enabled rules.
        let mut gate_patterns = Vec::new();
        let mut gate_set_rules = Vec::new();
        for (enabled_index, (rule, patterns, gate)) in pending.iter().enumerate() {
            let rule = &mut compiled[*rule];
            let joins = !rule.word_gated() && rule.needs.contains(&Need::Digit);
            if gate.is_some() && !joins {
                // A gate nobody reads would look like a speed-up that is not there.
                return Err(rule
                    .error(
                        "`gate` is only read by number rules without trigger words \
                         (needs = [\"digit\"], no triggers or required words): remove it"
                            .into(),
                    )
                    .into());
            }
            if joins {
                rule.in_gate_set = true;
                let looked_for = match gate {
                    Some(g) => std::slice::from_ref(g),
                    None => patterns.as_slice(),
                };
                for p in looked_for {
                    gate_patterns.push(p.clone());
                    gate_set_rules.push(enabled_index as u16);
                }
            }
        }
        let jobs: Vec<PatternJob> = pending
            .into_iter()
            .flat_map(|(rule, patterns, _)| {
                patterns
                    .into_iter()
                    .enumerate()
                    .map(move |(i, p)| (rule, i, p))
            })
            .collect();
        let mut pairs: Vec<(Vec<u32>, &mut ContextGroup)> = Vec::new();
        for (rule, (ids, trigger_ids)) in compiled.iter_mut().zip(group_ids) {
            for (g, w) in rule.context.iter_mut().zip(ids) {
                pairs.push((w, g));
            }
            if let (Some(g), Some(w)) = (rule.triggers.as_mut(), trigger_ids) {
                pairs.push((w, g));
            }
        }
        // The patterns, the context-word index, the gate set, the language detector and the
        // organisation profile are built at the same time.
        let (built, ((context, gate_set), (lang, org))) = rayon::join(
            || compile_patterns(&loaded, &jobs),
            || {
                rayon::join(
                    || {
                        rayon::join(
                            || builder.build(&mut pairs),
                            || build_gate_set(&gate_patterns),
                        )
                    },
                    || {
                        (
                            LanguageDetector::new(),
                            Organisation::new(&config.organisation),
                        )
                    },
                )
            },
        );
        let context = context.map_err(|m| RuleError {
            file: String::new(),
            line: 0,
            rule: None,
            message: m,
        })?;
        let gate_set = gate_set?;
        let mut list_sets = ListSets::default();
        for (slot, ((rule_index, _, _), re)) in jobs.iter().zip(built).enumerate() {
            let re = re?;
            let rule = &mut compiled[*rule_index];
            // A rule's patterns need not all have an `in_list` group (checked per rule below).
            let list_groups = rule
                .in_list
                .iter()
                .filter_map(|(group, list)| Some((group_index(&re, group)?, list)))
                .map(|(index, list)| {
                    let id = list_sets
                        .id_for(list, &lists)
                        .map_err(|m| rule.error(format!("in_list: {m}")))?;
                    Ok((index, id))
                })
                .collect::<Result<Vec<_>, RuleError>>()?;
            rule.regexes.push(Pattern {
                value_group: group_index(&re, "value"),
                not_group: group_index(&re, "not"),
                re,
                list_groups,
                slot,
            });
        }
        compiled.retain(|r| config.detect.enabled(r.label));
        // Only enabled rules have compiled patterns to look in.
        for rule in &compiled {
            if let Some((group, _)) = rule.in_list.iter().find(|(group, _)| {
                !rule
                    .regexes
                    .iter()
                    .any(|p| group_index(&p.re, group).is_some())
            }) {
                return Err(rule
                    .error(format!(
                        "in_list names the group `{group}`, which no pattern has"
                    ))
                    .into());
            }
        }
        let version = hasher
            .finalize()
            .iter()
            .take(6)
            .map(|b| format!("{b:02x}"))
            .collect();
        let ambiguous_first_names = lists.set_for("ambiguous_first_names").unwrap_or_default();
        let legal_forms = lists
            .entries_for("legal_forms")
            .unwrap_or_default()
            .into_iter()
            .map(str::to_lowercase)
            .collect();
        let first_names = list_sets.id_for("first_names", &lists).ok();
        let message_groups = index_message_groups(&context, &mut compiled);
        Ok(Detector {
            rules: compiled,
            context,
            ambiguous_first_names,
            legal_forms,
            first_names,
            lists,
            lang,
            org,
            min_score: config.detect.min_score,
            placeholder: Regex::new(r"\[[A-Z][A-Z_]*(?:[-:#][0-9A-Za-z]+)?\]")
                .expect("placeholder regex"),
            list_sets: list_sets.sets,
            gate_set,
            gate_set_rules,
            message_groups,
            version,
        })
    }

    /// The compiled rules.
    pub fn rules(&self) -> &[CompiledRule] {
        &self.rules
    }

    /// The rule behind a finding.
    pub fn rule(&self, id: RuleId) -> &CompiledRule {
        &self.rules[usize::from(id.0)]
    }

    /// A short hash of the rule files, recorded with every redaction.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The language detector.
    pub fn language_detector(&self) -> &LanguageDetector {
        &self.lang
    }

    /// The word lists the rules were built with.
    pub fn word_lists(&self) -> &WordLists {
        &self.lists
    }

    /// The organisation profile.
    pub fn organisation(&self) -> &Organisation {
        &self.org
    }

    /// Scans `text`.
    pub fn detect(&self, text: &str) -> Scan {
        self.detect_with(text, &mut Scratch::default())
    }

    /// Scans `text`, reusing `scratch`'s buffers.
    pub fn detect_with(&self, text: &str, scratch: &mut Scratch) -> Scan {
        let lang = self.begin(text, scratch);
        if !text.is_empty() {
            self.collect_candidates(text, lang, scratch);
        }
        self.finish(text, lang, scratch)
    }

    /// Scans `texts` as [`Detector::detect_with`] scans each, with the same findings, but rule by
    /// rule over the whole batch instead of message by message: a rule's compiled automata stay
    /// in the CPU's caches while it runs over every message, which makes a batch of short
    /// messages about twice as fast. Texts of 16 KiB or more are scanned alone, with their
    /// rules on all cores.
    pub fn detect_batch(&self, texts: &[&str], batch: &mut BatchScratch) -> Vec<Scan> {
        if batch.messages.len() < texts.len() {
            batch.messages.resize_with(texts.len(), Scratch::default);
        }
        let messages = &mut batch.messages[..texts.len()];
        let alone = |text: &str| text.len() >= PARALLEL_RULES_MIN_LEN;
        let mut langs = Vec::with_capacity(texts.len());
        for (text, scratch) in texts.iter().zip(messages.iter_mut()) {
            scratch.runnable.clear();
            if alone(text) {
                langs.push(Lang::Unknown);
                continue;
            }
            let lang = self.begin(text, scratch);
            if !text.is_empty() {
                self.select_rules(text, lang, scratch);
            }
            langs.push(lang);
        }
        for idx in 0..self.rules.len() {
            for (text, scratch) in texts.iter().zip(messages.iter_mut()) {
                if scratch.runnable.get(idx) == Some(&true) {
                    self.rule_candidates(
                        idx,
                        text,
                        &scratch.hits,
                        &scratch.digit_runs,
                        &mut batch.buffers,
                        &mut scratch.candidates,
                    );
                }
            }
        }
        texts
            .iter()
            .zip(langs)
            .zip(messages.iter_mut())
            .map(|((text, lang), scratch)| {
                let scan = if alone(text) {
                    self.detect_with(text, scratch)
                } else {
                    self.finish(text, lang, scratch)
                };
                scratch.release_large();
                scan
            })
            .collect()
    }

    /// The first step of a scan: one word pass finds the context words and counts the stop
    /// words of the message's opening part, which give its language (returned). Quoted parts are
    /// split off and voted on only when a language-restricted rule has a candidate (see
    /// drop_out_of_scope).
    fn begin(&self, text: &str, scratch: &mut Scratch) -> Lang {
        scratch.candidates.clear();
        let votes = self
            .context
            .scan(text, &mut scratch.hits, MESSAGE_LANG_WINDOW);
        scratch.segments.clear();
        scratch.segmented = false;
        self.lang.decide(text, &votes)
    }

    /// The last step of a scan: context words, scope and overlaps turn the rules' candidates
    /// into findings.
    fn finish(&self, text: &str, lang: Lang, scratch: &mut Scratch) -> Scan {
        if scratch.candidates.is_empty() {
            return Scan {
                lang,
                findings: Vec::new(),
            };
        }
        self.screen(text, lang, scratch);
        self.settle(text, lang, scratch)
    }

    /// Context words and scope: drops the candidates they rule out and scores the rest.
    fn screen(&self, text: &str, lang: Lang, scratch: &mut Scratch) {
        self.apply_context(text, scratch);
        self.drop_out_of_scope(text, lang, scratch);
    }

    /// Overlaps, adjacent names, own data and repeats turn the screened candidates into findings.
    fn settle(&self, text: &str, lang: Lang, scratch: &mut Scratch) -> Scan {
        let mut findings = resolve_overlaps(&mut scratch.candidates, &self.rules);
        join_adjacent_names(text, &mut findings);
        // Own data is dropped only now, so that e.g. the organisation's IBAN still keeps its
        // digits from being reported as a phone number.
        self.drop_own(text, &mut findings);
        self.drop_firm_names(text, &mut findings);
        self.propagate_values(text, lang, &scratch.placeholders, &mut findings);
        Scan { lang, findings }
    }

    /// Which rules can match `text` at all: cheap gates (characters, gate words, required
    /// context words, one RegexSet pass) so that most rules skip most messages. The context
    /// words must already be in `scratch.hits`.
    fn runnable_rules(&self, text: &str, scratch: &mut Scratch) {
        let bytes = text.as_bytes();
        digit_runs(text, &mut scratch.digit_runs);
        let has_digit = !scratch.digit_runs.is_empty();
        let has_at = memchr::memchr(b'@', bytes).is_some();
        let has_colon = memchr::memchr(b':', bytes).is_some();
        scratch.runnable.clear();
        scratch.runnable.resize(self.rules.len(), false);
        self.message_groups
            .mark(&scratch.hits, &mut scratch.groups_present);
        let mut in_set_wanted = false;
        for (idx, rule) in self.rules.iter().enumerate() {
            let needs_ok = rule.needs.iter().all(|n| match n {
                Need::Digit => has_digit,
                Need::At => has_at,
                Need::Colon => has_colon,
            });
            if !needs_ok
                || !rule
                    .message_groups
                    .iter()
                    .all(|&g| scratch.groups_present[usize::from(g)])
            {
                continue;
            }
            if rule.in_gate_set {
                in_set_wanted = true;
            }
            scratch.runnable[idx] = true;
        }
        if in_set_wanted && text.len() <= GATE_SET_MAX_LEN {
            if let Some(set) = &self.gate_set {
                let mut matched = vec![false; self.rules.len()];
                for i in set.matches(text).iter() {
                    matched[usize::from(self.gate_set_rules[i])] = true;
                }
                for (idx, rule) in self.rules.iter().enumerate() {
                    if rule.in_gate_set && !matched[idx] {
                        scratch.runnable[idx] = false;
                    }
                }
            }
        }
    }

    /// Language-restricted rules run only if some part of the message is in one of their
    /// languages (or undecided): their candidates elsewhere would be dropped anyway.
    fn skip_out_of_language(&self, text: &str, lang: Lang, scratch: &mut Scratch) {
        let restricted = self
            .rules
            .iter()
            .zip(&scratch.runnable)
            .any(|(r, &run)| run && !r.languages.is_empty());
        if !restricted {
            return;
        }
        // A message of one line is one segment in the message's language; longer ones are
        // split only if a restricted rule finds a candidate (see drop_out_of_scope).
        if memchr::memchr(b'\n', text.as_bytes()).is_some() {
            return;
        }
        self.lang.segments(text, lang, &mut scratch.segments);
        scratch.segmented = true;
        for (rule, run) in self.rules.iter().zip(scratch.runnable.iter_mut()) {
            if *run
                && !rule.languages.is_empty()
                && !scratch
                    .segments
                    .iter()
                    .any(|s| s.lang == Lang::Unknown || rule.languages.contains(&s.lang))
            {
                *run = false;
            }
        }
    }

    /// Marks in `scratch.runnable` the rules that can match `text` (gates, languages).
    fn select_rules(&self, text: &str, lang: Lang, scratch: &mut Scratch) {
        self.runnable_rules(text, scratch);
        self.skip_out_of_language(text, lang, scratch);
    }

    fn collect_candidates(&self, text: &str, lang: Lang, scratch: &mut Scratch) {
        self.select_rules(text, lang, scratch);
        let Scratch {
            runnable,
            hits,
            digit_runs,
            buffers,
            candidates,
            ..
        } = scratch;
        let runnable = (0..self.rules.len()).filter(|&i| runnable[i]);
        if text.len() >= PARALLEL_RULES_MIN_LEN && rayon::current_num_threads() > 1 {
            use rayon::prelude::*;
            let rules: Vec<usize> = runnable.collect();
            let per_rule: Vec<Vec<Finding>> = rules
                .par_iter()
                .map_init(RuleBuffers::default, |buffers, &idx| {
                    let mut out = Vec::new();
                    self.rule_candidates(idx, text, hits, digit_runs, buffers, &mut out);
                    out
                })
                .collect();
            // In rule order, as the sequential path has them.
            candidates.extend(per_rule.into_iter().flatten());
        } else {
            for idx in runnable {
                self.rule_candidates(idx, text, hits, digit_runs, buffers, candidates);
            }
        }
    }

    /// Runs rule `idx` over `text` (in its windows) and appends the candidates that pass its
    /// validator and the token-boundary checks to `out`.
    fn rule_candidates(
        &self,
        idx: usize,
        text: &str,
        hits: &[Hit],
        digit_runs: &[(usize, usize)],
        buffers: &mut RuleBuffers,
        out: &mut Vec<Finding>,
    ) {
        let rule = &self.rules[idx];
        if !rule.columns.is_empty() {
            self.table_candidates(idx, text, hits, out);
            return;
        }
        self.rule_windows(rule, text, hits, digit_runs, &mut buffers.windows);
        for pattern in &rule.regexes {
            let (re, slot) = (&pattern.re, pattern.slot);
            if buffers.locations.len() <= slot {
                buffers.locations.resize_with(slot + 1, || None);
            }
            let locs = buffers.locations[slot].get_or_insert_with(|| re.capture_locations());
            // Returns the end of the accepted candidate.
            // `whole`: the whole match, which may go on beyond the value on either side.
            let mut push = |s: usize, e: usize, whole: (usize, usize)| -> Option<usize> {
                let (s, e) = trim_span(text, s, e);
                let value_end = e;
                let (goes_on_before, goes_on_after) = (whole.0 < s, whole.1 > e);
                // Validators may trim the end (a phone number followed by a year), so the end
                // is checked after validation.
                if s >= e
                    || !on_token_boundaries_within(
                        text,
                        s,
                        if rule.validator.is_some() { s } else { e },
                        (goes_on_before, goes_on_after),
                    )
                {
                    return None;
                }
                let e = match rule.validator {
                    Some(v) => match v.check(&text[s..e], &self.lists) {
                        Some(len) if len > 0 => s + len,
                        _ => return None,
                    },
                    None => e,
                };
                // A pattern matched on past the value only where the validator kept it whole.
                let matched_on = (goes_on_before, e == value_end && goes_on_after);
                let ok = e != s
                    && (rule.validator.is_none()
                        || on_token_boundaries_within(text, s, e, matched_on));
                if ok {
                    out.push(self.candidate(idx, s, e));
                }
                ok.then_some(e)
            };
            for &(ws, we) in &buffers.windows {
                // The haystack ends at the window; look-behind still sees the text before it.
                let hay = &text[..we];
                let mut pos = ws;
                while pos <= hay.len() {
                    let found = if pattern.needs_captures() {
                        re.captures_read_at(locs, hay, pos).map(|whole| {
                            let value = match pattern.value_group {
                                Some(g) => locs.get(g),
                                None => Some((whole.start(), whole.end())),
                            };
                            let listed = self
                                .groups_listed(pattern, |g| locs.get(g).map(|(s, e)| &text[s..e]));
                            let refused = pattern.not_group.is_some_and(|g| locs.get(g).is_some());
                            (
                                whole.start(),
                                whole.end(),
                                value.filter(|_| listed && !refused),
                                refused,
                            )
                        })
                    } else {
                        re.find_at(hay, pos)
                            .map(|m| (m.start(), m.end(), Some((m.start(), m.end())), false))
                    };
                    let Some((whole_start, whole_end, value, refused)) = found else {
                        break;
                    };
                    let accepted = value.and_then(|(s, e)| push(s, e, (whole_start, whole_end)));
                    // A rejected or trimmed match must not hide a real one that starts inside
                    // it (`…0652 64 4111 1111 1111 1111`): look again from its next token. What
                    // the `not` group refused holds no value (`blocks A to D. Scaffolding`):
                    // look again after it, from the start of the word it ends in (`Solar B.V.
                    // J. de Vries` refuses `B.V. J` and still finds `J. de Vries`).
                    let next = match accepted {
                        Some(end) if pattern.value_group.is_some() => whole_end.max(end),
                        Some(end) => end,
                        // A refused match that ends where the haystack ends gives back no
                        // word: backing up would find what the `not` group refused (`4500 Huy`).
                        None if refused && whole_end >= hay.len() => whole_end,
                        None if refused => word_start(text, whole_end),
                        None => next_token_start(text, whole_start),
                    };
                    pos = if next > pos {
                        next
                    } else {
                        next_char_boundary(text, pos)
                    };
                }
            }
        }
    }

    /// The candidates of column rule `idx`: cells below a header cell that names one of its
    /// columns, in the rows that follow the header with as many cells, which one of the rule's
    /// patterns matches whole and its validator accepts. Only the lines holding one of the
    /// column words (the rule's trigger hits) can be headers.
    fn table_candidates(&self, idx: usize, text: &str, hits: &[Hit], out: &mut Vec<Finding>) {
        let rule = &self.rules[idx];
        let Some(columns) = &rule.triggers else {
            return;
        };
        // Rows already read as part of a table: a later hit inside them is no header.
        let mut read_up_to = 0;
        for (hit, _) in ContextIndex::hits_of(columns, hits) {
            if hit < read_up_to {
                continue;
            }
            // A line longer than a table row is read no further.
            let Some(header) = table::row_around(text, hit) else {
                continue;
            };
            let end = header.1;
            read_up_to = end;
            let Some(sep) = table::separator(&text[header.0..header.1]) else {
                continue;
            };
            let wanted: Vec<usize> = table::cells(text, header, sep)
                .enumerate()
                .filter(|(_, (s, e))| table::names_column(&text[*s..*e], &rule.columns))
                .map(|(i, _)| i)
                .collect();
            if wanted.is_empty() {
                continue;
            }
            let width = table::cells(text, header, sep).count();
            for row in table::lines(&text[end..]).skip(1) {
                let row = (end + row.0, end + row.1);
                let line = &text[row.0..row.1];
                if table::is_rule_line(line) {
                    continue;
                }
                if table::cells(text, row, sep).count() != width {
                    break;
                }
                read_up_to = row.1;
                for (i, (s, e)) in table::cells(text, row, sep).enumerate() {
                    if wanted.contains(&i) && self.cell_matches(rule, &text[s..e]) {
                        out.push(self.candidate(idx, s, e));
                    }
                }
            }
        }
    }

    /// A candidate of rule `idx` at `start..end`, with the rule's label and base score.
    fn candidate(&self, idx: usize, start: usize, end: usize) -> Finding {
        let rule = &self.rules[idx];
        Finding {
            start,
            end,
            label: rule.label,
            rule: RuleId(idx as u16),
            score: rule.score,
        }
    }

    /// Whether the text of each of `pattern`'s `in_list` groups that took part in a match
    /// (`group_text`) is on its list.
    fn groups_listed<'t>(
        &self,
        pattern: &Pattern,
        group_text: impl Fn(usize) -> Option<&'t str>,
    ) -> bool {
        pattern
            .list_groups
            .iter()
            .all(|&(g, set)| group_text(g).is_none_or(|t| on_list(&self.list_sets[set], t)))
    }

    /// Whether one of `rule`'s patterns matches all of `cell` (with its `in_list` groups on
    /// their lists) and its validator accepts it.
    fn cell_matches(&self, rule: &CompiledRule, cell: &str) -> bool {
        let whole = |p: &Pattern| {
            if p.list_groups.is_empty() {
                return p
                    .re
                    .find(cell)
                    .is_some_and(|m| m.start() == 0 && m.end() == cell.len());
            }
            p.re.captures(cell).is_some_and(|c| {
                c.get(0)
                    .is_some_and(|m| m.start() == 0 && m.end() == cell.len())
                    && self.groups_listed(p, |g| c.get(g).map(|m| m.as_str()))
            })
        };
        !cell.is_empty()
            && rule.regexes.iter().any(whole)
            && rule
                .validator
                .is_none_or(|v| v.check(cell, &self.lists) == Some(cell.len()))
    }

    /// Where `rule` can match: around its gate words (merged windows), or the whole text.
    fn rule_windows(
        &self,
        rule: &CompiledRule,
        text: &str,
        hits: &[Hit],
        digit_runs: &[(usize, usize)],
        out: &mut Vec<(usize, usize)>,
    ) {
        out.clear();
        // A match lies in the rule's window around a trigger word, or within the context
        // window of a required word.
        let (group, before, after) = match (
            &rule.triggers,
            rule.context.iter().find(|g| g.effect == Effect::Require),
        ) {
            (Some(t), _) => (t, t.before, t.after),
            (None, Some(g)) => (g, WINDOW_MARGIN + g.after, WINDOW_MARGIN + g.before),
            (None, None) => {
                match rule.digit_reach {
                    Some(reach) => digit_windows(text, digit_runs, reach, out),
                    None => out.push((0, text.len())),
                }
                return;
            }
        };
        for h in ContextIndex::hits_of(group, hits) {
            let s = lang::floor_char_boundary(text, h.0.saturating_sub(before));
            let e = ceil_char_boundary(text, h.1 + after);
            match out.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => out.push((s, e)),
            }
        }
    }

    /// Applies context words: a missing required word, a present forbid word or a present veto
    /// word drops the candidate, a boost word raises its score. The nearest word wins: a veto word is ignored
    /// when a boost word of the same rule is closer to the candidate (`IBAN … en mijn BSN 1112…`).
    fn apply_context(&self, text: &str, scratch: &mut Scratch) {
        let hits = &scratch.hits;
        let rules = &self.rules;
        scratch.candidates.retain_mut(|c| {
            let groups = &rules[usize::from(c.rule.0)].context;
            let nearest_boost = groups
                .iter()
                .filter(|g| g.effect == Effect::Boost)
                .filter_map(|g| ContextIndex::nearest_in_window(g, text, hits, c.start, c.end))
                .min();
            for g in groups {
                match g.effect {
                    Effect::Require
                        if !ContextIndex::any_in_window(g, text, hits, c.start, c.end) =>
                    {
                        return false
                    }
                    Effect::Forbid
                        if ContextIndex::any_in_window(g, text, hits, c.start, c.end) =>
                    {
                        return false
                    }
                    Effect::Veto => {
                        if let Some(d) =
                            ContextIndex::nearest_in_window(g, text, hits, c.start, c.end)
                        {
                            if nearest_boost.is_none_or(|b| d < b) {
                                return false;
                            }
                        }
                    }
                    Effect::Boost if ContextIndex::any_in_window(g, text, hits, c.start, c.end) => {
                        c.score = (c.score + g.boost).min(1.0)
                    }
                    _ => {}
                }
            }
            true
        });
    }

    /// Drops candidates below the score threshold, in a part of the message whose language the
    /// rule does not cover, or inside an already redacted placeholder.
    fn drop_out_of_scope(&self, text: &str, lang: Lang, scratch: &mut Scratch) {
        scratch.placeholders.clear();
        if memchr::memchr(b'[', text.as_bytes()).is_some() {
            scratch.placeholders.extend(
                self.placeholder
                    .find_iter(text)
                    .map(|m| (m.start(), m.end())),
            );
        }
        let restricted = scratch
            .candidates
            .iter()
            .any(|c| !self.rules[usize::from(c.rule.0)].languages.is_empty());
        if restricted && !scratch.segmented {
            self.lang.segments(text, lang, &mut scratch.segments);
            scratch.segmented = true;
        }
        let segments = &scratch.segments;
        let placeholders = &scratch.placeholders;
        let min_score = self.min_score;
        scratch.candidates.retain(|c| {
            let rule = &self.rules[usize::from(c.rule.0)];
            if c.score < min_score {
                return false;
            }
            if !rule.languages.is_empty() {
                let seg = segments.partition_point(|s| s.end <= c.start);
                let lang = segments.get(seg).map_or(Lang::Unknown, |s| s.lang);
                if lang != Lang::Unknown && !rule.languages.contains(&lang) {
                    return false;
                }
            }
            !placeholders.iter().any(|&(s, e)| c.start < e && s < c.end)
        });
    }

    /// The surname of a person finding of two or more words (its last word with the lower-case
    /// particles before it: `van Riet`, `ten Cate`), as a finding of its own, if it can stand
    /// alone: its last word capitalised, at least three letters and not on the not-a-name list.
    fn surname_of(&self, text: &str, person: &Finding) -> Option<Finding> {
        let value = &text[person.start..person.end];
        let (mut rest, last) = value.rsplit_once(' ')?;
        if !self.stands_alone_as_name(last, &['-', '\'', '’']) {
            return None;
        }
        let mut start = person.end - last.len();
        while let Some((before, word)) = rest.rsplit_once(' ') {
            if !word.chars().next().is_some_and(char::is_lowercase) {
                break;
            }
            start = person.start + before.len() + 1;
            rest = before;
        }
        Some(Finding { start, ..*person })
    }

    /// Whether one word of a found name can be a finding on its own: capitalised, at least
    /// three characters, letters and `punctuation` only, and not on the not-a-name list.
    fn stands_alone_as_name(&self, word: &str, punctuation: &[char]) -> bool {
        word.chars().count() >= 3
            && word.chars().next().is_some_and(char::is_uppercase)
            && word
                .chars()
                .all(|c| c.is_alphabetic() || punctuation.contains(&c))
            && !self.lists.is_not_name(word)
    }

    /// The given name of a found full name (`Yordanos` of `Yordanos Berhane`), for finding it
    /// again alone; not initials, and not a name that is also an ordinary word (`Mark`, `Will`).
    fn given_name_of(&self, text: &str, person: &Finding) -> Option<Finding> {
        let value = &text[person.start..person.end];
        let (first, _) = value.split_once(' ')?;
        let plausible =
            self.stands_alone_as_name(first, &['-']) && !self.ambiguous_first_names.contains(first);
        plausible.then(|| Finding {
            end: person.start + first.len(),
            ..*person
        })
    }

    /// Drops the organisation's own data (and persons inside its names).
    fn drop_own(&self, text: &str, findings: &mut Vec<Finding>) {
        if self.org.is_empty() {
            return;
        }
        let has_person = findings.iter().any(|c| c.label == Label::Person);
        let org_names = if has_person {
            self.org.name_ranges(text)
        } else {
            Vec::new()
        };
        findings.retain(|c| {
            if c.label == Label::Person && org_names.iter().any(|&(s, e)| c.start < e && s < c.end)
            {
                return false;
            }
            !self.org.owns_at(c.label, text, c.start, c.end)
        });
    }

    /// A name of two or more words without a given name or an initial that the message also
    /// writes with a legal form after it (`Office Manager, Brightline Photonics` …
    /// `Brightline Photonics B.V.`) names a firm: its PERSON findings are dropped wherever it
    /// stands. A name with a given name or an initial stays a person's, as owners sign with
    /// their name above their firm's (`Pieter Bakker` / `Pieter Bakker B.V.`), and so does one
    /// word (`dhr. Jansen` of `Jansen B.V.`).
    fn drop_firm_names(&self, text: &str, findings: &mut Vec<Finding>) {
        let mut firms: Vec<&str> = Vec::new();
        for f in findings.iter().filter(|f| f.label == Label::Person) {
            let value = &text[f.start..f.end];
            if !value.contains(' ') || firms.contains(&value) {
                continue;
            }
            // Initials as the name check reads them, or a given name as `in_list` reads it.
            let personal = value.split(' ').any(|word| {
                wordlist::is_initials(word)
                    || self
                        .first_names
                        .is_some_and(|id| on_list(&self.list_sets[id], word))
            });
            if personal {
                continue;
            }
            let named_with_legal_form =
                memchr::memmem::find_iter(text.as_bytes(), value.as_bytes()).any(|start| {
                    let end = start + value.len();
                    on_token_boundaries(text, start, end) && self.legal_form_starts(&text[end..])
                });
            if named_with_legal_form {
                firms.push(value);
            }
        }
        if !firms.is_empty() {
            findings
                .retain(|f| f.label != Label::Person || !firms.contains(&&text[f.start..f.end]));
        }
    }

    /// Whether `after` (the text after a name) starts with a legal form, after spaces or a
    /// comma (`, B.V.`, ` GmbH`), as a whole word.
    fn legal_form_starts(&self, after: &str) -> bool {
        let after = after.trim_start_matches([' ', ',', '\u{a0}']);
        self.legal_forms.iter().any(|form| {
            after
                .get(..form.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(form))
                && !after[form.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
    }

    /// A value found once is personal data everywhere in the message: every other occurrence
    /// of the same text (on token boundaries, not inside another finding or a placeholder)
    /// becomes a finding too, so that redaction removes all of them — a name mentioned again
    /// without a greeting, a BSN repeated next to a word that vetoed it. The surname of a full
    /// name counts as a value of its own (`Marieke Kuipers` … `bel aan bij Kuipers`).
    fn propagate_values(
        &self,
        text: &str,
        lang: Lang,
        placeholders: &[(usize, usize)],
        findings: &mut Vec<Finding>,
    ) {
        let values: Vec<Finding> = findings.iter().filter(|f| f.len() >= 3).copied().collect();
        if values.is_empty() {
            return;
        }
        let mut name_parts: Vec<Finding> = values
            .iter()
            .filter(|f| f.label == Label::Person)
            .flat_map(|f| [self.surname_of(text, f), self.given_name_of(text, f)])
            .flatten()
            .collect();
        // A name of one word found alone (`Jan kreeg …`) is not repeated where it is a month
        // (`1 Jan 2025`, `Jan 2025`); before a capitalised word it still is (`Kann Greta Montag
        // kommen?`), and before a phone number (`Yusuf 06-12345678`).
        let (mut one_word, mut values): (Vec<Finding>, Vec<Finding>) = values
            .into_iter()
            .partition(|f| f.label == Label::Person && !text[f.start..f.end].contains(' '));
        // One finding per distinct value (the first, as before).
        let by_text = |a: &Finding, b: &Finding| text[a.start..a.end].cmp(&text[b.start..b.end]);
        let distinct = |v: &mut Vec<Finding>| {
            v.sort_by(by_text);
            v.dedup_by(|a, b| by_text(a, b).is_eq());
        };
        distinct(&mut values);
        distinct(&mut one_word);
        distinct(&mut name_parts);
        name_parts.retain(|s| values.binary_search_by(|v| by_text(v, s)).is_err());
        let originals = findings.len();
        // Whole values first, so that a repeated full name is found whole before its parts.
        self.propagate(text, placeholders, findings, originals, &values, |_, _| {
            true
        });
        let not_a_date = |start: usize, end: usize| {
            let before = text[..start].trim_end_matches(' ');
            let after = text[end..].trim_start_matches(' ');
            // A day or a year after it (`Jan 20`, `Jan 2025`), not a phone number (`06-…`).
            let digits_after = after.bytes().take_while(u8::is_ascii_digit).count();
            let date_after = matches!(digits_after, 1 | 2 | 4) && !after.starts_with('0');
            !before.ends_with(|c: char| c.is_ascii_digit()) && !date_after
        };
        let one_word_from = findings.len();
        self.propagate(
            text,
            placeholders,
            findings,
            originals,
            &one_word,
            not_a_date,
        );
        // Outside German, which capitalises nouns: a given name repeated right before a
        // surname takes the surname along (`Groetjes, Ashana` … `Ashana Doelwijt en Rudie`).
        if lang != Lang::De {
            for i in one_word_from..findings.len() {
                if let Some(end) = self.surname_after(text, findings[i].end) {
                    let free = findings
                        .iter()
                        .all(|f| f.end <= findings[i].end || f.start >= end);
                    if free {
                        findings[i].end = end;
                    }
                }
            }
        }
        // A surname followed by a capitalised word or next to `&` names a firm (`Zijlstra
        // Installatietechniek`, `Müller & Söhne`, `Jansen & Zorbadeli`), not the person.
        let alone = |start: usize, end: usize| {
            let after = text[end..].trim_start_matches(' ');
            let firm_after = after.len() < text.len() - end
                && after
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c == '&');
            let before = text[..start].trim_end_matches(' ');
            // After `-` it is the end of a double surname the rules did not find whole
            // (`Nedermeijer-van Riet`): half a name is no finding. Next to a number it is a
            // date (`1 Jan 2025`).
            let digit_beside = before.ends_with(|c: char| c.is_ascii_digit())
                || after.starts_with(|c: char| c.is_ascii_digit());
            !firm_after && !digit_beside && !before.ends_with('&') && !text[..start].ends_with('-')
        };
        self.propagate(text, placeholders, findings, originals, &name_parts, alone);
        if findings.len() > originals {
            findings.sort_by_key(|f| f.start);
        }
    }

    /// The end of a surname one space after `end`: a capitalised word that can stand alone as
    /// a name (not a word of the not-a-name list) and ends there, not before a legal form.
    fn surname_after(&self, text: &str, end: usize) -> Option<usize> {
        let rest = text[end..].strip_prefix(' ')?;
        let is_name_char = |c: char| c.is_alphabetic() || matches!(c, '-' | '\'' | '’');
        let len = rest.find(|c: char| !is_name_char(c)).unwrap_or(rest.len());
        let word = rest[..len].trim_end_matches(['-', '\'', '’']);
        let after = &rest[word.len()..];
        (self.stands_alone_as_name(word, &['-', '\'', '’'])
            && !after.starts_with(char::is_alphanumeric)
            && !self.legal_form_starts(after))
        .then(|| end + 1 + word.len())
    }

    /// Appends every free occurrence of `values` in `text` that `accept` (start, end) takes to
    /// `findings`, whose first `originals` entries are the detector's own (sorted, disjoint).
    fn propagate(
        &self,
        text: &str,
        placeholders: &[(usize, usize)],
        findings: &mut Vec<Finding>,
        originals: usize,
        values: &[Finding],
        accept: impl Fn(usize, usize) -> bool,
    ) {
        if values.is_empty() {
            return;
        }
        let free = |findings: &[Finding], start: usize, end: usize| {
            // The original findings are sorted and disjoint: only the neighbours can overlap.
            let pos = findings[..originals].partition_point(|f| f.end <= start);
            findings[..originals]
                .get(pos)
                .is_none_or(|f| f.start >= end)
                && findings[originals..]
                    .iter()
                    .all(|f| f.end <= start || f.start >= end)
                && !placeholders.iter().any(|&(s, e)| start < e && s < end)
                && on_token_boundaries(text, start, end)
                && accept(start, end)
        };
        if values.len() * text.len() <= PROPAGATE_SCAN_LIMIT {
            for value in values {
                let needle = &text[value.start..value.end];
                for start in memchr::memmem::find_iter(text.as_bytes(), needle.as_bytes()) {
                    let end = start + needle.len();
                    if free(findings, start, end) {
                        findings.push(Finding {
                            start,
                            end,
                            ..*value
                        });
                    }
                }
            }
        } else {
            // A long message with many findings: one automaton pass instead of one pass per value.
            let needles: Vec<&str> = values.iter().map(|v| &text[v.start..v.end]).collect();
            let Ok(ac) = aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::Standard)
                .build(&needles)
            else {
                return;
            };
            for m in ac.find_overlapping_iter(text) {
                let value = values[m.pattern().as_usize()];
                if free(findings, m.start(), m.end()) {
                    findings.push(Finding {
                        start: m.start(),
                        end: m.end(),
                        ..value
                    });
                }
            }
        }
    }
}

/// Numbers each rule's trigger group and required groups (in `CompiledRule::message_groups`)
/// and indexes them over the context words.
fn index_message_groups(context: &ContextIndex, rules: &mut [CompiledRule]) -> GroupPresence {
    let mut groups: Vec<&ContextGroup> = Vec::new();
    let mut numbers = Vec::with_capacity(rules.len());
    for rule in rules.iter() {
        let required = rule.context.iter().filter(|g| g.effect == Effect::Require);
        let mine: Vec<u16> = rule
            .triggers
            .iter()
            .chain(required)
            .map(|g| {
                groups.push(g);
                (groups.len() - 1) as u16
            })
            .collect();
        numbers.push(mine);
    }
    let presence = GroupPresence::new(context, &groups);
    for (rule, mine) in rules.iter_mut().zip(numbers) {
        rule.message_groups = mine;
    }
    presence
}

/// Merged windows of `reach` bytes around each digit run. A window ends at white space (or the
/// text's end), so that an ASCII word boundary at its end means what it means in the whole text;
/// every byte is looked at once however many runs there are.
fn digit_windows(text: &str, runs: &[(usize, usize)], reach: usize, out: &mut Vec<(usize, usize)>) {
    let b = text.as_bytes();
    for &(a, z) in runs {
        let s = lang::floor_char_boundary(text, a.saturating_sub(reach));
        let mut e = (z + reach).min(b.len());
        if let Some(last) = out.last_mut() {
            if s <= last.1 && e <= last.1 {
                continue;
            }
        }
        while e < b.len() && !b[e].is_ascii_whitespace() {
            e += 1;
        }
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
}

/// Keeps the best of overlapping candidates: higher score, then label priority, then the longer
/// span, then the earlier start and lower rule index (so the result never depends on order).
fn resolve_overlaps(candidates: &mut [Finding], rules: &[CompiledRule]) -> Vec<Finding> {
    candidates.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| {
                rules[usize::from(b.rule.0)]
                    .priority
                    .cmp(&rules[usize::from(a.rule.0)].priority)
            })
            .then_with(|| b.len().cmp(&a.len()))
            .then_with(|| a.start.cmp(&b.start))
            .then_with(|| a.rule.cmp(&b.rule))
    });
    let mut accepted: Vec<Finding> = Vec::with_capacity(candidates.len());
    for c in candidates.iter() {
        let pos = accepted.partition_point(|a| a.start < c.start);
        let clash_before = pos > 0 && accepted[pos - 1].end > c.start;
        let clash_after = accepted.get(pos).is_some_and(|a| a.start < c.end);
        if !clash_before && !clash_after {
            accepted.insert(pos, *c);
        }
    }
    accepted
}

/// Two names one space apart are one person's name (`Friederike` found after a greeting and
/// `Mühlenkamp` as a sign-off's surname): one finding, so that the name is redacted and
/// propagated whole rather than as two people. `findings` are sorted and disjoint.
fn join_adjacent_names(text: &str, findings: &mut Vec<Finding>) {
    let mut kept = 0;
    for i in 0..findings.len() {
        let f = findings[i];
        if kept > 0 {
            let last = &mut findings[kept - 1];
            if last.label == Label::Person
                && f.label == Label::Person
                && f.start == last.end + 1
                && text.as_bytes()[last.end] == b' '
            {
                last.end = f.end;
                last.score = last.score.max(f.score);
                continue;
            }
        }
        findings[kept] = f;
        kept += 1;
    }
    findings.truncate(kept);
}

/// A `must_match` / `must_not_match` example that does not hold.
#[derive(Debug, Clone, Serialize)]
pub struct ExampleFailure {
    /// Where the rule is (`rules/x.toml:12`).
    pub location: String,
    /// The rule id.
    pub rule: String,
    /// What went wrong.
    pub message: String,
}

impl Detector {
    /// Scans `text` as [`Detector::detect`] does, and also returns the candidates that passed
    /// their context words and scope, before overlaps were resolved: which rules took part.
    fn detect_screened(&self, text: &str) -> (Scan, Vec<Finding>) {
        let scratch = &mut Scratch::default();
        let lang = self.begin(text, scratch);
        if !text.is_empty() {
            self.collect_candidates(text, lang, scratch);
        }
        self.screen(text, lang, scratch);
        let screened = scratch.candidates.clone();
        (self.settle(text, lang, scratch), screened)
    }

    /// Checks every rule's examples; returns the failures and the number of examples checked.
    pub fn test_examples(&self) -> (Vec<ExampleFailure>, usize) {
        let mut failures = Vec::new();
        let mut checked = 0;
        for rule in &self.rules {
            let location = format!("{}:{}", rule.file, rule.line);
            let describe = |text: &str, scan: &Scan| -> String {
                let found: Vec<String> = scan
                    .findings
                    .iter()
                    .map(|f| {
                        format!(
                            "{} `{}` ({})",
                            f.label,
                            &text[f.start..f.end],
                            self.rule(f.rule).id
                        )
                    })
                    .collect();
                if found.is_empty() {
                    "nothing".to_string()
                } else {
                    found.join(", ")
                }
            };
            for ex in &rule.must_match {
                checked += 1;
                let text = ex.text();
                let (scan, screened) = self.detect_screened(text);
                // The finding must come from this rule, or this rule must have a candidate there
                // that another rule's won: an example found only by another rule tests nothing
                // of this one.
                let ok = scan.findings.iter().any(|f| {
                    f.label == rule.label
                        && match ex {
                            Example::Text(_) => true,
                            Example::Exact { value, .. } => &text[f.start..f.end] == value,
                        }
                        && (self.rule(f.rule).id == rule.id
                            || screened
                                .iter()
                                .any(|c| self.rule(c.rule).id == rule.id && c.overlaps(f)))
                });
                if !ok {
                    let want = match ex {
                        Example::Text(_) => rule.label.to_string(),
                        Example::Exact { value, .. } => format!("{} `{value}`", rule.label),
                    };
                    failures.push(ExampleFailure {
                        location: location.clone(),
                        rule: rule.id.clone(),
                        message: format!(
                            "must_match {text:?}: expected {want}, found {}",
                            describe(text, &scan)
                        ),
                    });
                }
            }
            for text in &rule.must_not_match {
                checked += 1;
                let scan = self.detect(text);
                if scan.findings.iter().any(|f| f.label == rule.label) {
                    failures.push(ExampleFailure {
                        location: location.clone(),
                        rule: rule.id.clone(),
                        message: format!(
                            "must_not_match {text:?}: found {}",
                            describe(text, &scan)
                        ),
                    });
                }
            }
        }
        (failures, checked)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_boundaries() {
        let t = "ab123456782 x 1.123456782 y 123456782.";
        assert!(!on_token_boundaries(t, 2, 11));
        assert!(!on_token_boundaries(t, 16, 25));
        assert!(on_token_boundaries(t, 28, 37));
        let handle = "@Wilgenkring 3 weeks, Wilgenkring 3";
        assert!(!on_token_boundaries(handle, 1, 14));
        assert!(on_token_boundaries(handle, 22, 35));
    }

    #[test]
    fn digit_reach_needs_bounded_anchor_free_patterns() {
        assert_eq!(digit_reach(r"(?-u:\b)[0-9]{9}(?-u:\b)"), Some(9));
        assert_eq!(digit_reach(r"[0-9]{4}(?:[ \-]?[0-9]{2,6}){2,4}"), Some(32));
        assert_eq!(digit_reach(r"[0-9]+"), None);
        assert_eq!(digit_reach(r"(?m:^)[0-9]{3}"), None);
        assert_eq!(digit_reach(r"[0-9]{3}$"), None);
    }

    #[test]
    fn digit_windows_cover_every_match_and_end_at_white_space() {
        let text = "abc 12 defghij klmnop 34567 qrstuvwxyz 8";
        let mut runs = Vec::new();
        digit_runs(text, &mut runs);
        assert_eq!(runs, [(4, 6), (22, 27), (39, 40)]);
        let mut w = Vec::new();
        digit_windows(text, &runs, 3, &mut w);
        // 12 → 1..9 extended to the space at 14; 34567 → 19..30, extended to 38; 8 → 36..40,
        // merged with the window before it.
        assert_eq!(w, [(1, 14), (19, 40)]);
        for &(s, e) in &w {
            assert!(e == text.len() || text.as_bytes()[e] == b' ');
            assert!(text.is_char_boundary(s));
        }
        // Non-ASCII before a run: the window starts on a char boundary.
        let text = "éé1";
        digit_runs(text, &mut runs);
        w.clear();
        digit_windows(text, &runs, 2, &mut w);
        assert_eq!(w, [(2, 5)]);
    }

    /// Every other occurrence of a found value becomes a finding, whether the message is short
    /// (one substring search per value) or long (one automaton pass), and never one inside
    /// another finding, a placeholder or a longer word.
    #[test]
    fn propagation_finds_repeats_in_short_and_long_messages() {
        let detector = Detector::new(&Config::default()).expect("shipped rules");
        for filler in [1, 8000] {
            let text = format!(
                "Naam: Xq Zorbadeli. {} Xq Zorbadeli belt. AXq Zorbadelix [Xq Zorbadeli] \
                 Xq Zorbadeli",
                "lorem ipsum ".repeat(filler)
            );
            let first = text.find("Xq Zorbadeli").unwrap();
            let found = Finding {
                start: first,
                end: first + "Xq Zorbadeli".len(),
                label: Label::Person,
                rule: RuleId(0),
                score: 0.9,
            };
            let placeholder = text.find("[Xq").unwrap();
            let placeholders = [(placeholder, placeholder + "[Xq Zorbadeli]".len())];
            let mut findings = vec![found];
            detector.propagate_values(&text, Lang::Nl, &placeholders, &mut findings);
            let starts: Vec<usize> = findings.iter().map(|f| f.start).collect();
            let expected: Vec<usize> = text
                .match_indices("Xq Zorbadeli")
                .map(|(i, _)| i)
                .filter(|&i| on_token_boundaries(&text, i, i + 12))
                .filter(|&i| !(placeholders[0].0..placeholders[0].1).contains(&i))
                .collect();
            assert_eq!(starts, expected, "filler {filler}");
            assert_eq!(starts.len(), 3, "filler {filler}");
            assert!(findings.iter().all(|f| f.label == Label::Person));
        }
    }

    /// The message's language comes from the stop words the context-word pass counts: short
    /// texts (too few letters for lingua) are decided by them alone, and only the opening
    /// part votes.
    #[test]
    fn the_word_pass_votes_on_the_language() {
        let detector = Detector::new(&Config::default()).expect("shipped rules");
        let lang = |text: &str| detector.detect(text).lang;
        assert_eq!(lang("ik wil mijn bestelling wel"), Lang::Nl);
        assert_eq!(lang("could you check my order"), Lang::En);
        assert_eq!(lang("ich habe eine Frage"), Lang::De);
        assert_eq!(lang("🔥 401 #outage"), Lang::Unknown);
        // Stop words past the opening window do not vote.
        let late = format!("{} the and you my", "1 ".repeat(MESSAGE_LANG_WINDOW));
        assert_eq!(lang(&late), Lang::Unknown);
    }

    /// The PERSON findings in `text`, as text.
    fn person_spans<'t>(detector: &Detector, text: &'t str) -> Vec<&'t str> {
        detector
            .detect(text)
            .findings
            .iter()
            .filter(|f| f.label == Label::Person)
            .map(|f| &text[f.start..f.end])
            .collect()
    }

    /// The surname of a found full name is redacted where it stands alone, but a repeated full
    /// name is still found whole, and single names, initials and not-a-name words are not split.
    #[test]
    fn a_found_full_names_surname_alone_is_a_finding_too() {
        let detector = Detector::new(&Config::default()).expect("shipped rules");
        let person_spans = |text: &'static str| person_spans(&detector, text);
        let text = "Bel even aan bij Zorbadeli (onderste bel), of vraag Xq Zorbadeli zelf. \
                    Met vriendelijke groet,\nXq Zorbadeli\nZorbadeli Installaties & Zorbadeli";
        // Not in the firm's name after the sign-off.
        assert_eq!(
            person_spans(text),
            ["Zorbadeli", "Xq Zorbadeli", "Xq Zorbadeli"]
        );
        let person = |text: &str, s: &str| {
            let start = text.find(s).unwrap();
            Finding {
                start,
                end: start + s.len(),
                label: Label::Person,
                rule: RuleId(0),
                score: 0.9,
            }
        };
        assert!(detector
            .surname_of(text, &person(text, "Zorbadeli"))
            .is_none());
        let text = "Xq van der Zorbadeli";
        let surname = detector.surname_of(text, &person(text, text)).unwrap();
        assert_eq!(&text[surname.start..surname.end], "van der Zorbadeli");
        let text = "Naam: Xq van Zorbadeli\nheet nu Xq Qorbamijer-van Zorbadeli, bel van Zorbadeli";
        assert_eq!(person_spans(text), ["Xq van Zorbadeli", "van Zorbadeli"]);
        let text = "J.K. Support";
        assert!(detector
            .surname_of(text, &person(text, "J.K. Support"))
            .is_none());
    }

    #[test]
    fn both_language_votes_split_words_alike() {
        let detector = Detector::new(&Config::default()).expect("shipped rules");
        // Words glued to digits are no stop words in either vote (`mijn2` is not `mijn`).
        for text in [
            "mijn2 de3 het4 een5 is6 the order and you",
            "het order is the and",
            "Bestellung 12 ist da, the parcel und the box",
            // A stop word with a capital outside ASCII counts in both (`Über` is `über`).
            "Über Für the",
        ] {
            assert_eq!(
                detector.language_detector().detect(text),
                detector.detect(text).lang,
                "{text}"
            );
        }
        assert_eq!(
            detector
                .language_detector()
                .detect("mijn2 de3 het4 een5 is6 the order and you"),
            Lang::En
        );
        assert_eq!(
            detector.language_detector().detect("Über Für the"),
            Lang::De
        );
    }

    #[test]
    fn a_one_word_name_is_repeated_except_where_it_is_a_month() {
        let detector = Detector::new(&Config::default()).expect("shipped rules");
        let person_spans = |text: &'static str| person_spans(&detector, text);
        assert_eq!(
            person_spans("Greta ist krank. Kann Greta Montag wiederkommen?"),
            ["Greta", "Greta"]
        );
        assert_eq!(
            person_spans("Hallo Yusuf,\nYusuf 06-12345678 belt terug."),
            ["Yusuf", "Yusuf"]
        );
        assert_eq!(
            person_spans("Jan belde. De factuur van Jan 2025 en 3 Jan ontbreekt."),
            ["Jan"]
        );
    }

    #[test]
    fn a_repeated_given_name_takes_the_surname_after_it_outside_german() {
        let detector = Detector::new(&Config::default()).expect("shipped rules");
        let person_spans = |text: &'static str| person_spans(&detector, text);
        assert_eq!(
            person_spans("Ouders op de boeking: Ashana Doelwijt en Rudie.\n\nGroetjes,\nAshana"),
            ["Ashana Doelwijt", "Ashana"]
        );
        assert_eq!(
            person_spans("Thanks!\nCallum\n--\nCallum Ashcroft | People & Culture"),
            ["Callum", "Callum Ashcroft"]
        );
        // Not a word of the not-a-name list (`Monday`).
        assert_eq!(
            person_spans("Can Greta Monday come? Greta is ill.\n\nKind regards,\nGreta"),
            ["Greta", "Greta", "Greta"]
        );
        // German capitalises nouns: a name not on the given-name list stays alone there.
        assert_eq!(
            person_spans("Hat Xandrina Zeit? Ich frage mal nach.\n\nViele Grüße\nXandrina"),
            ["Xandrina", "Xandrina"]
        );
    }

    #[test]
    fn a_name_written_with_a_legal_form_elsewhere_is_a_firm() {
        let detector = Detector::new(&Config::default()).expect("shipped rules");
        let person_spans = |text: &'static str| person_spans(&detector, text);
        let signature = "Kind regards,\nMarijke Geerts\nOffice Manager, Brightline Photonics";
        assert_eq!(
            person_spans(signature),
            ["Marijke Geerts", "Brightline Photonics"],
            "alone, the role rule reads it as a name"
        );
        let with_legal_form = "Please invoice Brightline Photonics B.V. for the tickets.\n\n\
             Kind regards,\nMarijke Geerts\nOffice Manager, Brightline Photonics";
        assert_eq!(person_spans(with_legal_form), ["Marijke Geerts"]);
        // A name with a given name stays a person's: owners sign above their firm's name,
        // which is redacted with theirs.
        assert_eq!(
            person_spans("Met vriendelijke groet,\nPieter Bakker\nPieter Bakker B.V."),
            ["Pieter Bakker", "Pieter Bakker"]
        );
        // Initials count as a given name (`J.P. Bakker` of `J.P. Bakker B.V.`).
        assert_eq!(
            person_spans("Met vriendelijke groet,\nJ.P. Bakker\nJ.P. Bakker B.V."),
            ["J.P. Bakker", "J.P. Bakker"]
        );
        // Not a legal form: a school class or a travel group (`groep 6`, `group of 6`).
        assert_eq!(
            person_spans("Afwezig: Lotte de Vries, groep 6\n\nBeste juf, Lotte de Vries is ziek."),
            ["Lotte de Vries", "Lotte de Vries"]
        );
    }

    #[test]
    fn a_found_full_names_given_name_alone_is_a_finding_too() {
        let detector = Detector::new(&Config::default()).expect("shipped rules");
        let person_spans = |text: &'static str| person_spans(&detector, text);
        // Not next to a number, where it is a month (`1 Jan 2025`).
        assert_eq!(
            person_spans(
                "Ik schrijf voor mijn vriend Jan Zelimbe. Jan kreeg op 1 Jan 2025 een brief."
            ),
            ["Jan Zelimbe", "Jan"]
        );
        // Not a given name that is also an ordinary word.
        assert_eq!(
            person_spans("Mijn collega Mark Zelimbe belde. Mark het formulier als gelezen."),
            ["Mark Zelimbe"]
        );
    }

    /// The values `d` finds in `text`.
    fn found_values(d: &Detector, text: &str) -> Vec<String> {
        d.detect(text)
            .findings
            .iter()
            .map(|f| text[f.start..f.end].to_string())
            .collect()
    }

    /// A detector of the rules `rules` (TOML bodies, one file) with the word lists `lists`.
    fn detector_of(rules: &[&str], lists: WordLists) -> Result<Detector, DetectError> {
        let text: String = rules.iter().map(|r| format!("[[rule]]\n{r}\n")).collect();
        let sources = [Source {
            name: "t.toml".into(),
            text,
        }];
        Detector::from_sources(&sources, lists, &Config::default())
    }

    /// A detector of one rule (TOML body) with the word list `names`.
    fn one_rule(rule: &str) -> Result<Detector, DetectError> {
        let mut lists = WordLists::default();
        lists.add("names", "Pieter\nRalf\nPeter\n");
        detector_of(&[rule], lists)
    }

    #[test]
    fn a_must_match_example_counts_only_for_the_rule_that_took_part() {
        let failing_rules = |rules: &[&str]| -> Vec<String> {
            let d = detector_of(rules, WordLists::default()).unwrap();
            let (failures, _) = d.test_examples();
            failures.into_iter().map(|f| f.rule).collect()
        };
        // `t.wide` finds the number; `t.narrow` (a pattern that never matches it) claims the
        // example as its own: it fails, as it tested nothing of `t.narrow`.
        let wide = "id = \"t.wide\"\nlabel = \"KVK\"\npatterns = ['[0-9]{4} [0-9]{4}']";
        let narrow = "id = \"t.narrow\"\nlabel = \"KVK\"\npatterns = ['KVK-[0-9]{4} [0-9]{4}']\n\
                      must_match = [{ text = \"nr 1234 5678\", value = \"1234 5678\" }]";
        assert_eq!(failing_rules(&[wide, narrow]), ["t.narrow"]);
        // A rule whose candidates (`1234`, `5678`) overlapped the winning finding took part: it
        // passes, although the other rule's longer finding won.
        let part = "id = \"t.part\"\nlabel = \"KVK\"\npatterns = ['[0-9]{4}']\n\
                    must_match = [{ text = \"nr 1234 5678\", value = \"1234 5678\" }]";
        assert!(failing_rules(&[wide, part]).is_empty());
        // On its own, that rule's findings are not the example's value: it fails.
        assert_eq!(failing_rules(&[part]), ["t.part"]);
    }

    #[test]
    fn in_list_groups_reject_unlisted_words_and_rescan_from_the_next_token() {
        let d = one_rule(
            "id = \"t.name\"\nlabel = \"PERSON\"\n\
             patterns = ['(?-u:\\b)(?P<first>[A-Z][a-z]+(?:-[A-Z][a-z]+)?) [A-Z][a-z]+']\n\
             in_list = { first = \"names\" }\n",
        )
        .unwrap();
        let found = |text: &str| found_values(&d, text);
        // `Morgen Pieter` is rejected (Morgen is not listed); the search goes on at `Pieter`.
        assert_eq!(found("Morgen Pieter Jansen belt."), ["Pieter Jansen"]);
        assert_eq!(found("Morgen Jansen belt."), Vec::<String>::new());
        // A double first name counts when every part is listed.
        assert_eq!(found("Dus Ralf-Peter Nette"), ["Ralf-Peter Nette"]);
        assert_eq!(found("Dus Ralf-Otto Nette"), Vec::<String>::new());
    }

    #[test]
    fn a_match_in_which_the_not_group_takes_part_is_no_candidate() {
        let d = one_rule(
            "id = \"t.date\"\nlabel = \"DATE_OF_BIRTH\"\n\
             patterns = ['(?-u:\\b)(?P<value>[0-9]{2}-[0-9]{2}-[0-9]{4})(?P<not>,? [0-9]{2}:[0-9]{2})?']\n",
        )
        .unwrap();
        let found = |text: &str| found_values(&d, text);
        assert_eq!(found("op 12-03-1985 geboren"), ["12-03-1985"]);
        // A date followed by a time is refused, and the search goes on after it.
        assert_eq!(found("12-03-2025, 10:42 - Jan: 01-02-1990"), ["01-02-1990"]);
        assert!(found("12-03-2025 10:42").is_empty());
    }

    #[test]
    fn the_search_goes_on_after_what_the_not_group_refused_not_inside_it() {
        let d = one_rule(
            "id = \"t.initials\"\nlabel = \"PERSON\"\n\
             patterns = ['(?P<not>[A-Z] to [A-Z][.] [A-Z])|(?P<value>[A-Z][.] [A-Z][a-z]+)']\n",
        )
        .unwrap();
        let found = |text: &str| found_values(&d, text);
        // Rescanning from the refused match's next token would find `D. Scaffolding`.
        assert!(found("blocks A to D. Scaffolding stays").is_empty());
        assert_eq!(found("blocks A to D. Post for J. Jansen"), ["J. Jansen"]);
        // A refused match that ends inside a word gives that word back.
        assert_eq!(found("blocks A to D. J. Jansen"), ["J. Jansen"]);
    }

    #[test]
    fn in_list_errors_name_the_rule_and_the_problem() {
        let rule = |in_list: &str| {
            one_rule(&format!(
                "id = \"t.bad\"\nlabel = \"PERSON\"\npatterns = ['(?P<first>[A-Z][a-z]+) x']\n\
                 in_list = {in_list}\n"
            ))
            .unwrap_err()
            .to_string()
        };
        let err = rule("{ second = \"names\" }");
        assert!(
            err.contains("t.toml:1: rule `t.bad`") && err.contains("`second`"),
            "{err}"
        );
        let err = rule("{ first = \"nope\" }");
        assert!(err.contains("unknown word list `nope`"), "{err}");
    }

    #[test]
    fn a_gate_stands_for_the_rule_in_the_shared_pass() {
        let rule = |gate: &str| {
            one_rule(&format!(
                "id = \"t.gated\"\nlabel = \"KVK\"\npatterns = ['(?-u:\\b)[0-9]{{8}}(?-u:\\b)']\n\
                 needs = [\"digit\"]\ngate = '{gate}'\n"
            ))
        };
        let found = |d: &Detector, text: &str| d.detect(text).findings.len();
        // The rule runs only where its gate matches, even where its pattern would.
        let d = rule("kvk [0-9]").unwrap();
        assert_eq!(found(&d, "kvk 12345678"), 1);
        assert_eq!(found(&d, "nummer 12345678"), 0);
        let err = rule("(unclosed").unwrap_err().to_string();
        assert!(
            err.contains("t.toml:1: rule `t.gated`") && err.contains("gate:"),
            "{err}"
        );
        // Only the shared pass reads a gate: on any other rule it is an error, not a no-op.
        let err = one_rule(
            "id = \"t.word\"\nlabel = \"KVK\"\npatterns = ['[0-9]{8}']\ntriggers = [\"kvk\"]\n\
             needs = [\"digit\"]\ngate = 'kvk'\n",
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("rule `t.word`") && err.contains("only read by number rules"),
            "{err}"
        );
    }

    #[test]
    fn in_list_rules_of_disabled_labels_do_not_stop_the_build() {
        // The shipped person and street rules have `in_list` groups; with their labels off
        // their patterns are not compiled, and the detector still builds.
        let mut config = Config::default();
        config.detect.labels = vec![Label::Iban, Label::Bsn];
        let detector = Detector::new(&config).unwrap();
        let text = "Pieter Jansen, Kerkstraat 12, BSN 111222333";
        let labels: Vec<Label> = detector
            .detect(text)
            .findings
            .iter()
            .map(|f| f.label)
            .collect();
        assert_eq!(labels, [Label::Bsn]);
    }

    #[test]
    fn trim_span_strips_nbsp() {
        let t = "\u{a0}abc ";
        assert_eq!(trim_span(t, 0, t.len()), (2, 5));
    }

    #[test]
    fn names_one_space_apart_become_one_finding() {
        let text = "Selam Haile, 0612345678 Jan  Piet";
        let at = |start: usize, end: usize, label: Label, score: f32| Finding {
            start,
            end,
            label,
            rule: RuleId(0),
            score,
        };
        let mut findings = vec![
            at(0, 5, Label::Person, 0.7),
            at(6, 11, Label::Person, 0.85),
            at(13, 23, Label::Phone, 0.9),
            at(24, 27, Label::Person, 0.8),
            at(29, 33, Label::Person, 0.8),
        ];
        join_adjacent_names(text, &mut findings);
        let spans: Vec<&str> = findings.iter().map(|f| &text[f.start..f.end]).collect();
        // Two spaces apart, or a phone number next to a name, stay apart.
        assert_eq!(spans, ["Selam Haile", "0612345678", "Jan", "Piet"]);
        assert_eq!(findings[0].score, 0.85);
    }

    #[test]
    fn a_batch_slot_does_not_keep_a_long_messages_buffers() {
        let detector = Detector::new(&Config::default()).expect("shipped rules");
        // Many context words and digit runs, below the length scanned alone.
        let long = "Beste Jan, bel 0612345678 of mail jan@voorbeeld.nl. ".repeat(200);
        assert!(long.len() < PARALLEL_RULES_MIN_LEN);
        let mut batch = BatchScratch::default();
        let scans = detector.detect_batch(&[long.as_str(), "hallo"], &mut batch);
        assert!(scans[0].findings.len() > 300, "{}", scans[0].findings.len());
        let slot = &batch.messages[0];
        for (name, capacity) in [
            ("hits", slot.hits.capacity()),
            ("candidates", slot.candidates.capacity()),
            ("digit runs", slot.digit_runs.capacity()),
        ] {
            assert!(capacity <= 256, "{name}: capacity {capacity} kept");
        }
    }
}
