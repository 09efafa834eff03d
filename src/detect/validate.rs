//! Validators: checks in Rust that a rule's regex candidate really is what its label says
//! (checksums, numbering plans, calendars, letter rules). Rules name them in `validator = "…"`.

use std::net::{Ipv4Addr, Ipv6Addr};
use std::str::FromStr;

use super::checksum::{elfproef, is_calendar_date, luhn, mod97};
use super::phone::{self, NationalPlan};
use super::wordlist::WordLists;

/// A named check applied to a rule's candidate text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validator {
    /// IBAN: country length, BBAN structure for common countries, MOD 97-10.
    Iban,
    /// BSN / sofinummer: elfproef (8 digits = leading zero dropped).
    Bsn,
    /// Old omzetbelastingnummer `NL` + BSN + `B01`: elfproef on the 9 digits.
    ObNumber,
    /// btw-identificatienummer: `NL` + 9 digits + `B` + 2 digits, MOD 97-10 over the whole, and
    /// 9 digits that fail the elfproef.
    BtwId,
    /// Payment card: known issuer prefix, matching length, Luhn.
    Card,
    /// Phone number in the Dutch/Belgian plan (or international with a country code).
    PhoneNlBe,
    /// Phone number in the German plan.
    PhoneDe,
    /// Phone number in the British plan.
    PhoneUk,
    /// Public IPv4 address (no private, loopback, link-local, multicast).
    Ipv4,
    /// Public IPv6 address.
    Ipv6,
    /// A real calendar date between 1900 and today, in a numeric or written form.
    BirthDate,
    /// Dutch postcode letter rules, no unit abbreviations (`2048 MB`).
    PostcodeNl,
    /// Dutch postcode letter rules, unit-like letters allowed (the rule supplies the context).
    PostcodeNlAny,
    /// Dutch kenteken: a known sidecode and no banned letter combination.
    Kenteken,
    /// Dutch passport / identity-card number: 2 letters, 6 alphanumerics, 1 digit, never `O`.
    NlDocument,
    /// Belgian identity-card (eID) number: 12 digits, the last two the first ten MOD 97
    /// (97 for a remainder of 0).
    BeEid,
    /// E-mail address with a plausible top-level domain (not `icon@2x.png`).
    Email,
    /// A person's name: no word from the not-a-name list, not all particles.
    PersonName,
    /// A secret after a credential word: has a digit or a symbol, not a mask, URL or count.
    Secret,
}

impl FromStr for Validator {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "iban" => Validator::Iban,
            "bsn" => Validator::Bsn,
            "ob_number" => Validator::ObNumber,
            "btw_id" => Validator::BtwId,
            "card" => Validator::Card,
            "phone_nl_be" => Validator::PhoneNlBe,
            "phone_de" => Validator::PhoneDe,
            "phone_uk" => Validator::PhoneUk,
            "ipv4" => Validator::Ipv4,
            "ipv6" => Validator::Ipv6,
            "birth_date" => Validator::BirthDate,
            "postcode_nl" => Validator::PostcodeNl,
            "postcode_nl_any" => Validator::PostcodeNlAny,
            "kenteken" => Validator::Kenteken,
            "nl_document" => Validator::NlDocument,
            "be_eid" => Validator::BeEid,
            "email" => Validator::Email,
            "person_name" => Validator::PersonName,
            "secret" => Validator::Secret,
            other => {
                return Err(format!(
                    "unknown validator `{other}` (known: iban bsn ob_number btw_id card phone_nl_be phone_de phone_uk ipv4 ipv6 birth_date postcode_nl postcode_nl_any kenteken nl_document be_eid email person_name secret)"
                ))
            }
        })
    }
}

impl Validator {
    /// Checks `text`; returns the byte length of the accepted value (the whole text, or for
    /// phone numbers the longest valid prefix, or for secrets the text without the punctuation
    /// after it), or `None` if the candidate is rejected.
    pub fn check(self, text: &str, lists: &WordLists) -> Option<usize> {
        let whole = |ok: bool| ok.then_some(text.len());
        match self {
            Validator::Iban => iban_prefix(text),
            Validator::Bsn => whole(elfproef(&digits(text))),
            Validator::ObNumber => whole(is_ob_number(text)),
            Validator::BtwId => whole(is_btw_id(text)),
            Validator::Card => card_prefix(text),
            Validator::PhoneNlBe => phone::longest_valid_prefix(text, NationalPlan::NlBe),
            Validator::PhoneDe => phone::longest_valid_prefix(text, NationalPlan::De),
            Validator::PhoneUk => phone::longest_valid_prefix(text, NationalPlan::Uk),
            Validator::Ipv4 => whole(is_public_ipv4(text)),
            Validator::Ipv6 => whole(is_public_ipv6(text)),
            Validator::BirthDate => whole(is_birth_date(text)),
            Validator::PostcodeNl => whole(is_postcode_nl(text) && !has_unit_letters(text)),
            Validator::PostcodeNlAny => whole(is_postcode_nl(text)),
            Validator::Kenteken => whole(is_kenteken(text)),
            Validator::NlDocument => whole(is_nl_document(text)),
            Validator::BeEid => whole(is_be_eid(text)),
            Validator::Email => whole(is_email(text)),
            Validator::PersonName => whole(lists.is_plausible_name(text)),
            Validator::Secret => secret_len(text),
        }
    }
}

/// ASCII digits of `text`, separators dropped.
pub fn digits(text: &str) -> Vec<u8> {
    text.bytes().filter(u8::is_ascii_digit).collect()
}

/// Upper-case ASCII alphanumerics of `text`, separators dropped.
pub fn compact_upper(text: &str) -> Vec<u8> {
    text.bytes()
        .filter(u8::is_ascii_alphanumeric)
        .map(|b| b.to_ascii_uppercase())
        .collect()
}

/// IBAN lengths per country (SEPA and other IBAN countries).
fn iban_length(country: &[u8]) -> Option<usize> {
    Some(match country {
        b"NO" => 15,
        b"BE" => 16,
        b"DK" | b"FI" | b"FO" | b"GL" | b"NL" => 18,
        b"MK" | b"SI" => 19,
        b"AT" | b"BA" | b"EE" | b"KZ" | b"LT" | b"LU" | b"XK" => 20,
        b"CH" | b"CR" | b"HR" | b"LI" | b"LV" => 21,
        b"BG" | b"BH" | b"DE" | b"GB" | b"GE" | b"IE" | b"ME" | b"RS" | b"VA" => 22,
        b"AE" | b"GI" | b"IL" | b"IQ" | b"TL" => 23,
        b"AD" | b"CZ" | b"ES" | b"MD" | b"PK" | b"RO" | b"SA" | b"SE" | b"SK" | b"TN" | b"VG" => 24,
        b"PT" | b"ST" => 25,
        b"IS" | b"TR" => 26,
        b"FR" | b"GR" | b"IT" | b"MC" | b"MR" | b"SM" => 27,
        b"AL" | b"AZ" | b"CY" | b"DO" | b"GT" | b"HU" | b"LB" | b"PL" => 28,
        b"BR" | b"EG" | b"PS" | b"QA" | b"UA" => 29,
        b"JO" | b"KW" | b"MU" => 30,
        b"MT" => 31,
        _ => return None,
    })
}

fn all(bytes: &[u8], f: fn(&u8) -> bool) -> bool {
    bytes.iter().all(f)
}

/// The byte length of the valid IBAN at the start of `text`: the pattern may have taken a
/// following word as a last group (`BE33-6504-9122-9346 ten`), so the candidate is cut after
/// as many characters as the country's IBAN has, at a group end.
pub fn iban_prefix(text: &str) -> Option<usize> {
    let country: Vec<u8> = text
        .bytes()
        .take(2)
        .map(|b| b.to_ascii_uppercase())
        .collect();
    let want = iban_length(&country)?;
    let mut count = 0;
    for (i, b) in text.bytes().enumerate() {
        if b.is_ascii_alphanumeric() {
            count += 1;
            if count == want {
                let end = i + 1;
                let at_group_end = text
                    .as_bytes()
                    .get(end)
                    .is_none_or(|n| !n.is_ascii_alphanumeric());
                return (at_group_end && is_iban(&text[..end])).then_some(end);
            }
        }
    }
    None
}

/// Whether `text` is a valid IBAN (spaces, NBSP, dots and dashes allowed between characters).
pub fn is_iban(text: &str) -> bool {
    let c = compact_upper(text);
    if c.len() < 15 || !all(&c[..2], u8::is_ascii_uppercase) || !all(&c[2..4], u8::is_ascii_digit) {
        return false;
    }
    if iban_length(&c[..2]) != Some(c.len()) {
        return false;
    }
    let bban = &c[4..];
    let structure_ok = match &c[..2] {
        b"NL" => all(&bban[..4], u8::is_ascii_uppercase) && all(&bban[4..], u8::is_ascii_digit),
        b"BE" | b"DE" => all(bban, u8::is_ascii_digit),
        b"GB" => all(&bban[..4], u8::is_ascii_uppercase) && all(&bban[4..], u8::is_ascii_digit),
        b"FR" => all(&bban[..10], u8::is_ascii_digit) && all(&bban[21..], u8::is_ascii_digit),
        _ => true,
    };
    structure_ok && mod97(bban.iter().chain(&c[..4]).copied()) == Some(1)
}

/// Splits `NL?` + 9 digits + `B` + 2 digits; `None` if the text has another shape.
fn vat_parts(text: &str) -> Option<([u8; 9], [u8; 2])> {
    let c = compact_upper(text);
    let c = c.strip_prefix(b"NL").unwrap_or(&c);
    if c.len() != 12
        || c[9] != b'B'
        || !all(&c[..9], u8::is_ascii_digit)
        || !all(&c[10..], u8::is_ascii_digit)
    {
        return None;
    }
    if &c[10..] == b"00" {
        return None;
    }
    Some((c[..9].try_into().ok()?, c[10..].try_into().ok()?))
}

fn btw_mod97(nine: &[u8; 9], two: &[u8; 2]) -> bool {
    let s = b"NL".iter().chain(nine).chain(b"B").chain(two).copied();
    mod97(s) == Some(1)
}

/// A btw-identificatienummer valid by MOD 97-10. The 9 digits of one issued since 2020 never
/// pass the elfproef: a number whose digits do is an old omzetbelastingnummer, whatever its
/// mod 97 (about one in 97 of them pass that too).
pub fn is_btw_id(text: &str) -> bool {
    vat_parts(text).is_some_and(|(nine, two)| btw_mod97(&nine, &two) && !elfproef(&nine))
}

/// An old omzetbelastingnummer: BSN (or RSIN) + `B` + 2 digits, its 9 digits passing the
/// elfproef; a sole trader's holds their BSN.
pub fn is_ob_number(text: &str) -> bool {
    vat_parts(text).is_some_and(|(nine, _)| elfproef(&nine))
}

/// The byte length of the longest prefix of `text`, ending at a digit group, that is a valid
/// card number (`4111 1111 1111 1111 06-…` → the card without the phone number's `06`).
pub fn card_prefix(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    (1..=b.len())
        .rev()
        .filter(|&end| {
            b[end - 1].is_ascii_digit() && b.get(end).is_none_or(|c| !c.is_ascii_digit())
        })
        .find(|&end| is_card(&digits(&text[..end])))
}

/// A payment card number: issuer prefix + length + Luhn.
pub fn is_card(d: &[u8]) -> bool {
    let n = d.len();
    if !(12..=19).contains(&n) || !luhn(d) {
        return false;
    }
    let p = |k: usize| -> u32 { d[..k].iter().fold(0, |a, &c| a * 10 + u32::from(c - b'0')) };
    let visa = d[0] == b'4' && matches!(n, 13 | 16 | 19);
    let mastercard = n == 16 && ((51..=55).contains(&p(2)) || (2221..=2720).contains(&p(4)));
    let amex = n == 15 && matches!(p(2), 34 | 37);
    let maestro = (12..=19).contains(&n) && (p(2) == 50 || (56..=69).contains(&p(2)));
    let discover = n >= 16 && (p(4) == 6011 || (644..=649).contains(&p(3)) || p(2) == 65);
    let jcb = n >= 16 && (3528..=3589).contains(&p(4));
    let diners =
        n >= 14 && ((300..=305).contains(&p(3)) || p(4) == 3095 || matches!(p(2), 36 | 38 | 39));
    visa || mastercard || amex || maestro || discover || jcb || diners
}

/// Documentation ranges (RFC 5737): example addresses, never a customer's.
fn is_documentation_v4(o: [u8; 4]) -> bool {
    matches!(
        (o[0], o[1], o[2]),
        (192, 0, 2) | (198, 51, 100) | (203, 0, 113)
    )
}

/// The anycast addresses of the big public DNS resolvers (Google, Cloudflare, Quad9, OpenDNS,
/// AdGuard, CleanBrowsing): they serve everyone, so they say nothing about a person
/// (`resolv.conf points to 9.9.9.9 and 149.112.112.112`).
const PUBLIC_RESOLVERS_V4: [[u8; 4]; 12] = [
    [8, 8, 8, 8],
    [8, 8, 4, 4],
    [1, 1, 1, 1],
    [1, 0, 0, 1],
    [9, 9, 9, 9],
    [149, 112, 112, 112],
    [208, 67, 222, 222],
    [208, 67, 220, 220],
    [94, 140, 14, 14],
    [94, 140, 15, 15],
    [185, 228, 168, 9],
    [185, 228, 169, 9],
];

/// The IPv6 anycast addresses of the resolvers of [`PUBLIC_RESOLVERS_V4`].
const PUBLIC_RESOLVERS_V6: [[u16; 8]; 12] = [
    [0x2001, 0x4860, 0x4860, 0, 0, 0, 0, 0x8888],
    [0x2001, 0x4860, 0x4860, 0, 0, 0, 0, 0x8844],
    [0x2606, 0x4700, 0x4700, 0, 0, 0, 0, 0x1111],
    [0x2606, 0x4700, 0x4700, 0, 0, 0, 0, 0x1001],
    [0x2620, 0xfe, 0, 0, 0, 0, 0, 0xfe],
    [0x2620, 0xfe, 0, 0, 0, 0, 0, 0x9],
    [0x2620, 0x119, 0x35, 0, 0, 0, 0, 0x35],
    [0x2620, 0x119, 0x53, 0, 0, 0, 0, 0x53],
    [0x2a10, 0x50c0, 0, 0, 0, 0, 0xad1, 0xff],
    [0x2a10, 0x50c0, 0, 0, 0, 0, 0xad2, 0xff],
    [0x2a0d, 0x2a00, 0x1, 0, 0, 0, 0, 0x2],
    [0x2a0d, 0x2a00, 0x2, 0, 0, 0, 0, 0x2],
];

/// A public IPv4 address in dotted-quad form without leading zeros (not private, loopback,
/// link-local, shared, documentation, multicast or reserved), and not a public DNS resolver's.
pub fn is_public_ipv4(text: &str) -> bool {
    if text.split('.').any(|o| o.len() > 1 && o.starts_with('0')) {
        return false;
    }
    let Ok(ip) = text.parse::<Ipv4Addr>() else {
        return false;
    };
    let o = ip.octets();
    !(ip.is_private()
        || ip.is_loopback()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || o[0] == 0
        || o[0] >= 240
        || (o[0] == 100 && (64..128).contains(&o[1]))
        || (o[0] == 198 && (18..20).contains(&o[1]))
        || is_documentation_v4(o)
        || PUBLIC_RESOLVERS_V4.contains(&o))
}

/// A public IPv6 address: global unicast (2000::/3) outside the documentation prefix
/// 2001:db8::/32, and not a public DNS resolver's; an IPv4-mapped address counts as its IPv4
/// address.
pub fn is_public_ipv6(text: &str) -> bool {
    let addr = text.split('%').next().unwrap_or(text);
    if addr.bytes().filter(|&b| b == b':').count() < 2 {
        return false;
    }
    let Ok(ip) = addr.parse::<Ipv6Addr>() else {
        return false;
    };
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_ipv4(&v4.to_string());
    }
    let s = ip.segments();
    // Only global unicast (2000::/3) is allocated to customers; `::1:5432` is host:port.
    (s[0] & 0xe000) == 0x2000
        && !(ip.is_loopback()
            || ip.is_unspecified()
            || ip.is_multicast()
            || (s[0] & 0xffc0) == 0xfe80
            || (s[0] & 0xfe00) == 0xfc00
            || (s[0] == 0x2001 && s[1] == 0x0db8)
            || PUBLIC_RESOLVERS_V6.contains(&s))
}

/// Month number of a written month name (nl/en/de/fr, full or abbreviated), case-insensitive.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    const MONTHS: [(&str, u32); 38] = [
        ("januari", 1),
        ("januar", 1),
        ("january", 1),
        ("jänner", 1),
        ("janvier", 1),
        ("februari", 2),
        ("februar", 2),
        ("february", 2),
        ("février", 2),
        ("febr", 2),
        ("maart", 3),
        ("märz", 3),
        ("maerz", 3),
        ("march", 3),
        ("mars", 3),
        ("mrt", 3),
        ("mär", 3),
        ("april", 4),
        ("avril", 4),
        ("mei", 5),
        ("mai", 5),
        ("may", 5),
        ("juni", 6),
        ("june", 6),
        ("juin", 6),
        ("juli", 7),
        ("july", 7),
        ("juillet", 7),
        ("augustus", 8),
        ("august", 8),
        ("août", 8),
        ("september", 9),
        ("sept", 9),
        ("septembre", 9),
        ("oktober", 10),
        ("october", 10),
        ("okt", 10),
        ("octobre", 10),
    ];
    const REST: [(&str, u32); 10] = [
        ("november", 11),
        ("novembre", 11),
        ("december", 12),
        ("dezember", 12),
        ("décembre", 12),
        ("jan", 1),
        ("feb", 2),
        ("apr", 4),
        ("jun", 6),
        ("jul", 7),
    ];
    const SHORT: [(&str, u32); 6] = [
        ("aug", 8),
        ("sep", 9),
        ("oct", 10),
        ("nov", 11),
        ("dec", 12),
        ("dez", 12),
    ];
    MONTHS
        .iter()
        .chain(REST.iter())
        .chain(SHORT.iter())
        .find(|(name, _)| *name == w)
        .map(|&(_, m)| m)
        .or(if w == "mar" { Some(3) } else { None })
}

const CURRENT_YEAR: u32 = 2026;

fn full_year(y: &str) -> Option<u32> {
    let y = y.trim_start_matches(['\'', '`', '’']);
    let v: u32 = y.parse().ok()?;
    match y.len() {
        2 => Some(if v <= CURRENT_YEAR % 100 {
            2000 + v
        } else {
            1900 + v
        }),
        4 => Some(v),
        _ => None,
    }
}

/// A plausible birth date: a real calendar date with a year between 1900 and now.
pub fn is_birth_date(text: &str) -> bool {
    let tokens: Vec<&str> = text
        .split([' ', '-', '/', '.', ',', '\u{a0}'])
        .filter(|t| !t.is_empty())
        .collect();
    if tokens.len() != 3 {
        return false;
    }
    let num = |t: &str| -> Option<u32> {
        let t = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        t.parse().ok()
    };
    let parsed = if tokens[0].len() == 4 && tokens[0].bytes().all(|b| b.is_ascii_digit()) {
        // ISO: 1985-03-12
        Some((num(tokens[0]), num(tokens[1]), num(tokens[2])))
    } else if let Some(m) = month_number(tokens[1]) {
        Some((full_year(tokens[2]), Some(m), num(tokens[0])))
    } else if let Some(m) = month_number(tokens[0]) {
        // US order: March 12, 1985
        Some((full_year(tokens[2]), Some(m), num(tokens[1])))
    } else {
        Some((full_year(tokens[2]), num(tokens[1]), num(tokens[0])))
    };
    match parsed {
        Some((Some(y), Some(m), Some(d))) => {
            (1900..=CURRENT_YEAR).contains(&y) && is_calendar_date(y, m, d)
        }
        _ => false,
    }
}

/// Unit and other abbreviations that follow a 4-digit number but are no postcode letters.
const POSTCODE_TRAPS: [&[u8]; 23] = [
    b"KB", b"MB", b"GB", b"TB", b"PB", b"KM", b"CM", b"MM", b"KG", b"MG", b"HZ", b"MS", b"ML",
    b"PK", b"KW", b"MW", b"MA", b"HP", b"PX", b"HD", b"PM", b"AM", b"VA",
];

/// Two-letter words that follow a year in running text (`in 2023 en`): never postcode letters
/// when written in lower case.
const COMMON_TWO_LETTER_WORDS: [&[u8]; 47] = [
    b"en", b"in", b"op", b"om", b"of", b"is", b"al", b"na", b"nu", b"ik", b"je", b"we", b"ze",
    b"zo", b"ja", b"te", b"ga", b"de", b"an", b"at", b"on", b"or", b"to", b"by", b"as", b"be",
    b"do", b"go", b"he", b"if", b"it", b"me", b"my", b"no", b"so", b"up", b"us", b"um", b"er",
    b"es", b"zu", b"im", b"am", b"da", b"du", b"wo", b"ok",
];

/// A Dutch postcode: 4 digits (first non-zero) + 2 letters, not SA/SD/SS, and in lower case not
/// a common word (`2023 en`). Unit letters (`2048 MB`) are checked by [`has_unit_letters`].
pub fn is_postcode_nl(text: &str) -> bool {
    let letters: Vec<u8> = text.bytes().filter(u8::is_ascii_alphabetic).collect();
    if letters.len() == 2
        && letters.iter().all(u8::is_ascii_lowercase)
        && COMMON_TWO_LETTER_WORDS.contains(&letters.as_slice())
    {
        return false;
    }
    let c = compact_upper(text);
    let c = if c.len() == 8 {
        c.strip_prefix(b"NL").unwrap_or(&c)
    } else {
        &c
    };
    c.len() == 6
        && (b'1'..=b'9').contains(&c[0])
        && all(&c[1..4], u8::is_ascii_digit)
        && all(&c[4..], u8::is_ascii_uppercase)
        && !matches!(&c[4..], b"SA" | b"SD" | b"SS")
}

/// Whether a postcode-shaped text ends in unit letters (`2048 MB`, `1500 KM`).
pub fn has_unit_letters(text: &str) -> bool {
    let c = compact_upper(text);
    c.len() >= 2 && POSTCODE_TRAPS.contains(&&c[c.len() - 2..])
}

/// Kenteken side codes as letter(`X`)/digit(`9`) group shapes.
const SIDECODES: [&str; 14] = [
    "XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9", "9-XXX-99",
    "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9",
];

/// Banned letter combinations with the first side code (1-based) they are banned from: `KVT` and
/// `VVD` from side code 8 on, `SP` from 13 on (`SPL-78-J`, side code 11, is a plate).
const KENTEKEN_BANNED: [(&str, usize); 16] = [
    ("SD", 1),
    ("SS", 1),
    ("SA", 1),
    ("WA", 1),
    ("GVD", 1),
    ("KKK", 1),
    ("LPF", 1),
    ("NSB", 1),
    ("PKK", 1),
    ("PSV", 1),
    ("PVV", 1),
    ("SGP", 1),
    ("TBS", 1),
    ("KVT", 8),
    ("VVD", 8),
    ("SP", 13),
];

/// A Dutch kenteken of one of the 14 side codes, written with or without hyphens.
pub fn is_kenteken(text: &str) -> bool {
    let c = compact_upper(text);
    if c.len() != 6 {
        return false;
    }
    let hyphenated: Option<String> = text.contains(['-', ' ']).then(|| {
        text.chars()
            .map(|ch| match ch {
                'a'..='z' | 'A'..='Z' => 'X',
                '0'..='9' => '9',
                _ => '-',
            })
            .collect()
    });
    let shape_of = |code: &str| -> bool {
        match &hyphenated {
            Some(h) => h == code,
            None => code.replace('-', "").chars().zip(c.iter()).all(|(k, &b)| {
                (k == 'X' && b.is_ascii_uppercase()) || (k == '9' && b.is_ascii_digit())
            }),
        }
    };
    let Some(side) = SIDECODES.iter().position(|code| shape_of(code)) else {
        return false;
    };
    // Banned combinations count within one group of the side code: `BS-PS-64` holds no `SP`.
    let mut rest = &c[..];
    let banned = SIDECODES[side].split('-').any(|group| {
        let (part, tail) = rest.split_at(group.len());
        rest = tail;
        let part = String::from_utf8_lossy(part);
        KENTEKEN_BANNED
            .iter()
            .any(|&(b, from)| side + 1 >= from && part.contains(b))
    });
    if banned {
        return false;
    }
    // Modern side codes (4 onwards) use no vowels and no C or Q.
    if side >= 3 && c.iter().any(|b| b"AEIOUCQ".contains(b)) {
        return false;
    }
    true
}

/// A Dutch passport or identity-card number.
pub fn is_nl_document(text: &str) -> bool {
    let c = compact_upper(text);
    c.len() == 9
        && all(&c[..2], u8::is_ascii_uppercase)
        && all(&c[2..8], u8::is_ascii_alphanumeric)
        && c[8].is_ascii_digit()
        && !c.contains(&b'O')
        && c[2..].iter().any(u8::is_ascii_digit)
}

/// A Belgian identity-card (eID) number, `592-1234567-89` or compact: 12 digits whose last two
/// are the first ten MOD 97, or 97 where that is 0.
pub fn is_be_eid(text: &str) -> bool {
    let d = digits(text);
    if d.len() != 12 {
        return false;
    }
    let check = u32::from(d[10] - b'0') * 10 + u32::from(d[11] - b'0');
    match mod97(d[..10].iter().copied()) {
        Some(0) => check == 97,
        Some(r) => check == r,
        None => false,
    }
}

/// File extensions that look like a top-level domain after an `@` (`icon@2x.png`).
const NOT_TLDS: [&str; 24] = [
    "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "js", "ts", "css", "html", "htm", "json",
    "xml", "txt", "pdf", "zip", "exe", "md", "rs", "py", "php", "java", "log",
];

/// An e-mail address with a plausible domain.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.rsplit_once('@') else {
        return false;
    };
    if local.is_empty() || local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return false;
    }
    // Machine-made ids (Message-IDs such as CAHMdBctGHUEm+B8DH+MEy…@mail.gmail.com): long local
    // parts mixing upper case, lower case and digits without any separator.
    let mixed = local.bytes().any(|b| b.is_ascii_uppercase())
        && local.bytes().any(|b| b.is_ascii_lowercase())
        && local.bytes().any(|b| b.is_ascii_digit());
    if local.len() >= 20 && mixed && !local.contains(['.', '-']) {
        return false;
    }
    if is_machine_sender(local) {
        return false;
    }
    let Some((_, tld)) = domain.rsplit_once('.') else {
        return false;
    };
    tld.len() >= 2
        && tld.bytes().all(|b| b.is_ascii_alphabetic())
        && !NOT_TLDS.contains(&tld.to_ascii_lowercase().as_str())
}

/// A sender address no person reads: `noreply@`, `no-reply@`, `do-not-reply@`, `mailer-daemon@`,
/// `postmaster@`, `bounces@`, `notifications@` (also `ba.notifications@`). Role addresses that a
/// person may answer (`info@`, `office@` of a sole trader) stay findings.
fn is_machine_sender(local: &str) -> bool {
    const EXACT: [&str; 6] = [
        "mailer-daemon",
        "postmaster",
        "bounce",
        "bounces",
        "notification",
        "notifications",
    ];
    let l = local.to_ascii_lowercase();
    let compact: String = l
        .chars()
        .filter(|c| !matches!(c, '-' | '_' | '.'))
        .collect();
    // `noreply` or `donotreply`, perhaps numbered (`noreply2`), and nothing else: a person's
    // name after it (`noreply.jan.devries@`) keeps the address a finding.
    let no_reply = ["noreply", "donotreply"].iter().any(|p| {
        compact
            .strip_prefix(p)
            .is_some_and(|rest| rest.bytes().all(|b| b.is_ascii_digit()))
    });
    no_reply
        || EXACT.contains(&l.as_str())
        || l.ends_with(".notifications")
        || l.ends_with("-notifications")
}

/// A secret written after a credential word (`wachtwoord: Geheim123!`, `PIN 4821`): the byte
/// length of the value without the sentence punctuation, closing quotes and brackets after it,
/// or `None` when it is no secret. A secret has a digit, or a symbol inside it (`Pa$$word`): a
/// plain word is what people write *about* a password (`vergeten`, `reset`, `incorrect`,
/// `n.v.t.`). Digits alone need at least three (a PIN, a CVC), anything else four characters,
/// at most 64. Masks (`*****`), URLs and counts (`4-cijferig`, `6-stellig`, `8-digit`) are no
/// secrets. A `!` at the end stays with an accepted secret (`Geheim123!`).
pub fn secret_len(text: &str) -> Option<usize> {
    let closing = |c: char| {
        matches!(
            c,
            '.' | ','
                | ';'
                | ':'
                | '?'
                | '!'
                | ')'
                | ']'
                | '}'
                | '"'
                | '\''
                | '’'
                | '”'
                | '“'
                | '‘'
                | '»'
                | '>'
        )
    };
    let core = text.trim_end_matches(closing);
    let chars = core.chars().count();
    let digits_only = core.chars().all(|c| c.is_ascii_digit());
    if chars > 64 || chars < if digits_only { 3 } else { 4 } {
        return None;
    }
    if !core.chars().any(char::is_alphanumeric)
        || core.contains("://")
        || core.starts_with("//")
        || core.to_ascii_lowercase().starts_with("www.")
    {
        return None;
    }
    // A count such as `4-cijferig`, `6-stellig`, `8-digit`: digits, a dash, lower-case letters.
    if let Some((n, word)) = core.split_once('-') {
        if !n.is_empty()
            && n.bytes().all(|b| b.is_ascii_digit())
            && !word.is_empty()
            && word.chars().all(char::is_lowercase)
        {
            return None;
        }
    }
    let has_digit = core.bytes().any(|b| b.is_ascii_digit());
    let has_symbol = core
        .chars()
        .any(|c| !c.is_alphanumeric() && !matches!(c, '.' | '-' | '\'' | '’' | '/'));
    if !(has_digit || has_symbol) {
        return None;
    }
    let bangs = text[core.len()..]
        .bytes()
        .take_while(|&b| b == b'!')
        .count();
    Some(core.len() + bangs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_vectors() {
        for (text, want) in [
            ("Geheim123!", "Geheim123!"),
            ("Geheim123!.", "Geheim123!"),
            ("hunter2.", "hunter2"),
            ("Sonne2024", "Sonne2024"),
            ("4821", "4821"),
            ("123,", "123"),
            ("Pa$$word", "Pa$$word"),
            ("P@ssw0rd\"", "P@ssw0rd"),
            ("Grüße2024)", "Grüße2024"),
            ("Sonne2024“.", "Sonne2024"),
        ] {
            assert_eq!(secret_len(text).map(|n| &text[..n]), Some(want), "{text}");
        }
        for text in [
            "vergeten",
            "reset",
            "incorrect.",
            "vergeten!",
            "n.v.t.",
            "e-mail",
            "12",
            "3x",
            "*******",
            "4-cijferig",
            "6-stellig",
            "8-digit",
            "https://example.com/reset?id=12",
            "www.example1.com",
            "//example.com/reset?token=1",
            "Zurücksetzen",
            "a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3",
        ] {
            assert_eq!(secret_len(text), None, "{text}");
        }
    }

    #[test]
    fn iban_vectors() {
        for ok in [
            "NL91ABNA0417164300",
            "NL91 ABNA 0417 1643 00",
            "nl91abna0417164300",
            "NL02ABNA0123456789",
            "NL20INGB0001234567",
            "NL68KNAB0123456789",
            "BE71 0961 2345 6769",
            "BE68539007547034",
            "DE89 3704 0044 0532 0130 00",
            "FR1420041010050500013M02606",
            "FR76 3000 6000 0112 3456 7890 189",
            "GB82WEST12345698765432",
            "NL91\u{a0}ABNA\u{a0}0417\u{a0}1643\u{a0}00",
        ] {
            assert!(is_iban(ok), "{ok}");
        }
        assert_eq!(iban_prefix("BE33-6504-9122-9346 ten"), Some(19));
        assert_eq!(iban_prefix("NL91ABNA0417164300"), Some(18));
        assert_eq!(iban_prefix("NL91ABNA04171643001"), None);
        for bad in [
            "NL91ABNA0417164301",
            "NL91ABNA041716430",
            "NL91ABN00417164300",
            "NL00ABNA0417164300",
            "DE89370400440532013001",
            "BE68539007547035",
        ] {
            assert!(!is_iban(bad), "{bad}");
        }
    }

    #[test]
    fn btw_and_ob_vectors() {
        for ok in [
            "NL000099998B57",
            "NL002455799B11",
            "NL123456789B13",
            "NL 0000.99.998.B57",
            "000099998B57",
            "nl000099998b57",
        ] {
            assert!(is_btw_id(ok), "{ok}");
        }
        for bad in [
            "NL000099998B58",
            "NL123456789B56",
            "NL12345678B01",
            "NL000055557B34",
        ] {
            assert!(!is_btw_id(bad), "{bad}");
        }
        assert!(is_ob_number("NL004495445B01"));
        assert!(is_ob_number("NL123456782B01"));
        assert!(!is_ob_number("NL123456789B01"));
        assert!(!is_ob_number("NL000099998B57"));
        // Digits passing the elfproef make an OB number, also where mod 97 passes by chance.
        assert!(is_ob_number("NL111223118B01"));
        assert!(!is_btw_id("NL111223118B01"));
    }

    #[test]
    fn card_vectors() {
        for ok in [
            "4111111111111111",
            "5555555555554444",
            "2221000000000009",
            "378282246310005",
            "6011111111111117",
            "3530111333300000",
            "30569309025904",
            "6759649826438453",
        ] {
            assert!(is_card(ok.as_bytes()), "{ok}");
        }
        for bad in [
            "4111111111111112",
            "5555555555554445",
            "378282246310006",
            "1234567812345678",
            "490154203237518",
        ] {
            assert!(!is_card(bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn ip_vectors() {
        assert!(is_public_ipv4("8.8.8.7"));
        assert!(is_public_ipv4("84.21.130.7"));
        for bad in [
            "8.8.8.8",
            "149.112.112.112",
            "208.67.222.222",
            "203.0.113.7",
            "192.0.2.1",
            "192.168.1.10",
            "10.0.0.1",
            "127.0.0.1",
            "256.1.1.1",
            "010.001.001.001",
            "172.16.5.4",
        ] {
            assert!(!is_public_ipv4(bad), "{bad}");
        }
        assert!(is_public_ipv6("2a02:a46:1f2::7"));
        assert!(is_public_ipv6("2a01:0598:85a3:0000:0000:8a2e:0370:7334"));
        assert!(is_public_ipv6("2606:4700:4700::1112"));
        for bad in [
            "2606:4700:4700::1111",
            "2001:4860:4860:0:0:0:0:8888",
            "2a10:50c0::ad1:ff",
            "2a0d:2a00:1::2",
            "::ffff:1.1.1.1",
            "2001:db8::1",
            "::1",
            "fe80::1ff:fe23:4567:890a",
            "2001:db8:::1",
            "1::2::3",
            "12:30:45",
            "00:1A:2B:3C:4D:5E",
        ] {
            assert!(!is_public_ipv6(bad), "{bad}");
        }
    }

    #[test]
    fn birth_date_vectors() {
        for ok in [
            "12-03-1985",
            "1-4-1990",
            "03/07/1979",
            "29.02.1992",
            "5 mei 1960",
            "17 okt. 2001",
            "1985-03-12",
            "12 March 1985",
            "March 12, 1985",
            "3. März 1970",
            "12-03-'85",
        ] {
            assert!(is_birth_date(ok), "{ok}");
        }
        for bad in [
            "31-02-1990",
            "29-02-1991",
            "32-01-2000",
            "13/13/1999",
            "12-03-2099",
            "12-03-1850",
        ] {
            assert!(!is_birth_date(bad), "{bad}");
        }
    }

    #[test]
    fn postcode_vectors() {
        for ok in ["1012 AB", "1012AB", "NL-2611ET", "9999 ZZ", "1000 AA"] {
            assert!(is_postcode_nl(ok), "{ok}");
        }
        for bad in [
            "0123 AB", "1012 SS", "1012 SA", "1012 SD", "2048 MB", "1024 KB", "10123 AB",
            "2023 en", "2019 op",
        ] {
            assert!(!is_postcode_nl(bad) || has_unit_letters(bad), "{bad}");
        }
    }

    #[test]
    fn kenteken_vectors() {
        for ok in [
            "GB-12-DF", "1-KBB-12", "123-BB-1", "AB-12-34", "12-GBX-3", "VB-123-X", "G-123-BB",
            "GBB-12-X", "G-12-BBB", "1-BB-123", "GBB12X",
            // A banned pair across two groups is no banned pair.
            "BS-PS-64", "BSPS64", "DS-PV-12",
            // `SP` is banned from side code 13 on, `KVT` and `VVD` from 8 on.
            "SPL-78-J", "BS-SP-64", "12-KVT-3",
        ] {
            assert!(is_kenteken(ok), "{ok}");
        }
        for bad in [
            "12-ABC-3",
            "1-NSB-12",
            "12-SS-GH",
            "BS-SD-64",
            "1-SP-123",
            "1-KVT-12",
            "AB-1234",
            "1-AB-1234",
            "ABC-123",
        ] {
            assert!(!is_kenteken(bad), "{bad}");
        }
    }

    #[test]
    fn document_and_email_vectors() {
        for ok in [
            "SPECI2014",
            "XR1001R58",
            "NW1234P56",
            "IB12F3K47",
            "XR 1001R5 8",
        ] {
            assert!(is_nl_document(ok), "{ok}");
        }
        for bad in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"] {
            assert!(!is_nl_document(bad), "{bad}");
        }
        // Belgian eID: the last two digits are the first ten MOD 97, 97 for a remainder of 0.
        for ok in [
            "591-1234567-53",
            "123-4567890-02",
            "000-0009700-97",
            "591123456753",
        ] {
            assert!(is_be_eid(ok), "{ok}");
        }
        for bad in [
            "591-1234567-54",
            "000-0009700-00",
            "591-1234567-5",
            "123-4567890-03",
        ] {
            assert!(!is_be_eid(bad), "{bad}");
        }
        assert!(is_email("jan.devries@voorbeeld.nl"));
        assert!(is_email("j.de-vries+support@mail.example.co.uk"));
        assert!(!is_email("icon@2x.png"));
        assert!(!is_email("CAHMdBctGHUEm+B8DH+MEyMzynsuRN@mail.gmail.com"));
        assert!(!is_email("jan@voorbeeld"));
        // Senders no person reads; role addresses a person may answer stay.
        for machine in [
            "noreply@klm-mail.example",
            "no-reply@shop.example",
            "do_not_reply@bank.example",
            "ba.notifications@ba-mail.example",
            "MAILER-DAEMON@mx.example",
        ] {
            assert!(!is_email(machine), "{machine}");
        }
        assert!(is_email("info@garagevandijk.nl"));
        assert!(is_email("noreply.jan.devries@gmail.com"));
        assert!(is_email("noreply+jan.devries@gmail.com"));
        assert!(!is_email("noreply2@shop.example"));
        assert!(is_email("replyto.jan@example.nl"));
    }
}
