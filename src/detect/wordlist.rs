//! Word lists shipped under `rules/wordlists/` (first names, street suffixes, not-a-name words …).
//!
//! Format: one entry per line, `#` starts a comment line, optional tab-separated columns after the
//! entry (the second column is a language code or `*`; in `health_terms.txt` the third is a
//! category). The list's name is the file stem.

use std::collections::{HashMap, HashSet};

/// One entry of a word list.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The word or phrase.
    pub value: String,
    /// The language column (`nl`, `en`, `de`, `*`), if the list has one.
    pub lang: Option<String>,
    /// Further columns.
    pub extra: Vec<String>,
}

/// All word lists, by name, plus the sets the validators need.
#[derive(Debug, Default, Clone)]
pub struct WordLists {
    lists: HashMap<String, Vec<Entry>>,
    not_names: HashSet<String>,
    not_name_suffixes: Vec<String>,
    /// Shops, brands and firms written like a person's name (`John Lewis`, `Hans Anders`), lower
    /// case.
    brand_names: HashSet<String>,
    particles: HashSet<String>,
    /// Hyphenated given names whose parts alone may be no names (`Mei-Ling`: `Mei` is a month),
    /// lower case.
    hyphenated_names: HashSet<String>,
    /// Listed surnames, lower case: one that ends like a street or team (`Hoogendijk`) is still
    /// a name.
    surnames: HashSet<String>,
}

impl WordLists {
    /// A short hash of every list's name and entries, in name order: changes when a list's
    /// entries do (not its comments). Computed on demand: only `scrub-store` needs it.
    pub fn digest(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut names: Vec<&String> = self.lists.keys().collect();
        names.sort();
        let mut h = Sha256::new();
        for name in names {
            h.update(name.as_bytes());
            h.update([0]);
            for e in &self.lists[name] {
                h.update(e.value.as_bytes());
                for col in e.lang.iter().chain(&e.extra) {
                    h.update([b'\t']);
                    h.update(col.as_bytes());
                }
                h.update([b'\n']);
            }
        }
        h.finalize()
            .iter()
            .take(6)
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// Adds the list `name` parsed from `text`.
    pub fn add(&mut self, name: &str, text: &str) {
        let entries: Vec<Entry> = text
            .lines()
            .map(|l| l.trim_end_matches('\r'))
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| {
                let mut cols = l.split('\t').map(str::trim);
                let value = cols.next().unwrap_or_default().to_string();
                let lang = cols.next().map(str::to_string);
                Entry {
                    value,
                    lang,
                    extra: cols.map(str::to_string).collect(),
                }
            })
            .collect();
        // The lists the validators consult, lower-cased once here.
        let lowered = entries.iter().map(|e| e.value.to_lowercase());
        match name {
            "not_names" => self.not_names.extend(lowered),
            "brand_names" => self.brand_names.extend(lowered),
            "not_name_suffixes" => self.not_name_suffixes.extend(lowered),
            "first_names" => self
                .hyphenated_names
                .extend(lowered.filter(|v| v.contains('-'))),
            "surnames" => self.surnames.extend(lowered),
            "tussenvoegsels" => {
                for particle in lowered {
                    self.particles
                        .extend(particle.split(' ').map(str::to_string));
                }
            }
            _ => {}
        }
        self.lists.insert(name.to_string(), entries);
    }

    /// The entries of list `name`, if it exists.
    pub fn get(&self, name: &str) -> Option<&[Entry]> {
        self.lists.get(name).map(Vec::as_slice)
    }

    /// The values of a list reference `NAME`, `NAME:LANG` or `NAME:LANG:CATEGORY[,CATEGORY…]`:
    /// entries of that language, of `*`, or without a language column (an empty `LANG`, as in
    /// `health_terms::health`, takes every language), and with a category part only those whose
    /// third column (`health_terms.txt`: `term<TAB>lang<TAB>category`) is one of the categories.
    pub fn entries_for(&self, spec: &str) -> Result<Vec<&str>, String> {
        let mut parts = spec.splitn(3, ':');
        let name = parts.next().unwrap_or_default();
        let lang = parts.next().filter(|l| !l.is_empty());
        let categories: Option<Vec<&str>> =
            parts.next().map(|c| c.split(',').map(str::trim).collect());
        if categories
            .as_ref()
            .is_some_and(|c| c.iter().any(|c| c.is_empty()))
        {
            return Err(format!("word list reference `{spec}`: empty category"));
        }
        let entries = self
            .get(name)
            .ok_or_else(|| format!("unknown word list `{name}`"))?;
        Ok(entries
            .iter()
            .filter(|e| match (lang, e.lang.as_deref()) {
                (None, _) | (_, Some("*")) | (Some(_), None) => true,
                (Some(want), Some(have)) => want == have,
            })
            .filter(|e| {
                categories.as_ref().is_none_or(|c| {
                    e.extra
                        .first()
                        .is_some_and(|have| c.contains(&have.as_str()))
                })
            })
            .map(|e| e.value.as_str())
            .collect())
    }

    /// The entries of a list reference `NAME` or `NAME:LANG` as a set, for exact (case-sensitive)
    /// membership tests. `A - B` takes the entries of `A` that are not in `B`
    /// (`first_names - ambiguous_first_names`).
    pub fn set_for(&self, spec: &str) -> Result<HashSet<String>, String> {
        let (keep, without) = match spec.split_once(" - ") {
            Some((a, b)) => (a.trim(), Some(b.trim())),
            None => (spec, None),
        };
        let mut set: HashSet<String> = self
            .entries_for(keep)?
            .into_iter()
            .map(str::to_string)
            .collect();
        if let Some(without) = without {
            for entry in self.entries_for(without)? {
                set.remove(entry);
            }
        }
        Ok(set)
    }

    /// Whether `word` (any case) is on the not-a-name list.
    pub fn is_not_name(&self, word: &str) -> bool {
        self.not_names.contains(&word.to_lowercase())
    }

    /// What one word of a candidate name (a part of a hyphenated token) says about it.
    /// `after_hyphen`: the word follows a hyphen, where it may be the second part of a double
    /// surname that is also an ordinary word (`Hoekstra-Bol`): there the surname list decides.
    fn name_word(&self, word: &str, after_hyphen: bool) -> NameWord {
        // Initials are name parts, never words of the not-a-name list.
        let is_initials = is_initials(word);
        let word = word.trim_matches(|c: char| c == ',' || c == '.');
        if word.is_empty() {
            return NameWord::Neutral;
        }
        if is_initials {
            return NameWord::Name;
        }
        // A single letter decides nothing: an initial without its dot, or the joining capital
        // of a Surinamese-Chinese surname (`Tjon-A-Loi`), never the word `A`.
        if word.chars().nth(1).is_none() {
            return NameWord::Neutral;
        }
        let lower = word.to_lowercase();
        if after_hyphen && self.surnames.contains(&lower) {
            return NameWord::Name;
        }
        if self.particles.contains(&lower) {
            return NameWord::Neutral;
        }
        // A suffix rejects a longer word (`Galenstraat`, `Kassenteam`, `Robot`); the suffix
        // alone can be a surname (`van Dijk`, `Van der Laan`), and so can a long suffix after
        // only two letters (`Jagroep`) and a listed surname (`Hoogendijk`).
        if self.not_names.contains(&lower)
            || (self.not_name_suffixes.iter().any(|s| {
                let stem = lower.len().saturating_sub(s.len());
                lower.ends_with(s.as_str())
                    && stem > 0
                    && (s.len() < 5 || lower[..stem].chars().count() >= 3)
            }) && !self.surnames.contains(&lower))
        {
            return NameWord::NotAName;
        }
        if word.chars().next().is_some_and(char::is_uppercase) {
            NameWord::Name
        } else {
            NameWord::Neutral
        }
    }

    /// Whether a candidate person name is plausible: it is not a brand written like a name
    /// (`John Lewis`), it has a capitalised word that is not a name particle, none of its words
    /// is on the not-a-name list, and none ends like a team, department, company or street
    /// (`Kassenteam`, `Galenstraat`; `Dijk` itself is a surname).
    pub fn is_plausible_name(&self, text: &str) -> bool {
        if !self.brand_names.is_empty()
            && text.contains(' ')
            && self.brand_names.contains(&text.to_lowercase())
        {
            return false;
        }
        let listed_whole = |w: &str| {
            w.contains('-')
                && !self.hyphenated_names.is_empty()
                && self.hyphenated_names.contains(&w.to_lowercase())
        };
        let mut has_name_word = false;
        for token in text.split_whitespace() {
            // A hyphenated given name on the list is one name word; other compounds are
            // judged by their parts (`Support-Team`).
            if listed_whole(token.trim_matches(|c: char| c == ',' || c == '.')) {
                has_name_word = true;
                continue;
            }
            for (i, word) in token.split('-').enumerate() {
                match self.name_word(word, i > 0) {
                    NameWord::NotAName => return false,
                    NameWord::Name => has_name_word = true,
                    NameWord::Neutral => {}
                }
            }
        }
        has_name_word
    }
}

/// Whether `word` is initials as a name writes them (`J.`, `J.P.`, `Th.`): a capital first, a
/// dot last, at most six bytes.
pub fn is_initials(word: &str) -> bool {
    word.ends_with('.') && word.len() <= 6 && word.chars().next().is_some_and(char::is_uppercase)
}

/// What a word says about a candidate name.
enum NameWord {
    /// A capitalised word or initials: the candidate has a name word.
    Name,
    /// On the not-a-name list or ending like a team, firm or street: no name.
    NotAName,
    /// A particle, a single letter, a lower-case word: says nothing.
    Neutral,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists() -> WordLists {
        let mut l = WordLists::default();
        l.add(
            "terms",
            "# header\nADHD\tnl\thealth\nDNA\ten\tgenetic_biometric\ndiabetes\tnl\thealth\nkerk\tnl\treligion\nillness\ten\thealth\n",
        );
        l
    }

    #[test]
    fn references_select_by_language_and_category() {
        let l = lists();
        assert_eq!(l.entries_for("terms").unwrap().len(), 5);
        assert_eq!(
            l.entries_for("terms:nl").unwrap(),
            ["ADHD", "diabetes", "kerk"]
        );
        assert_eq!(
            l.entries_for("terms:nl:health").unwrap(),
            ["ADHD", "diabetes"]
        );
        assert_eq!(
            l.entries_for("terms::health,genetic_biometric").unwrap(),
            ["ADHD", "DNA", "diabetes", "illness"]
        );
        assert_eq!(
            l.entries_for("terms:en:health, genetic_biometric").unwrap(),
            ["DNA", "illness"]
        );
        assert!(l.entries_for("terms:nl:nope").unwrap().is_empty());
        assert!(l.entries_for("terms:nl:health,").is_err());
        assert!(l.entries_for("nope:nl:health").is_err());
    }

    #[test]
    fn a_set_reference_can_leave_out_the_entries_of_another() {
        let mut l = lists();
        l.add("ordinary", "kerk\nDNA\n");
        let set = l.set_for("terms - ordinary").unwrap();
        let mut entries: Vec<&str> = set.iter().map(String::as_str).collect();
        entries.sort();
        assert_eq!(entries, ["ADHD", "diabetes", "illness"]);
        assert_eq!(l.set_for("terms:nl - ordinary").unwrap().len(), 2);
        assert!(l.set_for("terms - nope").is_err());
    }

    #[test]
    fn the_digest_follows_every_list_and_not_the_order_they_came_in() {
        let mut a = WordLists::default();
        a.add("intent_words", "refund\tnl\tterugbetaling\n");
        a.add("titles", "dhr.\n");
        let mut b = WordLists::default();
        b.add("titles", "dhr.\n");
        b.add("intent_words", "refund\tnl\tterugbetaling\n");
        assert_eq!(a.digest(), b.digest());
        let mut commented = WordLists::default();
        commented.add("intent_words", "# source: …\nrefund\tnl\tterugbetaling\n");
        commented.add("titles", "dhr.\n");
        assert_eq!(a.digest(), commented.digest(), "comments do not count");
        let mut c = WordLists::default();
        c.add("titles", "dhr.\n");
        c.add("intent_words", "refund\tnl\tterugstorting\n");
        assert_ne!(a.digest(), c.digest());
    }

    #[test]
    fn single_letters_neither_make_nor_break_a_name() {
        let mut l = WordLists::default();
        l.add("not_names", "A\nSupport\n");
        l.add("not_name_suffixes", "team\ngroep\n");
        l.add("brand_names", "Hans Anders\n");
        l.add("tussenvoegsels", "van der\n");
        assert!(l.is_plausible_name("Shanice Tjon-A-Loi"));
        assert!(l.is_plausible_name("J. van der Berg"));
        assert!(!l.is_plausible_name("A"));
        assert!(!l.is_plausible_name("A Support"));
        assert!(!l.is_plausible_name("Kassenteam"));
        assert!(!l.is_plausible_name("Werkgroep"));
        assert!(
            !l.is_plausible_name("Myteam"),
            "a short suffix after two letters"
        );
        // Two letters before a long suffix are no word: a surname (`Jagroep`).
        assert!(l.is_plausible_name("Dinesh Jagroep"));
        assert!(!l.is_plausible_name("Hans Anders"));
        l.add("not_names", "A\nSupport\nMei\n");
        l.add("first_names", "Mei-Ling\n");
        assert!(l.is_plausible_name("Mei-Ling Wong"));
        assert!(!l.is_plausible_name("Mei Wong"));
        assert!(!l.is_plausible_name("Support-Mei"));
    }

    #[test]
    fn a_listed_surname_is_a_name_whatever_it_ends_in() {
        let mut l = WordLists::default();
        l.add("not_name_suffixes", "dijk\nstraat\n");
        assert!(!l.is_plausible_name("Harm Hoogendijk"));
        l.add("surnames", "Hoogendijk\n");
        assert!(l.is_plausible_name("Harm Hoogendijk"));
        assert!(
            !l.is_plausible_name("Zeedijk"),
            "an unlisted word still ends like a street"
        );
        assert!(!l.is_plausible_name("Galenstraat"));
    }

    #[test]
    fn a_double_surnames_second_part_may_be_a_word_that_is_a_listed_surname() {
        let mut l = WordLists::default();
        l.add("not_names", "Bol\nTeam\n");
        l.add("surnames", "Bol\nHoekstra\n");
        assert!(l.is_plausible_name("Stijn Hoekstra-Bol"));
        // Alone or first, the word is still no name; an unlisted part still decides.
        assert!(!l.is_plausible_name("Bol"));
        assert!(!l.is_plausible_name("Bol-Hoekstra"));
        assert!(!l.is_plausible_name("Hoekstra-Team"));
    }
}
