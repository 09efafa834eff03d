//! The organisation's own data (`[organisation]` in the config): never a finding.
//!
//! Every value is reduced to a canonical key so that any written form matches: phone numbers to
//! their international digits (`088-1234567` = `+31 (0)88 123 4567`), identifiers and addresses
//! to lower-case alphanumerics (`NL91 ABNA …` = `nl91abna…`), domains by suffix.

use std::collections::{HashMap, HashSet};
use std::net::IpAddr;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::config::OrganisationConfig;
use crate::label::Label;

/// The organisation's own data in canonical form.
#[derive(Debug, Clone, Default)]
pub struct Organisation {
    keys: HashSet<String>,
    /// Numeric postcodes of its addresses (`9000` of `9000 Gent`) with the canonical keys of
    /// the streets before them: own data only as a postcode right after one of those streets
    /// (a customer in the same town keeps theirs).
    postcodes: HashMap<String, Vec<String>>,
    /// Its btw numbers without `NL` (`0018.70.348.B01`): own data only as a BSN or btw-id.
    btw_without_country: HashSet<String>,
    /// Product names, lower-case, as words.
    products: Vec<Vec<String>>,
    /// Its own IP networks (DNS servers, gateways, routers).
    networks: Vec<Network>,
    phones: HashSet<String>,
    domains: Vec<String>,
    /// Lower-case names and their distinctive first words.
    names: Vec<String>,
    /// Finds `names` in a text in any ASCII case (and in the all-capitals and as-configured
    /// forms of their other letters), built once.
    name_finder: Option<AhoCorasick>,
}

/// Lower-case ASCII alphanumerics of `text` (other letters kept, lower-cased).
pub fn canonical_key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// An IP network in CIDR notation (`194.62.208.0/20`, `2a0e:7c40::/32`); an address without a
/// prefix length is a network of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Network {
    base: IpAddr,
    prefix: u8,
}

impl Network {
    /// Parses `text`; `None` if it is no address or the prefix length is too long.
    pub fn parse(text: &str) -> Option<Network> {
        let text = text.trim();
        let (addr, prefix) = match text.split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (text, None),
        };
        let base: IpAddr = addr.parse().ok()?;
        let max = if base.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(p) => p.parse::<u8>().ok().filter(|&p| p <= max)?,
            None => max,
        };
        Some(Network { base, prefix })
    }

    /// Whether `ip` lies in the network.
    pub fn contains(&self, ip: IpAddr) -> bool {
        let (base, ip, bits) = match (self.base, ip) {
            (IpAddr::V4(b), IpAddr::V4(i)) => {
                (u128::from(u32::from(b)), u128::from(u32::from(i)), 32)
            }
            (IpAddr::V6(b), IpAddr::V6(i)) => (u128::from(b), u128::from(i), 128),
            _ => return false,
        };
        let shift = bits - u32::from(self.prefix);
        shift >= 128 || base >> shift == ip >> shift
    }
}

/// International digits of a phone number: `+31 (0)88 123 4567`, `0031 88 …` and `088 …`
/// (Dutch trunk 0 assumed) all give `31881234567`.
pub fn canonical_phone(text: &str) -> String {
    let (digits, plus) = phone_digits(text);
    international_digits(digits, plus)
}

/// The digits of a phone number without a `(0)`, and whether it is written with a `+`.
fn phone_digits(text: &str) -> (String, bool) {
    let cleaned = text.replace("(0)", "");
    let plus = cleaned.trim_start().starts_with('+');
    (cleaned.chars().filter(char::is_ascii_digit).collect(), plus)
}

/// [`canonical_phone`] of a number's digits.
fn international_digits(digits: String, plus: bool) -> String {
    if plus {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_string()
    } else if let Some(rest) = digits.strip_prefix('0') {
        format!("31{rest}")
    } else {
        digits
    }
}

/// Whether product words without the product's first word still name a model: a number with
/// letters (`4200 AX`), not a bare number (`3` of `Polderpad 3`).
fn is_model(words: &[String]) -> bool {
    words.iter().map(String::len).sum::<usize>() >= 4
        && words.iter().any(|w| w.bytes().any(|b| b.is_ascii_digit()))
}

/// The international digits of a phone number in the config. Written nationally it is Dutch
/// (`030 …` is Utrecht, not Berlin) where it has the ten digits of a Dutch number or is a Dutch
/// service number (`0800 1234`, `0900-1234567`), also where a Belgian mobile could be written
/// alike (`046 …` is Sittard); one that cannot be Dutch is read where it can be: nine digits are
/// Belgian (`03 298 41 70`), more or fewer German (`02821 890441`).
fn configured_phone(text: &str) -> String {
    let (digits, plus) = phone_digits(text);
    let national = !plus && digits.starts_with('0') && !digits.starts_with("00");
    if !national {
        return international_digits(digits, plus);
    }
    let rest = &digits[1..];
    let dutch_service = digits.starts_with("0800") || digits.starts_with("090");
    match digits.len() {
        _ if dutch_service => format!("31{rest}"),
        10 => format!("31{rest}"),
        9 => format!("32{rest}"),
        _ => format!("49{rest}"),
    }
}

/// The international digits a phone number can stand for: written with a trunk 0 it may be
/// Dutch, Belgian or German (`03/298.41.70` is the organisation's `+32 3 298 41 70`).
fn national_readings(text: &str) -> impl Iterator<Item = String> {
    let (digits, plus) = phone_digits(text);
    let others = digits
        .strip_prefix('0')
        .filter(|rest| !plus && !rest.starts_with('0'))
        .map(|rest| vec![format!("32{rest}"), format!("49{rest}")])
        .unwrap_or_default();
    std::iter::once(international_digits(digits, plus)).chain(others)
}

const LEGAL_FORMS: [&str; 10] = [
    "b.v.", "bv", "n.v.", "nv", "gmbh", "ltd", "ltd.", "vof", "v.o.f.", "inc.",
];

impl Organisation {
    /// Builds the canonical sets from the config section.
    pub fn new(cfg: &OrganisationConfig) -> Self {
        let mut org = Organisation::default();
        for v in cfg
            .ibans
            .iter()
            .chain(&cfg.kvk)
            .chain(&cfg.btw)
            .chain(&cfg.handles)
        {
            org.keys.insert(canonical_key(v));
        }
        // A Dutch btw number is also written without its country code (`0018.70.348.B01` on a
        // letter, read as an old omzetbelastingnummer).
        for v in &cfg.btw {
            if let Some(rest) = canonical_key(v).strip_prefix("nl") {
                org.btw_without_country.insert(rest.to_string());
            }
        }
        for p in &cfg.phones {
            org.phones.insert(configured_phone(p));
        }
        for a in &cfg.addresses {
            org.keys.insert(canonical_key(a));
            for part in a.split(',') {
                let part = part.trim();
                org.keys.insert(canonical_key(part));
                // "1234 AB Zonnedorp": the postcode alone; a Belgian or German one
                // ("9000 Gent", "10115 Berlin") is its digits.
                let words: Vec<&str> = part.split_whitespace().collect();
                // In capitals, as Dutch postcodes are written: not a town of two letters.
                let nl_letters =
                    |w: &str| w.len() == 2 && w.bytes().all(|b| b.is_ascii_uppercase());
                if words.len() >= 2
                    && (4..=5).contains(&words[0].len())
                    && words[0].bytes().all(|b| b.is_ascii_digit())
                {
                    if words[0].len() == 4 && nl_letters(words[1]) {
                        // Also with the country before it, as letterheads write it (NL-1234 AB).
                        let key = canonical_key(&format!("{}{}", words[0], words[1]));
                        org.keys.insert(format!("nl{key}"));
                        org.keys.insert(key);
                    } else if let Some(street) = a.split(',').next() {
                        org.postcodes
                            .entry(words[0].to_string())
                            .or_default()
                            .push(canonical_key(street));
                    }
                }
            }
        }
        org.networks = cfg
            .networks
            .iter()
            .filter_map(|n| Network::parse(n))
            .collect();
        for p in &cfg.products {
            let words: Vec<String> = p.split_whitespace().map(str::to_lowercase).collect();
            if !words.is_empty() {
                org.products.push(words);
            }
        }
        for d in &cfg.domains {
            org.domains
                .push(d.trim().trim_start_matches('@').to_lowercase());
        }
        for n in &cfg.names {
            let lower = n.to_lowercase();
            let mut words: Vec<&str> = lower.split_whitespace().collect();
            while words.last().is_some_and(|w| LEGAL_FORMS.contains(w)) {
                words.pop();
            }
            if let Some(first) = words.first() {
                if first.chars().count() >= 4 {
                    org.names.push(first.to_string());
                }
            }
            org.names.push(words.join(" "));
            org.names.push(lower.clone());
        }
        org.names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        org.names.dedup();
        let mut forms: Vec<String> = org.names.clone();
        forms.extend(org.names.iter().map(|n| n.to_uppercase()));
        forms.extend(cfg.names.iter().cloned());
        forms.retain(|f| !f.is_empty());
        forms.sort();
        forms.dedup();
        // A handful of short names cannot exceed the automaton's limits; were it ever to fail,
        // the names would be redacted as persons (too much, never too little).
        if !forms.is_empty() {
            org.name_finder = AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(&forms)
                .ok();
        }
        org
    }

    /// Whether nothing is configured.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
            && self.phones.is_empty()
            && self.domains.is_empty()
            && self.names.is_empty()
            && self.products.is_empty()
            && self.networks.is_empty()
            && self.postcodes.is_empty()
            && self.btw_without_country.is_empty()
    }

    /// Whether `domain` is one of the organisation's domains or a subdomain of one.
    pub fn owns_domain(&self, domain: &str) -> bool {
        let d = domain.to_lowercase();
        self.domains
            .iter()
            .any(|own| d == *own || d.ends_with(&format!(".{own}")))
    }

    /// Whether the finding `text` of `label` is the organisation's own data: one of its values
    /// or products.
    pub fn owns(&self, label: Label, text: &str) -> bool {
        self.owns_value(label, text) || self.is_product(text)
    }

    /// Whether `text` is one of the products (in any case), perhaps after an article that a
    /// rule took for part of a name (`De Havenkade 8` at the start of a sentence), or a product's
    /// model without its first word, as a product is named once it has been (`Glasbox 4200 AX`,
    /// then `the 4200 AX`).
    fn is_product(&self, text: &str) -> bool {
        const ARTICLES: [&str; 9] = ["de", "het", "een", "the", "a", "das", "der", "die", "ein"];
        if self.products.is_empty() {
            return false;
        }
        let mut words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
        if words.len() > 1 && ARTICLES.contains(&words[0].as_str()) {
            words.remove(0);
        }
        self.products
            .iter()
            .any(|p| *p == words || (p.len() > 1 && p[1..] == words[..] && is_model(&words)))
    }

    /// Like [`Organisation::owns`] for the finding at `start..end` of `text`: a numeric postcode
    /// of its addresses is its own only right after the address's street (`Predikherenlei 27,
    /// 9000 Gent`).
    pub fn owns_at(&self, label: Label, text: &str, start: usize, end: usize) -> bool {
        let value = &text[start..end];
        if label == Label::Postcode && !self.postcodes.is_empty() {
            if let Some(streets) = self.postcodes.get(&canonical_key(value)) {
                let from = super::ceil_char_boundary(text, start.saturating_sub(80));
                let before = canonical_key(&text[from..start]);
                if streets.iter().any(|s| before.contains(s.as_str())) {
                    return true;
                }
            }
        }
        self.owns(label, value)
    }

    fn owns_value(&self, label: Label, text: &str) -> bool {
        match label {
            Label::Email => text
                .rsplit_once('@')
                .is_some_and(|(_, d)| self.owns_domain(d)),
            Label::Phone => national_readings(text).any(|k| self.phones.contains(&k)),
            Label::IpAddress => text
                .parse::<IpAddr>()
                .is_ok_and(|ip| self.networks.iter().any(|n| n.contains(ip))),
            Label::Person => {
                let lower = text.to_lowercase();
                self.names
                    .iter()
                    .any(|n| *n == lower || n.split_whitespace().next() == Some(lower.as_str()))
            }
            Label::Bsn | Label::BtwId => {
                let key = canonical_key(text);
                self.keys.contains(&key) || self.btw_without_country.contains(&key)
            }
            _ => self.keys.contains(&canonical_key(text)),
        }
    }

    /// Byte ranges where the organisation's names occur in `text` (in any ASCII case; other
    /// letters as configured, in lower case or in capitals).
    pub fn name_ranges(&self, text: &str) -> Vec<(usize, usize)> {
        match &self.name_finder {
            Some(finder) => finder
                .find_iter(text)
                .map(|m| (m.start(), m.end()))
                .collect(),
            None => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org() -> Organisation {
        Organisation::new(&OrganisationConfig {
            names: vec!["Zonnestraal Software B.V.".into()],
            domains: vec!["zonnestraal.example".into()],
            phones: vec!["088 123 4567".into(), "+32 3 298 41 70".into()],
            ibans: vec!["NL91ABNA0417164300".into()],
            addresses: vec![
                "Lichtweg 1, 1234 AB Zonnedorp".into(),
                "Postbus 99, 1230 AA Zonnedorp".into(),
                "Predikherenlei 27, 9000 Gent".into(),
                "Zeedijk 211, 8420 De Haan".into(),
            ],
            kvk: vec!["12345678".into()],
            btw: vec!["NL123456782B01".into()],
            handles: vec!["@ZonnestraalNL".into()],
            products: vec!["Lichtpad 3".into(), "Zonbox 4200 AX".into()],
            networks: vec![
                "194.62.208.0/20".into(),
                "2a0e:7c40::/32".into(),
                "8.8.4.4".into(),
            ],
        })
    }

    #[test]
    fn every_written_form_of_own_data_matches() {
        let o = org();
        for p in [
            "+31 88 123 4567",
            "088-1234567",
            "+31 (0)88 123 45 67",
            "0031881234567",
        ] {
            assert!(o.owns(Label::Phone, p), "{p}");
        }
        assert!(!o.owns(Label::Phone, "06-12345678"));
        assert!(o.owns(Label::Iban, "NL91 ABNA 0417 1643 00"));
        assert!(o.owns(Label::Iban, "nl91abna0417164300"));
        assert!(o.owns(Label::Email, "support@zonnestraal.example"));
        assert!(o.owns(Label::Email, "jan@help.zonnestraal.example"));
        assert!(!o.owns(Label::Email, "jan@notzonnestraal.example"));
        assert!(o.owns(Label::Address, "Lichtweg 1"));
        assert!(o.owns(Label::Address, "Postbus 99"));
        assert!(o.owns(Label::Postcode, "1234AB"));
        assert!(o.owns(Label::Postcode, "1230 AA"));
        assert!(o.owns(Label::Postcode, "NL-1234 AB"));
        let own = "Predikherenlei 27, 9000 Gent";
        assert!(
            o.owns_at(Label::Postcode, own, 19, 23),
            "a Belgian postcode after its own street"
        );
        let customer = "Kouterstraat 5, 9000 Gent";
        assert!(
            !o.owns_at(Label::Postcode, customer, 16, 20),
            "a customer in the same town"
        );
        let town_of_two_letters = "Zeedijk 211, 8420 De Haan";
        assert!(
            o.owns_at(Label::Postcode, town_of_two_letters, 13, 17),
            "a Belgian town starting with two letters"
        );
        assert!(
            !o.owns(Label::Postcode, "8420 DE"),
            "a customer's Dutch postcode with the letters of that town"
        );
        assert!(!o.owns(Label::Postcode, "9000"));
        assert!(
            !o.owns(Label::Credential, "9000"),
            "the digits are own data only as a postcode"
        );
        assert!(!o.owns(Label::Phone, "1234.56.782.B01"));
        assert!(o.owns(Label::Kvk, "12345678"));
        assert!(o.owns(Label::Bsn, "NL 123456782 B01"));
        assert!(o.owns(Label::Bsn, "1234.56.782.B01"));
        assert!(
            !o.owns(Label::Bsn, "123456782"),
            "nine digits alone may be a person's BSN"
        );
        assert!(o.owns(Label::Person, "Zonnestraal"));
        assert!(!o.owns(Label::Address, "Kerkstraat 1"));
        // A product named like a street, also after a capitalised article; not a longer street.
        assert!(o.owns(Label::Address, "Lichtpad 3"));
        assert!(o.owns(Label::Address, "De LICHTPAD 3"));
        assert!(!o.owns(Label::Address, "Lichtpad 31"));
        assert!(!o.owns(Label::Address, "Oude Lichtpad 3a"));
        // A model named without its product's first word; not a bare number.
        assert!(o.owns(Label::Postcode, "4200 AX"));
        assert!(!o.owns(Label::Postcode, "4200 AB"));
        assert!(!o.owns(Label::Address, "3"));
        // A Belgian number written nationally, with its trunk 0.
        assert!(o.owns(Label::Phone, "03/298.41.70"));
        assert!(!o.owns(Label::Phone, "+31 3 298 41 70"));
        // One configured with its trunk 0 is Dutch: written with another country code it is a
        // customer's (`030 …` is Utrecht, `+49 30 …` Berlin). A foreign number is configured
        // with its `+`.
        assert!(o.owns(Label::Phone, "+31 88 123 4567"));
        assert!(!o.owns(Label::Phone, "+49 88 123 4567"));
    }

    #[test]
    fn a_configured_national_number_that_cannot_be_dutch_is_read_where_it_can_be() {
        let o = Organisation::new(&OrganisationConfig {
            phones: vec![
                "02821 890441".into(),
                "03 298 41 70".into(),
                "045 711 2000".into(),
                "030 123 4567".into(),
                "0800 1234".into(),
            ],
            ..OrganisationConfig::default()
        });
        // Eleven digits: German.
        assert!(o.owns(Label::Phone, "+49 2821 890441"));
        assert!(o.owns(Label::Phone, "02821 890441"));
        assert!(!o.owns(Label::Phone, "+31 2821 890441"));
        // Nine digits: Belgian.
        assert!(o.owns(Label::Phone, "+32 3 298 41 70"));
        // Ten digits starting 04 may be a Belgian mobile, but are a Dutch number (Heerlen).
        assert!(o.owns(Label::Phone, "+31 45 711 2000"));
        // Ten digits: Dutch, and only Dutch.
        assert!(o.owns(Label::Phone, "+31 30 123 4567"));
        assert!(!o.owns(Label::Phone, "+49 30 123 4567"));
        // A Dutch service number of eight digits stays Dutch.
        assert!(o.owns(Label::Phone, "+31 800 1234"));
    }

    #[test]
    fn addresses_in_the_organisations_networks_are_its_own() {
        let o = org();
        for ip in [
            "194.62.217.53",
            "194.62.208.0",
            "194.62.223.255",
            "2a0e:7c40::53",
            "8.8.4.4",
        ] {
            assert!(o.owns(Label::IpAddress, ip), "{ip}");
        }
        for ip in [
            "194.62.224.1",
            "194.62.207.255",
            "2a0e:7c41::1",
            "8.8.4.5",
            "not an ip",
        ] {
            assert!(!o.owns(Label::IpAddress, ip), "{ip}");
        }
        assert_eq!(Network::parse("10.0.0.0/33"), None);
        assert_eq!(Network::parse("::/129"), None);
        assert!(Network::parse("0.0.0.0/0")
            .unwrap()
            .contains("1.2.3.4".parse().unwrap()));
        assert!(!Network::parse("::/0")
            .unwrap()
            .contains("1.2.3.4".parse().unwrap()));
    }

    #[test]
    fn names_are_found_in_any_case_next_to_any_letters() {
        let o = org();
        let text = "İstanbul: mail van ZONNESTRAAL software b.v. en Zonnestraal";
        let found: Vec<&str> = o
            .name_ranges(text)
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect();
        assert_eq!(found, ["ZONNESTRAAL software b.v.", "Zonnestraal"]);
        assert!(Organisation::default().name_ranges(text).is_empty());
    }
}
