//! Checksums and calendar checks used by the validators: elfproef, ISO 7064 MOD 97-10, Luhn.

/// The BSN elfproef: `9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11)`, number non-zero.
/// An 8-digit number is the same number with its leading zero dropped.
pub fn elfproef(digits: &[u8]) -> bool {
    let mut buf = [b'0'; 9];
    match digits.len() {
        9 => buf.copy_from_slice(digits),
        8 => buf[1..].copy_from_slice(digits),
        _ => return false,
    }
    if !buf.iter().all(u8::is_ascii_digit) || buf.iter().all(|&d| d == b'0') {
        return false;
    }
    let mut sum: i32 = 0;
    for (i, &d) in buf.iter().enumerate() {
        let d = i32::from(d - b'0');
        sum += if i == 8 { -d } else { (9 - i as i32) * d };
    }
    sum.rem_euclid(11) == 0
}

/// ISO 7064 MOD 97-10 over an upper-case alphanumeric string read in place
/// (letters count as two digits, A=10 … Z=35). Returns the remainder.
pub fn mod97(chars: impl IntoIterator<Item = u8>) -> Option<u32> {
    let mut rem: u32 = 0;
    for c in chars {
        match c {
            b'0'..=b'9' => rem = (rem * 10 + u32::from(c - b'0')) % 97,
            b'A'..=b'Z' => rem = (rem * 100 + u32::from(c - b'A' + 10)) % 97,
            _ => return None,
        }
    }
    Some(rem)
}

/// The Luhn (mod 10) check over ASCII digits.
pub fn luhn(digits: &[u8]) -> bool {
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d - b'0');
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Whether `year-month-day` is a real calendar date.
pub fn is_calendar_date(year: u32, month: u32, day: u32) -> bool {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elfproef_vectors_from_the_reference() {
        for ok in [
            "111222333",
            "123456782",
            "012345672",
            "12345672",
            "999999990",
            "111111110",
            "696579303",
            "044126396",
        ] {
            assert!(elfproef(ok.as_bytes()), "{ok} should pass");
        }
        for bad in [
            "123456789",
            "111222334",
            "000000000",
            "999999999",
            "1234567890",
            "12345678",
        ] {
            assert!(!elfproef(bad.as_bytes()), "{bad} should fail");
        }
    }

    #[test]
    fn luhn_vectors() {
        assert!(luhn(b"4111111111111111"));
        assert!(luhn(b"378282246310005"));
        assert!(!luhn(b"4111111111111112"));
        assert!(!luhn(b"1234567812345678"));
    }

    #[test]
    fn mod97_of_a_valid_iban_rearranged_is_one() {
        let s = b"ABNA0417164300NL91";
        assert_eq!(mod97(s.iter().copied()), Some(1));
        assert_eq!(mod97(b"AB-1".iter().copied()), None);
    }

    #[test]
    fn calendar() {
        assert!(is_calendar_date(1992, 2, 29));
        assert!(!is_calendar_date(1991, 2, 29));
        assert!(!is_calendar_date(1990, 2, 31));
        assert!(!is_calendar_date(2000, 13, 1));
        assert!(is_calendar_date(2000, 2, 29));
        assert!(!is_calendar_date(1900, 2, 29));
    }
}
