//! Telephone-number validation against the numbering plans of the Netherlands, Belgium,
//! Germany and the United Kingdom (national significant numbers, without the trunk `0`).
//!
//! The candidate text comes from a loose rule pattern; [`longest_valid_prefix`] trims it to the
//! longest prefix, ending at a digit group, that is a valid number, so that a year or an order
//! number written after a phone number is not swallowed.

/// Which national plan a number written with a trunk `0` is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NationalPlan {
    /// Dutch first, then Belgian (both are common in Dutch text).
    NlBe,
    /// German.
    De,
    /// British.
    Uk,
}

/// NL 2-digit geographic area codes (after the trunk 0).
const NL_AREA2: [u8; 30] = [
    10, 13, 15, 20, 23, 24, 26, 30, 33, 35, 36, 38, 40, 43, 45, 46, 50, 53, 55, 58, 70, 71, 72, 73,
    74, 75, 76, 77, 78, 79,
];

/// NL 3-digit geographic area codes (after the trunk 0).
const NL_AREA3: [u16; 111] = [
    111, 113, 114, 115, 117, 118, 161, 162, 164, 165, 166, 167, 168, 172, 174, 180, 181, 182, 183,
    184, 186, 187, 222, 223, 224, 226, 227, 228, 229, 251, 252, 255, 294, 297, 299, 313, 314, 315,
    316, 317, 318, 320, 321, 341, 342, 343, 344, 345, 346, 347, 348, 411, 412, 413, 416, 418, 475,
    478, 481, 485, 486, 487, 488, 492, 493, 495, 497, 499, 511, 512, 513, 514, 515, 516, 517, 518,
    519, 521, 522, 523, 524, 525, 527, 528, 529, 541, 543, 544, 545, 546, 547, 548, 561, 562, 566,
    570, 571, 572, 573, 575, 577, 578, 591, 592, 593, 594, 595, 596, 597, 598, 599,
];

fn num(d: &[u8]) -> u32 {
    d.iter()
        .fold(0u32, |acc, &c| acc * 10 + u32::from(c - b'0'))
}

/// A Dutch national significant number (no trunk 0) of a person or business line.
/// Free-phone (0800) and premium (090x) numbers are organisational, never personal: rejected.
pub fn valid_nl(nsn: &[u8]) -> bool {
    match nsn.len() {
        9 => {
            let two = num(&nsn[..2]) as u8;
            let three = num(&nsn[..3]) as u16;
            matches!(two, 61..=65 | 68 | 85 | 91 | 88 | 84 | 87 | 66)
                || NL_AREA2.contains(&two)
                || NL_AREA3.contains(&three)
        }
        11 => nsn.starts_with(b"970"),
        _ => false,
    }
}

/// A Belgian national significant number (no trunk 0).
pub fn valid_be(nsn: &[u8]) -> bool {
    match nsn.len() {
        9 => nsn[0] == b'4' && (b'5'..=b'9').contains(&nsn[1]),
        8 => match nsn[0] {
            b'2' | b'3' => (b'2'..=b'8').contains(&nsn[1]),
            b'9' => (b'2'..=b'4').contains(&nsn[1]),
            b'4' => !(b'5'..=b'9').contains(&nsn[1]),
            b'1' | b'5' | b'6' | b'7' | b'8' => !nsn.starts_with(b"800") && !nsn.starts_with(b"90"),
            _ => false,
        },
        _ => false,
    }
}

/// A German national significant number (no trunk 0): mobiles 15x/16x/17x, otherwise a
/// geographic number of 6 to 11 digits starting 2–9.
pub fn valid_de(nsn: &[u8]) -> bool {
    match nsn.first() {
        Some(b'1') => nsn.len() >= 10 && nsn.len() <= 11 && matches!(nsn[1], b'5' | b'6' | b'7'),
        Some(b'2'..=b'9') => {
            (6..=11).contains(&nsn.len()) && !nsn.starts_with(b"800") && !nsn.starts_with(b"900")
        }
        _ => false,
    }
}

/// A British national significant number (no trunk 0).
pub fn valid_uk(nsn: &[u8]) -> bool {
    match nsn.first() {
        Some(b'1' | b'2' | b'3') => nsn.len() == 10,
        Some(b'7') => nsn.len() == 10 && nsn[1] != b'0',
        _ => false,
    }
}

/// Whether a written number that starts with `+` or `00` is a valid international number.
/// `unbroken_00`: it is written as `00` and digits only, without any separator.
fn valid_international(digits: &[u8], unbroken_00: bool) -> bool {
    // `digits` excludes the `+`/`00` prefix and any `(0)`.
    let check = |cc: usize, f: fn(&[u8]) -> bool| {
        let mut nsn = &digits[cc..];
        // "+31 0 6 12345678": a redundant trunk zero.
        if nsn.first() == Some(&b'0') {
            nsn = &nsn[1..];
        }
        f(nsn)
    };
    if digits.starts_with(b"31") {
        check(2, valid_nl)
    } else if digits.starts_with(b"32") {
        check(2, valid_be)
    } else if digits.starts_with(b"49") {
        check(2, valid_de)
    } else if digits.starts_with(b"44") {
        check(2, valid_uk)
    } else {
        // Other countries: a plausible E.164 length and no leading zero in the country code.
        // An unbroken `00` run (`0050001234567890`) is a transaction or reference number far
        // more often than a phone number, which is written with `+` or in groups.
        !unbroken_00
            && digits.first().is_some_and(|&d| d != b'0')
            && (9..=15).contains(&digits.len())
    }
}

fn valid_national(digits: &[u8], plan: NationalPlan) -> bool {
    let Some(nsn) = digits.strip_prefix(b"0") else {
        return false;
    };
    if nsn.first() == Some(&b'0') {
        return false;
    }
    match plan {
        NationalPlan::NlBe => valid_nl(nsn) || valid_be(nsn),
        NationalPlan::De => valid_de(nsn),
        NationalPlan::Uk => valid_uk(nsn),
    }
}

/// Digits of a written number with any `(0)` trunk marker removed; `None` if it holds other
/// characters than digits, separators and parentheses.
fn digits_of(text: &str) -> Option<(bool, Vec<u8>)> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(16);
    let mut i = 0;
    let mut international = false;
    if bytes.first() == Some(&b'+') {
        international = true;
        i = 1;
    }
    while i < bytes.len() {
        let b = bytes[i];
        if bytes[i..].starts_with(b"(0)") && (international || !out.is_empty()) {
            i += 3;
            continue;
        }
        match b {
            b'0'..=b'9' => out.push(b),
            b' ' | b'-' | b'.' | b'/' | b'(' | b')' | b'\t' => {}
            0xC2 | 0xA0 | 0xE2 | 0x80 | 0xAF => {} // NBSP (C2 A0), narrow NBSP (E2 80 AF)
            _ => return None,
        }
        i += 1;
    }
    if !international && out.starts_with(b"00") {
        international = true;
        out.drain(..2);
    }
    Some((international, out))
}

/// Starts like a date (`04-04-2024`, `4/4/24`, `2024-04-04`): never a phone number.
fn looks_like_date(text: &str) -> bool {
    fn run(b: &[u8], i: usize) -> usize {
        b[i..].iter().take_while(|c| c.is_ascii_digit()).count()
    }
    let b = text.as_bytes();
    let a = run(b, 0);
    let Some(&sep) = b.get(a) else { return false };
    if !matches!(sep, b'-' | b'/' | b'.') {
        return false;
    }
    let m = run(b, a + 1);
    if b.get(a + 1 + m) != Some(&sep) {
        return false;
    }
    let y = run(b, a + 2 + m);
    ((1..=2).contains(&a) && (1..=2).contains(&m) && (y == 2 || y == 4))
        || (a == 4 && (1..=2).contains(&m) && (1..=2).contains(&y))
}

/// Written as a Belgian enterprise (KBO) or VAT number, `0727.786.248`: ten digits in groups of
/// 4, 3 and 3 joined by dots, the first 0 or 1, the last two 97 minus the first eight modulo 97.
/// Such a number has a phone number's shape (`BTW BE 0727.786.248`), but phones are not
/// written so and do not pass the check but by chance.
fn is_be_enterprise_number(text: &str) -> bool {
    let b = text.as_bytes();
    let shape = b.len() == 12
        && matches!(b[0], b'0' | b'1')
        && b[4] == b'.'
        && b[8] == b'.'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 8 || c.is_ascii_digit());
    if !shape {
        return false;
    }
    let first_eight = b[..4].iter().chain(&b[5..8]).chain(&b[9..10]).copied();
    let check = u32::from(b[10] - b'0') * 10 + u32::from(b[11] - b'0');
    super::checksum::mod97(first_eight).is_some_and(|r| 97 - r == check)
}

/// `06` written as its own group (`06-…`, `06 …`, `(06)`): the Dutch mobile prefix.
fn is_written_as_dutch_mobile(text: &str) -> bool {
    let t = text.trim_start_matches('(');
    t.starts_with("06") && t.as_bytes().get(2).is_some_and(|b| !b.is_ascii_digit())
}

/// Whether `text` (the whole written number) is a valid number; national numbers are checked
/// against `plan`.
pub fn is_valid(text: &str, plan: NationalPlan) -> bool {
    if looks_like_date(text) || is_be_enterprise_number(text) {
        return false;
    }
    let Some((international, digits)) = digits_of(text) else {
        return false;
    };
    if international {
        let unbroken_00 = text.starts_with("00") && text.bytes().all(|b| b.is_ascii_digit());
        valid_international(&digits, unbroken_00)
    } else if plan == NationalPlan::NlBe && is_written_as_dutch_mobile(text) {
        // "06-1234567" is a mistyped Dutch mobile, not Belgian zone 061.
        digits.len() == 10 && valid_nl(&digits[1..])
    } else {
        valid_national(&digits, plan)
    }
}

/// The byte length of the longest prefix of `text` that ends at a digit and is a valid phone
/// number, if any.
pub fn longest_valid_prefix(text: &str, plan: NationalPlan) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut ends: Vec<usize> = (1..=bytes.len())
        .filter(|&i| {
            bytes[i - 1].is_ascii_digit() && bytes.get(i).is_none_or(|b| !b.is_ascii_digit())
        })
        .collect();
    // Also allow a closing parenthesis right after the digits: "(020)" is never an end though.
    ends.reverse();
    ends.into_iter().find(|&end| is_valid(&text[..end], plan))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_written_variants_are_valid() {
        for t in [
            "06-12345678",
            "06 12345678",
            "06 1234 5678",
            "06-12 34 56 78",
            "06 - 123 456 78",
            "0612345678",
            "(06) 12345678",
            "+31 6 12345678",
            "+316-12345678",
            "+31 (0)6 1234 5678",
            "+31 (0) 6-123 456 78",
            "+31 0 6 12345678",
            "0031 6 1234 5678",
            "0031612345678",
            "020-1234567",
            "020 123 4567",
            "(020) 123 45 67",
            "+31(0)20-1234567",
            "0031-(0)20-1234567",
            "+31-20-1234567",
            "+31.20.123.45.67",
            "020/1234567",
            "0111-123456",
            "097012345678",
            "085 123 4567",
            "088 123 4567",
        ] {
            assert!(is_valid(t, NationalPlan::NlBe), "{t} should be valid");
        }
    }

    #[test]
    fn unbroken_00_runs_of_other_countries_are_reference_numbers() {
        assert!(!is_valid("0050001234567890", NationalPlan::NlBe));
        assert!(!is_valid("00351912345678", NationalPlan::NlBe));
        // Written in groups or with +, or for a country the plans know: phone numbers.
        assert!(is_valid("00351 912 345 678", NationalPlan::NlBe));
        assert!(is_valid("+351912345678", NationalPlan::NlBe));
        assert!(is_valid("0031612345678", NationalPlan::NlBe));
    }

    #[test]
    fn dutch_invalid_numbers_and_traps() {
        for t in [
            "06-1234567",
            "06-123456789",
            "+31 6 1234 567",
            "06 01234567",
            "067 1234567",
            "069 1234567",
            "020-123456",
            "012-3456789",
            "0800-123",
            "0800-1234",
            "0900-1234567",
            "04-04-2024",
            "06-12-2023",
            "0123456789",
            // Belgian enterprise numbers (mod 97).
            "0727.786.248",
            "0718.810.382",
        ] {
            assert!(!is_valid(t, NationalPlan::NlBe), "{t} should be invalid");
        }
        // The same shape without a passing check, and the digits written otherwise, are phones.
        for t in ["0727.786.249", "0727 786 248", "072-7786248"] {
            assert!(is_valid(t, NationalPlan::NlBe), "{t} should be valid");
        }
    }

    #[test]
    fn belgian_german_and_british_numbers() {
        assert!(is_valid("+32 470 12 34 56", NationalPlan::NlBe));
        assert!(is_valid("0470 12 34 56", NationalPlan::NlBe));
        assert!(is_valid("02 511 22 33", NationalPlan::NlBe));
        assert!(is_valid("09 265 12 34", NationalPlan::NlBe));
        assert!(!is_valid("+32 470 12 34 5", NationalPlan::NlBe));
        assert!(!is_valid("09 123 45 67", NationalPlan::NlBe));
        assert!(is_valid("+49 30 12345678", NationalPlan::NlBe));
        assert!(is_valid("0151 23456789", NationalPlan::De));
        assert!(is_valid("030/12345678", NationalPlan::De));
        assert!(is_valid("+49 (0)221 1234567", NationalPlan::De));
        assert!(is_valid("0049 171 1234567", NationalPlan::De));
        assert!(!is_valid("+49 151 234", NationalPlan::De));
        assert!(is_valid("+44 20 7946 0958", NationalPlan::Uk));
        assert!(is_valid("07700 900123", NationalPlan::Uk));
        assert!(is_valid("020 7946 0958", NationalPlan::Uk));
    }

    #[test]
    fn trailing_numbers_are_trimmed_off() {
        let t = "06-12345678 2024";
        assert_eq!(longest_valid_prefix(t, NationalPlan::NlBe), Some(11));
        assert_eq!(
            longest_valid_prefix("06-12-2023 12", NationalPlan::NlBe),
            None
        );
    }
}
