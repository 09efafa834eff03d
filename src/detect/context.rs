//! Context words: one Aho-Corasick automaton over every rule's context words, run once per
//! message, so each candidate's window is checked with a binary search instead of a text scan.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::rules::Effect;

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
    /// Which words (automaton pattern ids) belong to the group.
    members: Vec<bool>,
    /// Bytes before the candidate.
    pub before: usize,
    /// Bytes after the candidate.
    pub after: usize,
    /// What a hit does.
    pub effect: Effect,
    /// Score added on a boost hit.
    pub boost: f32,
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
            let left_boundary = !raw.starts_with('*');
            let right_boundary = !raw.ends_with('*');
            let w = raw.trim_matches('*').to_lowercase();
            let key = (w, left_boundary, right_boundary);
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
            },
        )
    }

    /// Freezes the automaton; `groups` get their membership tables.
    pub fn build(
        self,
        groups: &mut [(Vec<u32>, &mut ContextGroup)],
    ) -> Result<ContextIndex, String> {
        for (ids, group) in groups.iter_mut() {
            group.members = vec![false; self.patterns.len()];
            for &id in ids.iter() {
                group.members[id as usize] = true;
            }
        }
        let automaton = if self.patterns.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(&self.patterns)
                    .map_err(|e| e.to_string())?,
            )
        };
        Ok(ContextIndex {
            automaton,
            words: self.words,
        })
    }
}

/// The frozen context-word automaton.
#[derive(Debug, Clone)]
pub struct ContextIndex {
    automaton: Option<AhoCorasick>,
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

/// A word that is part of an e-mail address, domain or URL (`jan@voorbeeld.nl`,
/// `www.example.com/help`) is no context word.
fn inside_address(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let prev = start.checked_sub(1).map(|i| b[i]);
    let prev2 = start.checked_sub(2).map(|i| b[i]);
    matches!(prev, Some(b'@' | b'/'))
        || (prev == Some(b'.') && prev2.is_some_and(|c| c.is_ascii_alphanumeric()))
        || b.get(end) == Some(&b'@')
}

impl ContextIndex {
    /// All context words in `text`, in order of position, appended to `out`.
    pub fn scan(&self, text: &str, out: &mut Vec<Hit>) {
        out.clear();
        let Some(ac) = &self.automaton else { return };
        for m in ac.find_overlapping_iter(text) {
            let w = &self.words[m.pattern().as_usize()];
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
                word: m.pattern().as_u32(),
            });
        }
        out.sort_by_key(|h| h.start);
    }

    /// Byte ranges of the hits of `group`'s words, in order.
    pub fn hits_of<'h>(
        group: &'h ContextGroup,
        hits: &'h [Hit],
    ) -> impl Iterator<Item = (usize, usize)> + 'h {
        hits.iter()
            .filter(|h| group.members[h.word as usize])
            .map(|h| (h.start, h.end))
    }

    /// Whether a word of `group` occurs anywhere in the message.
    pub fn any_in_message(group: &ContextGroup, hits: &[Hit]) -> bool {
        hits.iter().any(|h| group.members[h.word as usize])
    }

    /// Distance in bytes from `start..end` to the nearest word of `group` in its window.
    pub fn nearest_in_window(
        group: &ContextGroup,
        hits: &[Hit],
        start: usize,
        end: usize,
    ) -> Option<usize> {
        let lo = start.saturating_sub(group.before);
        let hi = end + group.after;
        let first = hits.partition_point(|h| h.start < lo);
        hits[first..]
            .iter()
            .take_while(|h| h.start < hi)
            .filter(|h| {
                h.end <= hi && (h.end <= start || h.start >= end) && group.members[h.word as usize]
            })
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
    pub fn any_in_window(group: &ContextGroup, hits: &[Hit], start: usize, end: usize) -> bool {
        let lo = start.saturating_sub(group.before);
        let hi = end + group.after;
        let first = hits.partition_point(|h| h.start < lo);
        hits[first..].iter().take_while(|h| h.start < hi).any(|h| {
            h.end <= hi && (h.end <= start || h.start >= end) && group.members[h.word as usize]
        })
    }
}
