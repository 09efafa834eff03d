//! Rule files (`rules/*.toml`): the serde schema, loading with file:line errors, and the
//! expansion of `{{var}}` and `{{list:NAME[:LANG]}}` references in patterns.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::Deserialize;

use super::wordlist::WordLists;

/// One rule file's text and the name to report it by.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path shown in errors (`rules/nl-finance.toml`).
    pub name: String,
    /// The file's contents.
    pub text: String,
}

/// A problem in a rule file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    /// The rule file.
    pub file: String,
    /// 1-based line (0 if unknown).
    pub line: usize,
    /// The rule id, if the problem is inside a rule.
    pub rule: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.file, self.line)?;
        if let Some(rule) = &self.rule {
            write!(f, "rule `{rule}`: ")?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for RuleError {}

/// A rule file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    /// Pattern fragments usable as `{{name}}` in every rule file.
    #[serde(default)]
    pub vars: BTreeMap<String, String>,
    /// The rules.
    #[serde(default)]
    pub rule: Vec<toml::Spanned<RuleSpec>>,
}

/// One detection rule as written in a rule file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    /// Dotted id, e.g. `nl.bsn`.
    pub id: String,
    /// The label name (design.md).
    pub label: String,
    /// What the rule finds, for people reading the rules.
    #[serde(default)]
    pub description: String,
    /// Languages whose text the rule applies to (`nl`, `en`, `de`); empty = all.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Regular expressions (regex crate syntax, `{{var}}` references allowed). If a pattern has
    /// a capture group named `value`, that group is the finding's span.
    pub patterns: Vec<String>,
    /// Validator name (see `Validator`).
    #[serde(default)]
    pub validator: Option<String>,
    /// Capture groups whose text must be an entry of a word list (`{ first = "first_names" }`):
    /// a match whose group text is not on the list is no candidate. A hyphenated text counts
    /// when every part is on the list (`Ralf-Peter`). A short generic group
    /// checked against a hashed list replaces a list of thousands of alternatives inside the
    /// pattern, which would cost milliseconds to compile and to warm up in every process.
    #[serde(default)]
    pub in_list: BTreeMap<String, String>,
    /// Base score in 0..=1.
    #[serde(default = "default_score")]
    pub score: f32,
    /// Overrides the label's overlap priority.
    #[serde(default)]
    pub priority: Option<u8>,
    /// Context conditions.
    #[serde(default)]
    pub context: Vec<ContextSpec>,
    /// Words (same syntax as context words) of which at least one must occur somewhere in the
    /// message for the rule to run at all: a cheap gate so that most rules skip most messages.
    #[serde(default)]
    pub triggers: Vec<String>,
    /// Bytes `[before, after]` around a trigger word in which the rule's match is looked for
    /// (default 160 each side).
    #[serde(default)]
    pub window: Option<[usize; 2]>,
    /// A pattern that every match of the rule contains (`{{var}}` references allowed). Number
    /// rules without trigger words share one `RegexSet` pass per message that tells which of
    /// them can match; a rule with a gate is represented there by it instead of its patterns,
    /// so that a pattern starting with a capitalised word does not slow that shared pass down.
    #[serde(default)]
    pub gate: Option<String>,
    /// Header words of a pasted table's columns (`Naam`, `Nachname`, `PLZ`): the rule looks only
    /// at the cells below such a header in a table separated by `;`, tabs, `|` or `,`, and a
    /// cell is a candidate when one of the patterns matches all of it. The header words are the
    /// rule's trigger words.
    #[serde(default)]
    pub columns: Vec<String>,
    /// Characters every match contains: `digit`, `at` (`@`), `colon`. Messages without them
    /// skip the rule.
    #[serde(default)]
    pub needs: Vec<Need>,
    /// Texts in which the rule's label must be found (plain string, or `{ text, value }` to
    /// also require the exact span text).
    #[serde(default)]
    pub must_match: Vec<Example>,
    /// Texts in which the rule's label must not be found.
    #[serde(default)]
    pub must_not_match: Vec<String>,
}

fn default_score() -> f32 {
    0.8
}

/// A context condition: words looked for in a window around the candidate.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextSpec {
    /// Words or phrases, matched case-insensitively as whole words; a leading or trailing `*`
    /// lets the word continue on that side (`rekeningnummer*`, `*straße`).
    pub words: Vec<String>,
    /// Window before the candidate, in bytes.
    #[serde(default = "default_before")]
    pub before: usize,
    /// Window after the candidate, in bytes.
    #[serde(default)]
    pub after: usize,
    /// What a hit does.
    pub effect: Effect,
    /// Score added by a `boost` hit.
    #[serde(default = "default_boost")]
    pub boost: f32,
    /// Only words on the candidate's own line count (the window stops at line ends).
    #[serde(default)]
    pub same_line: bool,
    /// At most this many bytes between a word and the candidate (`gap = 1`: one space apart).
    /// `before` and `after` bound where a word may start or end; a word the length of the window
    /// would otherwise count across a sentence's end (`de garage. Pieter Jansen`).
    #[serde(default)]
    pub gap: Option<usize>,
    /// Only words in the header cell of the candidate's table column count (`| invoice | date |`
    /// above `| 927009626 | …`); `before`, `after`, `same_line` and `gap` are then not used.
    /// A candidate outside a table has no such words.
    #[serde(default)]
    pub column: bool,
}

fn default_before() -> usize {
    40
}

fn default_boost() -> f32 {
    0.15
}

/// A character class every match of a rule contains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Need {
    /// An ASCII digit.
    Digit,
    /// An `@`.
    At,
    /// A `:`.
    Colon,
}

/// What a context hit does to a candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Effect {
    /// Add `boost` to the score.
    Boost,
    /// Keep the candidate only if a word is present.
    Require,
    /// Drop the candidate if a word is present, unless a boost word of the rule is nearer.
    Veto,
    /// Drop the candidate if a word is present, whatever else the context says (a number in a
    /// manual's example is nobody's).
    Forbid,
}

/// A `must_match` example.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Example {
    /// The label must be found somewhere in the text.
    Text(String),
    /// The label must be found with exactly this span text.
    Exact {
        /// The example text.
        text: String,
        /// The expected span text.
        value: String,
    },
}

impl Example {
    /// The example's text.
    pub fn text(&self) -> &str {
        match self {
            Example::Text(t) | Example::Exact { text: t, .. } => t,
        }
    }
}

/// A rule as loaded: its spec plus where it was written.
#[derive(Debug, Clone)]
pub struct LoadedRule {
    /// The rule as written.
    pub spec: RuleSpec,
    /// The rule file.
    pub file: String,
    /// The 1-based line of the rule's table.
    pub line: usize,
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())]
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        + 1
}

/// Parses rule files: returns the rules and the merged `vars`.
pub fn parse(sources: &[Source]) -> Result<(Vec<LoadedRule>, BTreeMap<String, String>), RuleError> {
    let mut rules = Vec::new();
    let mut vars = BTreeMap::new();
    for src in sources {
        let file: RuleFile = toml::from_str(&src.text).map_err(|e| RuleError {
            file: src.name.clone(),
            line: e.span().map_or(0, |s| line_of(&src.text, s.start)),
            rule: None,
            message: e.message().trim().to_string(),
        })?;
        for (k, v) in file.vars {
            if vars.insert(k.clone(), v).is_some() {
                return Err(RuleError {
                    file: src.name.clone(),
                    line: 0,
                    rule: None,
                    message: format!("variable `{k}` is defined twice"),
                });
            }
        }
        for spanned in file.rule {
            let line = line_of(&src.text, spanned.span().start);
            rules.push(LoadedRule {
                spec: spanned.into_inner(),
                file: src.name.clone(),
                line,
            });
        }
    }
    Ok((rules, vars))
}

/// Expands `{{var}}` and `{{list:NAME}}` / `{{list:NAME:LANG}}` / `{{list:NAME:LANG:CATEGORY}}`
/// in `pattern` (see [`WordLists::entries_for`]). A list becomes an alternation, longest entry
/// first; acronym entries are wrapped in `(?-i:…)` so that they keep their case in `(?i:…)`.
pub fn expand(
    pattern: &str,
    vars: &BTreeMap<String, String>,
    lists: &WordLists,
) -> Result<String, String> {
    expand_depth(pattern, vars, lists, 0)
}

fn expand_depth(
    pattern: &str,
    vars: &BTreeMap<String, String>,
    lists: &WordLists,
    depth: usize,
) -> Result<String, String> {
    if depth > 8 {
        return Err("variables nest too deeply (a cycle?)".into());
    }
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let end = after.find("}}").ok_or_else(|| {
            format!(
                "unclosed `{{{{` in pattern near `{}`",
                &rest[start..rest.len().min(start + 20)]
            )
        })?;
        let name = after[..end].trim();
        if let Some(list) = name.strip_prefix("list:") {
            let mut words = lists.entries_for(list)?;
            if words.is_empty() {
                return Err(format!("word list `{list}` has no entries"));
            }
            // Longest first, so leftmost-first alternation prefers the longest entry.
            words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
            words.dedup();
            out.push_str("(?:");
            for (i, w) in words.iter().enumerate() {
                if i > 0 {
                    out.push('|');
                }
                // An acronym keeps its case inside `(?i:…)`: `ADHD`, not `adhd`; `GP`, not `gp`.
                // A `*` at either end stands for the rest of the word, as in context words
                // (`*bedrijf`: Taxibedrijf).
                let (open, core, close) = starred(w);
                out.push_str(open);
                if is_acronym(core) {
                    out.push_str("(?-i:");
                    out.push_str(&regex::escape(core));
                    out.push(')');
                } else {
                    out.push_str(&regex::escape(core));
                }
                out.push_str(close);
            }
            out.push(')');
        } else {
            let value = vars
                .get(name)
                .ok_or_else(|| format!("unknown variable `{{{{{name}}}}}`"))?;
            out.push_str(&expand_depth(value, vars, lists, depth + 1)?);
        }
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Letters (ASCII and Latin-1/Latin Extended-A, no Unicode class: see `check_fast`) that a `*`
/// at the start or end of a word-list entry stands for inside a pattern.
const STAR_LETTERS: &str = "[A-Za-zß-öø-ÿ\\x{100}-\\x{17F}]*";

/// A word split at its `*` ends, as context words and word-list entries write them: whether
/// it goes on before (`*straat`), the word itself, and whether it goes on after (`groet*`).
pub(crate) fn star_ends(word: &str) -> (bool, &str, bool) {
    (
        word.starts_with('*'),
        word.trim_matches('*'),
        word.ends_with('*'),
    )
}

/// A word-list entry split into what its `*` ends become in a pattern and the word between. An
/// entry that is only `*` stays a literal `*`.
fn starred(word: &str) -> (&'static str, &str, &'static str) {
    let (goes_on_before, core, goes_on_after) = star_ends(word);
    if core.is_empty() {
        return ("", word, "");
    }
    let letters = |on: bool| if on { STAR_LETTERS } else { "" };
    (letters(goes_on_before), core, letters(goes_on_after))
}

/// Whether a word-list entry is an acronym (`ADHD`, `HIV`, `GGZ`): at least two letters, all
/// upper case. Acronyms are matched case-sensitively even inside a case-insensitive group.
fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_uppercase()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// Expands word-list references in context/trigger words: `*{{list:street_suffixes:nl}}`
/// becomes one word per list entry, with the same `*` marks.
pub fn expand_words(words: &[String], lists: &WordLists) -> Result<Vec<String>, String> {
    let mut out = Vec::with_capacity(words.len());
    for w in words {
        let Some(start) = w.find("{{list:") else {
            out.push(w.clone());
            continue;
        };
        let end = w[start..]
            .find("}}")
            .map(|e| start + e)
            .ok_or_else(|| format!("unclosed `{{{{` in word `{w}`"))?;
        let spec = &w[start + 7..end];
        for value in lists.entries_for(spec)? {
            out.push(format!("{}{}{}", &w[..start], value, &w[end + 2..]));
        }
    }
    if let Some(w) = out.iter().find(|w| star_ends(w).1.is_empty()) {
        return Err(format!(
            "the word `{w}` is empty and would match everywhere"
        ));
    }
    Ok(out)
}

/// Rejects pattern features that make the regex crate slow on non-ASCII text: a Unicode `\b`
/// or `\B` (write `(?-u:\b)`), and the Unicode classes `\d` and `\w` (write `[0-9]`, `[A-Za-z0-9_]`).
pub fn check_fast(pattern: &str) -> Result<(), String> {
    let bytes = pattern.as_bytes();
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] == b'\\' {
            let c = bytes[i + 1];
            if matches!(c, b'b' | b'B') && !pattern[..i].ends_with("(?-u:") {
                return Err(format!("Unicode `\\{}` at byte {i} makes matching ~150x slower on non-ASCII text: write `(?-u:\\{})`", c as char, c as char));
            }
            if matches!(c, b'd' | b'w' | b'D' | b'W') {
                return Err(format!("Unicode class `\\{}` at byte {i}: write an explicit ASCII class such as `[0-9]`", c as char));
            }
            i += 2;
            continue;
        }
        i += 1;
    }
    Ok(())
}

/// Reads every `*.toml` in `dir` (sorted by name) as rule sources.
pub fn read_dir(dir: &Path) -> std::io::Result<Vec<Source>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            Ok(Source {
                name: p.display().to_string(),
                text: std::fs::read_to_string(&p)?,
            })
        })
        .collect()
}

/// Reads every `*.txt` in `dir` as word lists named by file stem.
pub fn read_wordlists(dir: &Path) -> std::io::Result<WordLists> {
    let mut lists = WordLists::default();
    let mut paths: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    for p in paths {
        let stem = p
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        lists.add(&stem, &std::fs::read_to_string(&p)?);
    }
    Ok(lists)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_rule_file_names_file_and_line() {
        let src = Source {
            name: "rules/x.toml".into(),
            text: "[[rule]]\nid = \"a\"\nlabel = \"IBAN\"\npatterns = [\"x\"]\nbogus = 1\n".into(),
        };
        let err = parse(&[src]).unwrap_err();
        assert_eq!(err.file, "rules/x.toml");
        assert!(err.line >= 1, "{err}");
        assert!(err.message.contains("bogus"), "{err}");
    }

    #[test]
    fn unicode_word_boundary_is_rejected() {
        assert!(check_fast(r"\b[0-9]{9}\b").is_err());
        assert!(check_fast(r"(?-u:\b)[0-9]{9}(?-u:\b)").is_ok());
        assert!(check_fast(r"\d{9}").is_err());
        assert!(check_fast(r"[0-9]\.[0-9]").is_ok());
    }

    #[test]
    fn vars_and_lists_expand() {
        let mut lists = WordLists::default();
        lists.add("suffix", "straat\tnl\nstraße\tde\nweg\t*\n");
        let mut vars = BTreeMap::new();
        vars.insert("sp".to_string(), "[ ]".to_string());
        let out = expand("a{{sp}}{{list:suffix:nl}}", &vars, &lists).unwrap();
        assert_eq!(out, "a[ ](?:straat|weg)");
        assert!(expand("{{nope}}", &vars, &lists).is_err());
        assert!(expand("{{list:nope}}", &vars, &lists).is_err());
    }

    #[test]
    fn a_starred_list_entry_stands_for_the_rest_of_a_word_in_a_pattern() {
        let mut lists = WordLists::default();
        lists.add("shops", "*bedrijf\ncafé\nbouw*\n");
        let out = expand("(?i:{{list:shops}})", &BTreeMap::new(), &lists).unwrap();
        let re = regex::Regex::new(&format!("^{out}$")).unwrap();
        for word in ["Taxibedrijf", "bedrijf", "Café", "bouwmarkt", "Bouw"] {
            assert!(re.is_match(word), "{word}");
        }
        assert!(!re.is_match("bedrijfsleider") && !re.is_match("cafés"));
        assert!(check_fast(&out).is_ok());
        assert_eq!(
            starred("*"),
            ("", "*", ""),
            "a lone star matches itself, not anything"
        );
        let err = expand_words(&["bsn".into(), "*".into()], &lists).unwrap_err();
        assert!(err.contains("`*` is empty"), "{err}");
    }

    #[test]
    fn list_categories_expand_and_acronyms_keep_their_case() {
        let mut lists = WordLists::default();
        lists.add(
            "terms",
            "ADHD\tnl\thealth\nDNA-test\tnl\tgenetic_biometric\ndiabetes\tnl\thealth\nkerk\tnl\treligion\n",
        );
        let vars = BTreeMap::new();
        let out = expand("(?i:{{list:terms:nl:health}})", &vars, &lists).unwrap();
        assert_eq!(out, "(?i:(?:diabetes|(?-i:ADHD)))");
        let re = regex::Regex::new(&format!("^{out}$")).unwrap();
        assert!(re.is_match("Diabetes") && re.is_match("ADHD"));
        assert!(!re.is_match("adhd") && !re.is_match("Adhd") && !re.is_match("kerk"));
        let both = expand("{{list:terms:nl:health,genetic_biometric}}", &vars, &lists).unwrap();
        assert_eq!(both, "(?:DNA\\-test|diabetes|(?-i:ADHD))");
        assert!(is_acronym("GGZ") && is_acronym("PTSS") && !is_acronym("D66"));
        assert!(!is_acronym("DNA-test") && !is_acronym("Aids") && !is_acronym("hiv"));
    }
}
