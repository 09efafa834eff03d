//! Language of a message and of its quoted parts.
//!
//! Cheap signals first: distinctive stop words counted over a bounded prefix of each segment
//! (word split + hash lookup). Only where they are not decisive is lingua asked (restricted to
//! Dutch, English and German, loaded once, on a bounded slice of text): lingua costs ~100× a
//! regex pass, so it must not see every byte.

use std::collections::HashMap;
use std::sync::OnceLock;

use regex::bytes::Regex;

use super::context::FnvBuild;
use serde::{Deserialize, Serialize};

/// A language the rules cover, or unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Dutch.
    Nl,
    /// English.
    En,
    /// German.
    De,
    /// Not decided (too little text).
    Unknown,
}

impl Lang {
    /// ISO 639-1 code, or `unknown`.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
            Lang::De => "de",
            Lang::Unknown => "unknown",
        }
    }

    /// Parses `nl`, `en`, `de`.
    pub fn parse(code: &str) -> Option<Lang> {
        match code {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            "de" => Some(Lang::De),
            _ => None,
        }
    }
}

const NL_WORDS: &[&str] = &[
    "de",
    "het",
    "een",
    "en",
    "van",
    "ik",
    "niet",
    "dat",
    "op",
    "met",
    "voor",
    "zijn",
    "maar",
    "ook",
    "bij",
    "nog",
    "wel",
    "mijn",
    "graag",
    "kunt",
    "u",
    "heb",
    "wil",
    "naar",
    "kan",
    "wat",
    "dit",
    "geen",
    "hoe",
    "jullie",
    "bedankt",
    "groet",
    "hallo",
    "beste",
    "alvast",
    "moet",
    "wordt",
    "heeft",
    "je",
    "er",
    "uw",
    "zou",
    "gr",
    "mvg",
    "hoi",
    "vriendelijke",
    "nummer",
    "bestelling",
];
const EN_WORDS: &[&str] = &[
    "the", "and", "to", "of", "you", "my", "for", "on", "with", "this", "that", "please", "have",
    "not", "be", "are", "can", "your", "would", "thanks", "hello", "regards", "i", "it", "was",
    "me", "could", "hi", "dear", "kind", "order", "from", "we", "our", "there", "any", "has",
    "just",
];
const DE_WORDS: &[&str] = &[
    "der",
    "das",
    "und",
    "ist",
    "nicht",
    "ich",
    "sie",
    "mit",
    "für",
    "auf",
    "ein",
    "eine",
    "den",
    "dem",
    "zu",
    "mein",
    "meine",
    "bitte",
    "danke",
    "ihr",
    "wir",
    "haben",
    "habe",
    "können",
    "vielen",
    "grüße",
    "sehr",
    "geehrte",
    "hallo",
    "es",
    "noch",
    "auch",
    "mich",
    "mir",
    "meinen",
    "wurde",
    "freundlichen",
    "bestellung",
    "liebe",
];

/// Second-tier words: common, but weaker or rarer signals. They only break ties of the first
/// tier, before lingua is asked.
const NL_WORDS_2: &[&str] = &[
    "om",
    "te",
    "aan",
    "hij",
    "zij",
    "ze",
    "nu",
    "ons",
    "onze",
    "mij",
    "werd",
    "worden",
    "hebben",
    "kunnen",
    "zal",
    "gaat",
    "krijg",
    "gekregen",
    "betaald",
    "wij",
    "alstublieft",
    "vraag",
    "toch",
    "sinds",
    "tot",
    "uit",
    "zo",
    "omdat",
    "want",
    "welke",
    "waar",
    "wanneer",
    "goed",
    "weer",
    "nieuwe",
    "klant",
    "zijn",
    "deze",
    "dus",
    "nooit",
    "alleen",
    "altijd",
    "gewoon",
    "helaas",
    "betaling",
    "rekening",
    "factuur",
    "vanaf",
    "vandaag",
    "gisteren",
    "werkt",
    "geleden",
    "dank",
    "daar",
    "zoals",
    "binnen",
    "reactie",
    "alles",
    "al",
    "dagen",
    "geeft",
    "excuses",
    "gevraagd",
    "elke",
    "iedere",
];
const EN_WORDS_2: &[&str] = &[
    "what",
    "when",
    "which",
    "been",
    "but",
    "they",
    "them",
    "their",
    "still",
    "why",
    "how",
    "received",
    "account",
    "payment",
    "refund",
    "about",
    "into",
    "than",
    "these",
    "those",
    "should",
    "did",
    "does",
    "do",
    "know",
    "get",
    "got",
    "if",
    "or",
    "by",
    "all",
    "up",
    "out",
    "a",
    "again",
    "yesterday",
    "today",
    "tomorrow",
    "thank",
    "already",
    "never",
    "only",
    "always",
    "since",
    "working",
    "works",
    "issue",
    "invoice",
    "number",
    "where",
    "who",
    "sent",
    "would",
    "were",
    "because",
    "after",
    "everything",
    "every",
    "each",
    "crashes",
    "shows",
];
const DE_WORDS_2: &[&str] = &[
    "ein",
    "einen",
    "einem",
    "einer",
    "im",
    "wie",
    "wenn",
    "aber",
    "oder",
    "sind",
    "wird",
    "werden",
    "kann",
    "keine",
    "kein",
    "sich",
    "uns",
    "unser",
    "unsere",
    "ihre",
    "ihnen",
    "schon",
    "nach",
    "vom",
    "zum",
    "zur",
    "dass",
    "weil",
    "über",
    "aus",
    "gibt",
    "rechnung",
    "konto",
    "zurück",
    "leider",
    "immer",
    "nur",
    "jetzt",
    "heute",
    "gestern",
    "seit",
    "funktioniert",
    "warum",
    "wann",
    "wo",
    "wer",
    "bereits",
    "nie",
    "diese",
    "dieser",
    "dieses",
    "bestellt",
    "bezahlt",
    "sehr",
    "grüßen",
    "viele",
    "gruß",
    "bei",
    "jeder",
    "jede",
    "jedem",
    "alles",
    "schreibt",
    "geschickt",
    "neuer",
    "möglich",
    "tage",
];

/// Bytes of a text looked at by the stop-word count.
const STOPWORD_WINDOW: usize = 1024;
/// Bytes of a message handed to lingua when the stop words are not decisive.
const LINGUA_WINDOW: usize = 120;
/// Texts with fewer letters stay `unknown` rather than paying for lingua (~100 µs a call).
const LINGUA_MIN_LETTERS: usize = 40;

/// A line that starts a quoted reply or a forwarded message: `>`, `Op … schreef …:`, `-----
/// Original Message`, a `From:` header block. Matched at line starts only.
const QUOTE_MARKER: &str = r"(?:>|(?:Op|On|Am|Le|El) [^\n]{4,120}(?:schreef|wrote|schrieb|a \xC3\xA9crit)[^\n]{0,120}:[ \t]*\r?$|-{2,}[ ]?(?:Original Message|Oorspronkelijk bericht|Forwarded message|Doorgestuurd bericht|Urspr\xC3\xBCngliche Nachricht|Weitergeleitete Nachricht)|(?:Van|From|Von):[ ][^\n]+\r?\n(?:[^\n]+\r?\n){0,3}?(?:Onderwerp|Subject|Betreff|Verzonden|Sent|Gesendet|Datum|Date):)";

/// Detects languages; build once and share.
pub struct LanguageDetector {
    /// Lower-case stop word → its language and tier (0 = decisive, 1 = tie-breaker).
    stopwords: HashMap<&'static [u8], StopWord, FnvBuild>,
    /// Anchored at the start of its haystack: tried at line starts only (see
    /// [`LanguageDetector::quote_marker_matches`]).
    quote_markers: Regex,
    lingua: OnceLock<lingua::LanguageDetector>,
}

impl std::fmt::Debug for LanguageDetector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LanguageDetector").finish_non_exhaustive()
    }
}

/// A part of a message (new text, a quoted reply) and its language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// Byte offset where the segment starts.
    pub start: usize,
    /// Byte offset where it ends.
    pub end: usize,
    /// Its language.
    pub lang: Lang,
}

impl Default for LanguageDetector {
    fn default() -> Self {
        Self::new()
    }
}

/// Every stop word with its language and tier (0 = decisive, 1 = tie-breaker); a word on both
/// tiers of a language counts as first tier.
pub fn stop_words() -> impl Iterator<Item = (&'static str, StopWord)> {
    [
        (1u8, [NL_WORDS_2, EN_WORDS_2, DE_WORDS_2]),
        (0u8, [NL_WORDS, EN_WORDS, DE_WORDS]),
    ]
    .into_iter()
    .flat_map(|(tier, lists)| {
        [Lang::Nl, Lang::En, Lang::De]
            .into_iter()
            .zip(lists)
            .flat_map(move |(lang, words)| words.iter().map(move |w| (*w, StopWord { lang, tier })))
    })
}

/// A stop word's language and tier (0 = decisive, 1 = tie-breaker).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StopWord {
    lang: Lang,
    tier: u8,
}

/// A tally of stop words, counted by whoever splits the text into words.
#[derive(Debug, Clone, Copy, Default)]
pub struct Votes {
    counts: [u32; 3],
    tie_breakers: [u32; 3],
}

impl Votes {
    /// Counts one stop word.
    pub fn add(&mut self, word: StopWord) {
        match word.tier {
            0 => self.counts[word.lang as usize] += 1,
            _ => self.tie_breakers[word.lang as usize] += 1,
        }
    }

    /// A plurality of stop words decides (97 % agreement with the corpus' gold languages); a
    /// tie goes to the second-tier words; `None` if they tie too.
    pub fn decide(&self) -> Option<Lang> {
        plurality(&self.counts).or_else(|| {
            let mut both = self.counts;
            for (c, t) in both.iter_mut().zip(self.tie_breakers) {
                *c += t;
            }
            plurality(&both)
        })
    }
}

impl LanguageDetector {
    /// Builds the stop-word table; lingua itself is loaded on first need.
    pub fn new() -> Self {
        // Second tier first: a first-tier word is never demoted by a second-tier entry.
        let stopwords = stop_words().map(|(w, s)| (w.as_bytes(), s)).collect();
        let quote_markers =
            Regex::new(&format!(r"(?m-u)\A{QUOTE_MARKER}")).expect("quote marker regex builds");
        LanguageDetector {
            stopwords,
            quote_markers,
            lingua: OnceLock::new(),
        }
    }

    /// Loads lingua's models now (they load on first need otherwise): for start-up figures.
    pub fn preload(&self) {
        let _ = self
            .lingua()
            .detect_language_of("Dit is een zin. This is a sentence. Das ist ein Satz.");
    }

    fn lingua(&self) -> &lingua::LanguageDetector {
        self.lingua.get_or_init(|| {
            use lingua::Language::{Dutch, English, German};
            lingua::LanguageDetectorBuilder::from_languages(&[Dutch, English, German]).build()
        })
    }

    /// Stop-word votes over the start of `text`: decisive language, or `None`.
    fn vote(&self, text: &str) -> Option<Lang> {
        let window = &text[..floor_char_boundary(text, STOPWORD_WINDOW)];
        let mut votes = Votes::default();
        // Words are runs of letters and digits, split and lower-cased as the detector's word
        // pass does; only short words can be stop words.
        let mut buf = [0u8; 16];
        let mut wide = String::new();
        let mut i = 0;
        while let Some(start) = super::context::next_alnum(window, i) {
            let end = super::context::alnum_run_end(window, start);
            i = end;
            if end - start > buf.len() {
                continue;
            }
            let found =
                super::context::lookup_folded(&window[start..end], &mut buf, &mut wide, |key| {
                    self.stopwords.get(key).copied()
                });
            if let Some(w) = found {
                votes.add(w);
            }
        }
        votes.decide()
    }

    /// The language of one piece of text.
    pub fn detect(&self, text: &str) -> Lang {
        match self.vote(text) {
            Some(lang) => lang,
            None => self.detect_undecided(text),
        }
    }

    /// The language of a text whose stop words were counted into `votes` by the caller (the
    /// detector's one word pass over a message); lingua where they do not decide.
    pub fn decide(&self, text: &str, votes: &Votes) -> Lang {
        match votes.decide() {
            Some(lang) => lang,
            None => self.detect_undecided(text),
        }
    }

    /// Lingua on the start of a text the stop words leave undecided; `unknown` for too few
    /// letters.
    fn detect_undecided(&self, text: &str) -> Lang {
        let slice = &text[..floor_char_boundary(text, LINGUA_WINDOW)];
        if slice.chars().filter(|c| c.is_alphabetic()).count() < LINGUA_MIN_LETTERS {
            return Lang::Unknown;
        }
        match self.lingua().detect_language_of(slice) {
            Some(lingua::Language::Dutch) => Lang::Nl,
            Some(lingua::Language::English) => Lang::En,
            Some(lingua::Language::German) => Lang::De,
            _ => Lang::Unknown,
        }
    }

    /// The quote markers of `text` (start, end), as a search for them at every line start
    /// would find them, left to right and not overlapping. Only lines that start with a byte a
    /// marker can start with are tried, each with an anchored search: an unanchored search
    /// for a line-start pattern would walk the lazy DFA over every byte of the message.
    fn quote_marker_matches<'t>(
        &'t self,
        text: &'t [u8],
    ) -> impl Iterator<Item = (usize, usize)> + 't {
        let line_starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', text).map(|i| i + 1));
        let mut searched_to = 0;
        line_starts.filter_map(move |start| {
            let first = *text.get(start)?;
            if start < searched_to || !b">OALE-VF".contains(&first) {
                return None;
            }
            let m = self.quote_markers.find(&text[start..])?;
            searched_to = start + m.end();
            Some((start, start + m.end()))
        })
    }

    /// Splits `text` at quoted replies and forwarded parts and detects each part's language
    /// with the stop-word vote only; parts it cannot decide take `message_lang`.
    pub fn segments(&self, text: &str, message_lang: Lang, out: &mut Vec<Segment>) {
        out.clear();
        let mut cuts = vec![0usize];
        if memchr::memchr(b'\n', text.as_bytes()).is_some() {
            let mut last_quote_line_end = usize::MAX;
            for (m_start, m_end) in self.quote_marker_matches(text.as_bytes()) {
                let is_quote_line = text.as_bytes()[m_start] == b'>';
                if is_quote_line && m_start == last_quote_line_end {
                    // Continuation of a quoted block.
                } else if m_start > *cuts.last().unwrap_or(&0) {
                    cuts.push(m_start);
                }
                let line_end_from = m_end.saturating_sub(1).max(m_start);
                last_quote_line_end = text[line_end_from..]
                    .find('\n')
                    .map_or(text.len(), |i| line_end_from + i + 1);
                if cuts.len() >= 8 {
                    break;
                }
            }
        }
        cuts.push(text.len());
        for pair in cuts.windows(2) {
            let (start, end) = (pair[0], pair[1]);
            let lang = if cuts.len() == 2 {
                message_lang
            } else {
                self.vote(&text[start..end]).unwrap_or(message_lang)
            };
            out.push(Segment { start, end, lang });
        }
    }
}

/// The language with strictly the most votes.
fn plurality(counts: &[u32; 3]) -> Option<Lang> {
    let mut order = [0usize, 1, 2];
    order.sort_by_key(|&i| std::cmp::Reverse(counts[i]));
    (counts[order[0]] > counts[order[1]]).then(|| [Lang::Nl, Lang::En, Lang::De][order[0]])
}

/// The largest char boundary ≤ `max`.
pub fn floor_char_boundary(text: &str, max: usize) -> usize {
    if max >= text.len() {
        return text.len();
    }
    let mut i = max;
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_markers_are_found_as_a_line_start_search_finds_them() {
        let detector = LanguageDetector::new();
        let unanchored = Regex::new(&format!(r"(?m-u)^{QUOTE_MARKER}")).unwrap();
        let mut texts: Vec<String> = [
            "Hoi,\n> quoted\n> more\nOp 3 mei 2025 om 10:00 schreef Jan:\n> x",
            "On Mon, 3 May 2025 at 10:00, Ann wrote:\r\n> hi\r\n",
            "-----Original Message-----\nFrom: A\nSent: today\nSubject: x\n",
            "Van: B\nAan: C\nOnderwerp: y\n\nVon: D\nBetreff: z",
            ">first line is quoted\nOpa belde\nEen regel\n--\nAm Montag schrieb er:",
            "",
            "\n",
            ">",
        ]
        .map(String::from)
        .to_vec();
        let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/messages.jsonl");
        for line in std::fs::read_to_string(corpus).unwrap().lines() {
            let record: serde_json::Value = serde_json::from_str(line).unwrap();
            texts.push(record["text"].as_str().unwrap().to_string());
        }
        let mut with_markers = 0;
        for text in &texts {
            let expected: Vec<(usize, usize)> = unanchored
                .find_iter(text.as_bytes())
                .map(|m| (m.start(), m.end()))
                .collect();
            let found: Vec<(usize, usize)> =
                detector.quote_marker_matches(text.as_bytes()).collect();
            assert_eq!(found, expected, "{text:?}");
            with_markers += usize::from(!found.is_empty());
        }
        assert!(
            with_markers > 100,
            "only {with_markers} texts with quote markers"
        );
    }

    #[test]
    fn stop_words_decide_ordinary_messages() {
        let d = LanguageDetector::new();
        assert_eq!(
            d.detect("Hallo, ik wil graag mijn bestelling annuleren. Kunt u mij helpen?"),
            Lang::Nl
        );
        assert_eq!(
            d.detect("Hello, I would like to cancel my order. Could you please help me?"),
            Lang::En
        );
        assert_eq!(
            d.detect("Hallo, ich möchte meine Bestellung stornieren. Können Sie mir bitte helfen?"),
            Lang::De
        );
    }

    #[test]
    fn second_tier_words_break_ties_without_lingua() {
        let d = LanguageDetector::new();
        // No first-tier stop word at all: the second tier decides.
        assert_eq!(
            d.vote("kasse spinnt schon wieder, warum nur"),
            Some(Lang::De)
        );
        assert_eq!(d.vote("storing alweer, helaas werkt niets"), Some(Lang::Nl));
        // A first-tier plurality is never overruled by second-tier words.
        assert_eq!(
            d.vote("the app crasht, warum nur, leider immer wieder"),
            Some(Lang::En)
        );
        assert_eq!(d.vote("🔥🔥 #outage 401"), None);
    }

    #[test]
    fn quoted_reply_in_another_language_is_its_own_segment() {
        let d = LanguageDetector::new();
        let text = "Hallo, ik heb nog steeds geen antwoord gekregen op mijn vraag over de factuur.\n\nOn Tue, 5 Mar 2024 at 09:12, Support <support@example.com> wrote:\n> Thank you for your message. We will get back to you as soon as we can with an answer.\n> Kind regards, the support team\n";
        let mut segs = Vec::new();
        let lang = d.detect(text);
        d.segments(text, lang, &mut segs);
        assert_eq!(segs.len(), 2, "{segs:?}");
        assert_eq!(segs[0].lang, Lang::Nl);
        assert_eq!(segs[1].lang, Lang::En);
    }
}
