//! Context words: found once per message, so each candidate's window is checked with a binary
//! search instead of a text scan.
//!
//! Two finders share the work. Plain whole words made of letters and digits only (most of them:
//! first names, titles, trigger words) are looked up per word of the message in a hash table:
//! a handful of lookups per message. The rest (phrases, words with punctuation, `*` prefix or
//! suffix words) go to one Aho-Corasick automaton, small enough to stay in the CPU cache.
//!
//! The same word pass counts the language detector's stop words (they share the hash table),
//! so a message is split into words once.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use aho_corasick::{AhoCorasick, MatchKind};

use super::lang::{self, StopWord, Votes};
use super::rules::{star_ends, Effect};
use super::table;
use super::tiered::TieredAutomaton;

/// A context word as the automaton knows it.
#[derive(Debug, Clone)]
struct Word {
    /// Needs a non-letter before it.
    left_boundary: bool,
    /// Needs a non-letter after it.
    right_boundary: bool,
}

/// A compiled context condition of one rule.
#[derive(Debug, Clone)]
pub struct ContextGroup {
    /// Which words (automaton pattern ids) belong to the group: a bit set (a byte per word
    /// made every group several KB, all of them read for every message).
    members: Vec<u64>,
    /// Bytes before the candidate.
    pub before: usize,
    /// Bytes after the candidate.
    pub after: usize,
    /// What a hit does.
    pub effect: Effect,
    /// Score added on a boost hit.
    pub boost: f32,
    /// Only words on the candidate's own line count.
    pub same_line: bool,
    /// Most bytes between a word and the candidate (`usize::MAX`: the window alone decides).
    pub gap: usize,
    /// Only words in the header cell of the candidate's table column count.
    pub column: bool,
}

impl ContextGroup {
    /// Whether `hit` lies outside the candidate `start..end` and at most `gap` bytes from it.
    /// Before the candidate the gap counts from the end of the word, also where a `*` word
    /// matched only its beginning (`order*` in `Ordernummer:`); after it, up to where the hit
    /// starts (a word with a leading `*` is measured from the part it matched; no rule sets a
    /// gap for words after the candidate yet). A line that ends in `?` or `!` between the word
    /// and the candidate is a question, not a label above it (`Welk nummer hoort bij uw
    /// bestelling?\n06…`), so the word is not near.
    fn near(&self, text: &str, hit: &Hit, start: usize, end: usize) -> bool {
        if self.gap == usize::MAX || self.column {
            return hit.end <= start || hit.start >= end;
        }
        let between = if hit.end <= start {
            alnum_run_end(text, hit.end).min(start)..start
        } else if hit.start >= end {
            end..hit.start
        } else {
            return false;
        };
        between.len() <= self.gap && !ends_question_line(&text.as_bytes()[between])
    }

    /// Whether word `id` belongs to the group.
    fn has(&self, id: u32) -> bool {
        self.members[id as usize / 64] & (1 << (id % 64)) != 0
    }
}

/// Whether `between` (the bytes between a context word and a candidate) holds a line end
/// right after a `?` or `!` (white space aside).
fn ends_question_line(between: &[u8]) -> bool {
    let Some(nl) = memchr::memchr(b'\n', between) else {
        return false;
    };
    let line = between[..nl].trim_ascii_end();
    matches!(line.last(), Some(b'?' | b'!'))
}

/// For many groups at once, which of them have a word in a message: each word lists the
/// groups it belongs to, so one pass over a message's hits answers them all (instead of a pass
/// over the hits per group).
#[derive(Debug, Clone, Default)]
pub struct GroupPresence {
    /// `groups[offsets[w]..offsets[w + 1]]` are the groups word `w` belongs to.
    offsets: Vec<u32>,
    groups: Vec<u16>,
    /// Number of groups.
    count: usize,
}

impl GroupPresence {
    /// Indexes `groups` (a group's number is its position) over the words of `index`.
    pub fn new(index: &ContextIndex, groups: &[&ContextGroup]) -> GroupPresence {
        let mut presence = GroupPresence {
            offsets: vec![0],
            groups: Vec::new(),
            count: groups.len(),
        };
        for word in 0..index.words.len() as u32 {
            for (number, group) in groups.iter().enumerate() {
                if group.has(word) {
                    presence.groups.push(number as u16);
                }
            }
            presence.offsets.push(presence.groups.len() as u32);
        }
        presence
    }

    /// Sets `present[g]` for each group `g` with a word among `hits` (and clears the others).
    pub fn mark(&self, hits: &[Hit], present: &mut Vec<bool>) {
        present.clear();
        present.resize(self.count, false);
        for h in hits {
            let w = h.word as usize;
            for &g in &self.groups[self.offsets[w] as usize..self.offsets[w + 1] as usize] {
                present[usize::from(g)] = true;
            }
        }
    }
}

/// A context word found in a message: byte range and word id.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    start: usize,
    end: usize,
    word: u32,
}

/// Builds the automaton from all groups' words.
#[derive(Debug, Default)]
pub struct ContextBuilder {
    patterns: Vec<String>,
    words: Vec<Word>,
    /// Pattern index of each (word, left boundary, right boundary), so shared words get one id.
    ids: HashMap<(String, bool, bool), usize>,
}

impl ContextBuilder {
    /// Registers a group; returns it with its word ids resolved later by [`ContextBuilder::build`].
    pub fn add_group(
        &mut self,
        words: &[String],
        before: usize,
        after: usize,
        effect: Effect,
        boost: f32,
    ) -> (Vec<u32>, ContextGroup) {
        let mut ids = Vec::with_capacity(words.len());
        for raw in words {
            let (goes_on_before, word, goes_on_after) = star_ends(raw);
            let (left_boundary, right_boundary) = (!goes_on_before, !goes_on_after);
            let key = (word.to_lowercase(), left_boundary, right_boundary);
            let id = match self.ids.get(&key) {
                Some(&i) => i,
                None => {
                    let i = self.patterns.len();
                    self.patterns.push(key.0.clone());
                    self.words.push(Word {
                        left_boundary,
                        right_boundary,
                    });
                    self.ids.insert(key, i);
                    i
                }
            };
            ids.push(id as u32);
        }
        (
            ids,
            ContextGroup {
                members: Vec::new(),
                before,
                after,
                effect,
                boost,
                same_line: false,
                gap: usize::MAX,
                column: false,
            },
        )
    }

    /// Freezes the automaton; `groups` get their membership tables.
    pub fn build(
        self,
        groups: &mut [(Vec<u32>, &mut ContextGroup)],
    ) -> Result<ContextIndex, String> {
        for (ids, group) in groups.iter_mut() {
            group.members = vec![0; self.patterns.len().div_ceil(64)];
            for &id in ids.iter() {
                group.members[id as usize / 64] |= 1 << (id % 64);
            }
        }
        let mut plain = PlainWords::default();
        for (word, stop) in lang::stop_words() {
            plain.max_len = plain.max_len.max(word.len());
            plain.map.entry(word.as_bytes().into()).or_default().stop = Some(stop);
        }
        let mut ac_patterns = Vec::new();
        let mut ac_ids = Vec::new();
        for (id, (p, w)) in self.patterns.iter().zip(&self.words).enumerate() {
            if is_plain_word(p, w) {
                plain.max_len = plain.max_len.max(p.len());
                plain.map.entry(p.as_bytes().into()).or_default().word = Some(id as u32);
            } else {
                ac_patterns.push(p.as_str());
                ac_ids.push(id as u32);
            }
        }
        let automaton = if ac_patterns.is_empty() {
            None
        } else {
            let patterns = ac_patterns.into_iter().map(String::from).collect();
            Some(TieredAutomaton::new(patterns, MatchKind::Standard)?)
        };
        Ok(ContextIndex {
            automaton,
            ac_ids,
            plain,
            words: self.words,
        })
    }
}

/// FNV-1a: a fast hash for short words (the table's keys are fixed, so no flooding risk).
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Builds [`Fnv`] hashers.
pub type FnvBuild = BuildHasherDefault<Fnv>;

/// What a whole word of the message is: a context word, a stop word, or both.
#[derive(Debug, Clone, Copy, Default)]
struct PlainEntry {
    /// Context word id.
    word: Option<u32>,
    /// Stop word of the language vote.
    stop: Option<StopWord>,
}

/// Whole words of letters and digits, looked up per word of the message.
#[derive(Debug, Clone, Default)]
struct PlainWords {
    /// Lower-case word → what it is.
    map: HashMap<Box<[u8]>, PlainEntry, FnvBuild>,
    /// Longest key in bytes.
    max_len: usize,
}

/// A word the hash table can find: bounded on both sides and made of letters and digits only,
/// so that its matches are exactly the maximal alphanumeric runs of the text that equal it.
fn is_plain_word(pattern: &str, w: &Word) -> bool {
    w.left_boundary
        && w.right_boundary
        && !pattern.is_empty()
        && pattern.len() <= 64
        && pattern.chars().all(char::is_alphanumeric)
}

/// The frozen context-word finders.
#[derive(Debug, Clone)]
pub struct ContextIndex {
    /// Words the hash table cannot find.
    automaton: Option<TieredAutomaton>,
    /// Word id of each automaton pattern.
    ac_ids: Vec<u32>,
    plain: PlainWords,
    words: Vec<Word>,
}

fn is_word_char_before(text: &str, pos: usize) -> bool {
    text[..pos]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

fn is_word_char_at(text: &str, pos: usize) -> bool {
    text[pos..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
}

/// The first byte offset ≥ `i` where a letter or digit starts.
pub(crate) fn next_alnum(text: &str, mut i: usize) -> Option<usize> {
    let b = text.as_bytes();
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_alphanumeric() {
            return Some(i);
        }
        if c >= 0x80 && text.is_char_boundary(i) && is_word_char_at(text, i) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The end of the run of letters and digits starting at `i`.
pub(crate) fn alnum_run_end(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_alphanumeric() {
            i += 1;
        } else if c < 0x80 {
            break;
        } else {
            match text[i..].chars().next() {
                Some(ch) if ch.is_alphanumeric() => i += ch.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

/// Looks `word` up in lower case with `get`: folded as ASCII into `buf` (at least as long as
/// `word`) first; a word that starts with a capital outside ASCII (`Łukasz`, `ÖZLEM`) and is not
/// found so is folded in full into `wide` and looked up again (`grüße` is found as it is). Only
/// one byte is checked per word that misses: every word pass runs this on every word.
pub(crate) fn lookup_folded<T>(
    word: &str,
    buf: &mut [u8],
    wide: &mut String,
    get: impl Fn(&[u8]) -> Option<T>,
) -> Option<T> {
    let b = word.as_bytes();
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    get(&buf[..b.len()]).or_else(|| {
        let capital_outside_ascii = b.first().is_some_and(|c| !c.is_ascii())
            && word.chars().any(|c| !c.is_ascii() && c.is_uppercase());
        capital_outside_ascii.then(|| {
            wide.clear();
            wide.extend(word.chars().flat_map(char::to_lowercase));
            get(wide.as_bytes())
        })?
    })
}

/// A word that is part of an e-mail address, domain or URL (`jan@voorbeeld.nl`,
/// `www.example.com/help`) is no context word; one after a `/` that starts a word is
/// (`/Reinier` signing a note), and so is a word in capitals after a capital and a `/`, as
/// airlines write names (`AITTALEB/KHADIJA`).
fn inside_address(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let prev = start.checked_sub(1).map(|i| b[i]);
    let prev2 = start.checked_sub(2).map(|i| b[i]);
    let capitals_after_capital = || {
        prev2.is_some_and(|c| c.is_ascii_uppercase())
            && b[start..end].iter().all(|c| !c.is_ascii_lowercase())
    };
    prev == Some(b'@')
        || (prev == Some(b'/')
            && prev2.is_some_and(|c| !c.is_ascii_whitespace())
            && !capitals_after_capital())
        || (prev == Some(b'.') && prev2.is_some_and(|c| c.is_ascii_alphanumeric()))
        || b.get(end) == Some(&b'@')
}

impl ContextIndex {
    /// All context words in `text`, in order of position, into `out`; returns the stop-word
    /// votes of the words that start before byte `vote_until`.
    pub fn scan(&self, text: &str, out: &mut Vec<Hit>, vote_until: usize) -> Votes {
        out.clear();
        let votes = self.scan_plain(text, out, vote_until);
        if let Some(ac) = &self.automaton {
            self.scan_automaton(ac.get(text.len()), text, out);
        }
        out.sort_by_key(|h| h.start);
        votes
    }

    /// Looks every maximal run of letters and digits up in the plain-word table, in lower case
    /// (a word that starts with a capital outside ASCII in full Unicode lower case: `Łukasz`).
    fn scan_plain(&self, text: &str, out: &mut Vec<Hit>, vote_until: usize) -> Votes {
        let mut votes = Votes::default();
        let b = text.as_bytes();
        let mut buf = [0u8; 64];
        // Lower case of a word with letters outside ASCII (`Łukasz`, `ÖZLEM`), allocated once per
        // message that has one.
        let mut wide = String::new();
        let mut i = 0;
        while i < b.len() {
            // Skip to the start of a run.
            let start = match next_alnum(text, i) {
                Some(s) => s,
                None => break,
            };
            let end = alnum_run_end(text, start);
            i = end;
            let len = end - start;
            if len > self.plain.max_len {
                continue;
            }
            let Some(entry) = lookup_folded(&text[start..end], &mut buf, &mut wide, |key| {
                self.plain.map.get(key)
            }) else {
                continue;
            };
            if let Some(stop) = entry.stop.filter(|_| start < vote_until) {
                votes.add(stop);
            }
            if let Some(id) = entry.word {
                if !inside_address(text, start, end) {
                    out.push(Hit {
                        start,
                        end,
                        word: id,
                    });
                }
            }
        }
        votes
    }

    /// Runs the automaton for the words the table cannot find.
    fn scan_automaton(&self, ac: &AhoCorasick, text: &str, out: &mut Vec<Hit>) {
        for m in ac.find_overlapping_iter(text) {
            let id = self.ac_ids[m.pattern().as_usize()];
            let w = &self.words[id as usize];
            // Matches of ASCII patterns may end inside a multi-byte char only if the pattern
            // itself ends there, which cannot happen: patterns are whole strings.
            if !text.is_char_boundary(m.start()) || !text.is_char_boundary(m.end()) {
                continue;
            }
            if w.left_boundary && is_word_char_before(text, m.start()) {
                continue;
            }
            if inside_address(text, m.start(), m.end()) {
                continue;
            }
            if w.right_boundary && is_word_char_at(text, m.end()) {
                continue;
            }
            out.push(Hit {
                start: m.start(),
                end: m.end(),
                word: id,
            });
        }
    }

    /// Byte ranges of the hits of `group`'s words, in order.
    pub fn hits_of<'h>(
        group: &'h ContextGroup,
        hits: &'h [Hit],
    ) -> impl Iterator<Item = (usize, usize)> + 'h {
        hits.iter()
            .filter(|h| group.has(h.word))
            .map(|h| (h.start, h.end))
    }

    /// The bytes around `start..end` in which `group`'s words count: its window (for a column
    /// group the header cell of the candidate's column), cut at the line ends for a same-line
    /// group, and for a veto group at a `|` beyond which another field holds a number of its
    /// own: a veto word there is about that number (`KvK-nr 84207247 | 024 505 3444`), not
    /// about the candidate (`Klantnummer | 0201234567`). `None` where a column group has no
    /// header cell; it is looked for only if a word of the group ends before `start`, as
    /// reading a table's rows costs more than that pass over the hits.
    fn window(
        group: &ContextGroup,
        text: &str,
        hits: &[Hit],
        start: usize,
        end: usize,
    ) -> Option<(usize, usize)> {
        if group.column {
            let word_before = hits
                .iter()
                .take_while(|h| h.start < start)
                .any(|h| h.end <= start && group.has(h.word));
            return word_before
                .then(|| table::header_cell(text, start, end))
                .flatten();
        }
        let mut lo = start.saturating_sub(group.before);
        let mut hi = end + group.after;
        let b = text.as_bytes();
        if group.same_line {
            if let Some(i) = memchr::memrchr(b'\n', &b[lo..start]) {
                lo += i + 1;
            }
            let to = hi.min(b.len());
            if let Some(i) = memchr::memchr(b'\n', &b[end.min(to)..to]) {
                hi = end + i;
            }
        }
        if group.effect == Effect::Veto {
            let has_digit = |field: &[u8]| field.iter().any(u8::is_ascii_digit);
            if let Some(i) = memchr::memrchr(b'|', &b[lo..start]) {
                let field_start = memchr::memrchr(b'|', &b[lo..lo + i]).map_or(lo, |j| lo + j + 1);
                if has_digit(&b[field_start..lo + i]) {
                    lo += i + 1;
                }
            }
            let to = hi.min(b.len());
            if let Some(i) = memchr::memchr(b'|', &b[end.min(to)..to]) {
                let bar = end + i;
                let field_end = memchr::memchr(b'|', &b[bar + 1..to]).map_or(to, |j| bar + 1 + j);
                if has_digit(&b[bar + 1..field_end]) {
                    hi = bar;
                }
            }
        }
        Some((lo, hi))
    }

    /// The hits of `group`'s words that count for `start..end`: inside its window and near
    /// enough (see [`ContextGroup::near`]).
    fn hits_in_window<'h>(
        group: &'h ContextGroup,
        text: &'h str,
        hits: &'h [Hit],
        start: usize,
        end: usize,
    ) -> impl Iterator<Item = &'h Hit> + 'h {
        let (lo, hi) = Self::window(group, text, hits, start, end).unwrap_or((start, start));
        let first = hits.partition_point(|h| h.start < lo);
        hits[first..]
            .iter()
            .take_while(move |h| h.start < hi)
            .filter(move |h| h.end <= hi && group.near(text, h, start, end) && group.has(h.word))
    }

    /// Distance in bytes from `start..end` to the nearest word of `group` in its window.
    pub fn nearest_in_window(
        group: &ContextGroup,
        text: &str,
        hits: &[Hit],
        start: usize,
        end: usize,
    ) -> Option<usize> {
        Self::hits_in_window(group, text, hits, start, end)
            .map(|h| {
                if h.end <= start {
                    start - h.end
                } else {
                    h.start - end
                }
            })
            .min()
    }

    /// Whether a word of `group` lies in the window around `start..end`.
    pub fn any_in_window(
        group: &ContextGroup,
        text: &str,
        hits: &[Hit],
        start: usize,
        end: usize,
    ) -> bool {
        Self::hits_in_window(group, text, hits, start, end)
            .next()
            .is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(words: &[&str]) -> (ContextIndex, ContextGroup) {
        let mut b = ContextBuilder::default();
        let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        let (ids, mut group) = b.add_group(&words, 10, 10, Effect::Boost, 0.1);
        let idx = b.build(&mut [(ids, &mut group)]).unwrap();
        (idx, group)
    }

    fn found(words: &[&str], text: &str) -> Vec<&'static str> {
        let (idx, group) = index(words);
        let mut hits = Vec::new();
        idx.scan(text, &mut hits, 0);
        let spans: Vec<(usize, usize)> = ContextIndex::hits_of(&group, &hits).collect();
        spans
            .into_iter()
            .map(|(s, e)| &*Box::leak(text[s..e].to_string().into_boxed_str()))
            .collect()
    }

    #[test]
    fn plain_words_match_whole_words_only_any_ascii_case() {
        let words = ["nummer", "grüße", "jan"];
        assert_eq!(
            found(&words, "NUMMER: klantnummer nummer2 Nummer"),
            ["NUMMER", "Nummer"]
        );
        assert_eq!(found(&words, "Viele Grüße, Jan!"), ["Grüße", "Jan"]);
        // Non-ASCII letters glue words: no hit inside `Jané`; `GRÜSSE` is not `grüße`.
        assert_eq!(found(&words, "Jané GRÜSSE"), Vec::<&str>::new());
        // Words with capitals outside ASCII are found in any case, as ASCII ones are.
        assert_eq!(
            found(&["łukasz", "özlem"], "Bij Łukasz en ÖZLEM, niet Łukaszek"),
            ["Łukasz", "ÖZLEM"]
        );
        // Part of an e-mail address or domain: no context word.
        assert_eq!(
            found(&words, "jan@voorbeeld.nl www.jan.nl"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn a_gap_counts_from_the_end_of_the_word_also_for_starred_words() {
        let near = |gap: usize, text: &str, candidate: &str| {
            let mut b = ContextBuilder::default();
            let words: Vec<String> = ["order*", "garage"].iter().map(|w| w.to_string()).collect();
            let (ids, mut group) = b.add_group(&words, 30, 0, Effect::Veto, 0.0);
            group.gap = gap;
            let idx = b.build(&mut [(ids, &mut group)]).unwrap();
            let mut hits = Vec::new();
            idx.scan(text, &mut hits, 0);
            let start = text.find(candidate).unwrap();
            ContextIndex::any_in_window(&group, text, &hits, start, start + candidate.len())
        };
        // `order*` matched `Order` only; the gap is the `:\n` after the whole word.
        assert!(near(3, "Ordernummer:\n0612345678", "0612345678"));
        assert!(!near(3, "Ordernummer 12: 0612345678", "0612345678"));
        assert!(near(1, "Garage Pieter Jansen", "Pieter Jansen"));
        // The window alone would take it in; the gap does not.
        assert!(!near(1, "de garage. Pieter Jansen komt", "Pieter Jansen"));
        assert!(near(
            usize::MAX,
            "de garage. Pieter Jansen komt",
            "Pieter Jansen"
        ));
        // A question or exclamation between them ends the word's reach.
        assert!(!near(
            3,
            "Welk nummer hoort bij uw order?\n0612345678",
            "0612345678"
        ));
        assert!(!near(3, "Ordernummer!\r\n0612345678", "0612345678"));
        // Within a line it does not (`Hunde? Er ist am 5. Januar 2023 geboren`).
        assert!(near(3, "Order? 0612345678", "0612345678"));
    }

    #[test]
    fn phrases_and_starred_words_use_the_automaton() {
        let words = ["*straat", "groet*", "de heer", "t.a.v", "jan"];
        assert_eq!(
            found(&words, "Kerkstraat, groeten, de heer Jan, t.a.v. x"),
            ["straat", "groet", "de heer", "Jan", "t.a.v"]
        );
    }
}
