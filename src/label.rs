//! The fixed set of personal-data labels (names as in design.md).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A kind of personal data. Serialised in SCREAMING_SNAKE_CASE, exactly as design.md names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Label {
    /// A natural person's name.
    Person,
    /// An e-mail address.
    Email,
    /// A telephone number.
    Phone,
    /// An international bank account number.
    Iban,
    /// A Dutch citizen service number (also sofinummer and the old omzetbelastingnummer).
    Bsn,
    /// Street + house number (+ addition), or a customer's PO box.
    Address,
    /// A postal code of an address.
    Postcode,
    /// A full payment card number.
    CreditCard,
    /// A public IPv4 or IPv6 address.
    IpAddress,
    /// A date of birth (only dates with birth context).
    DateOfBirth,
    /// A passport, identity card or driving licence number.
    IdDocument,
    /// A vehicle registration plate (kenteken, Kennzeichen).
    LicensePlate,
    /// A VAT identification number (btw-id).
    BtwId,
    /// A Chamber of Commerce (KvK) number.
    Kvk,
    /// A health term (GDPR art. 9 health or genetic data): `diabetes`, `huisarts`,
    /// `Krankmeldung`, `DNA test`.
    Health,
    /// A secret written after a credential word: a password, PIN or access code (the secret,
    /// not the word).
    Credential,
}

impl Label {
    /// Every label, in declaration order.
    pub const ALL: [Label; 16] = [
        Label::Person,
        Label::Email,
        Label::Phone,
        Label::Iban,
        Label::Bsn,
        Label::Address,
        Label::Postcode,
        Label::CreditCard,
        Label::IpAddress,
        Label::DateOfBirth,
        Label::IdDocument,
        Label::LicensePlate,
        Label::BtwId,
        Label::Kvk,
        Label::Health,
        Label::Credential,
    ];

    /// Health data and credentials: always replaced by a plain placeholder and never hashed,
    /// since nothing of such a value may be kept.
    pub fn is_special_category(self) -> bool {
        matches!(self, Label::Health | Label::Credential)
    }

    /// The label's name as written in every output (`CREDIT_CARD`).
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Email => "EMAIL",
            Label::Phone => "PHONE",
            Label::Iban => "IBAN",
            Label::Bsn => "BSN",
            Label::Address => "ADDRESS",
            Label::Postcode => "POSTCODE",
            Label::CreditCard => "CREDIT_CARD",
            Label::IpAddress => "IP_ADDRESS",
            Label::DateOfBirth => "DATE_OF_BIRTH",
            Label::IdDocument => "ID_DOCUMENT",
            Label::LicensePlate => "LICENSE_PLATE",
            Label::BtwId => "BTW_ID",
            Label::Kvk => "KVK",
            Label::Health => "HEALTH",
            Label::Credential => "CREDENTIAL",
        }
    }

    /// Tie-break priority when two findings overlap with the same score: the more specific,
    /// checksum-backed kinds win (an IBAN's digits are not also a phone number or a BSN). A
    /// secret after a password word outranks what its characters look like; a health word is
    /// the weakest evidence (a surname such as `Parkinson` or `Krebs` is a person).
    pub fn priority(self) -> u8 {
        match self {
            Label::Email => 100,
            Label::Iban => 95,
            Label::CreditCard => 90,
            Label::Credential => 88,
            Label::BtwId => 85,
            Label::Bsn => 80,
            Label::IpAddress => 75,
            Label::Phone => 70,
            Label::DateOfBirth => 65,
            Label::IdDocument => 60,
            Label::Kvk => 55,
            Label::LicensePlate => 50,
            Label::Address => 45,
            Label::Postcode => 40,
            Label::Person => 30,
            Label::Health => 20,
        }
    }

    /// Position in [`Label::ALL`], for compact per-label tables.
    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error for a label name that is not one of design.md's labels.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown label `{0}` (known: PERSON EMAIL PHONE IBAN BSN ADDRESS POSTCODE CREDIT_CARD IP_ADDRESS DATE_OF_BIRTH ID_DOCUMENT LICENSE_PLATE BTW_ID KVK HEALTH CREDENTIAL)")]
pub struct UnknownLabel(pub String);

impl FromStr for Label {
    type Err = UnknownLabel;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Label::ALL
            .into_iter()
            .find(|l| l.as_str() == s)
            .ok_or_else(|| UnknownLabel(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_through_str_and_serde() {
        for label in Label::ALL {
            assert_eq!(label.as_str().parse::<Label>().unwrap(), label);
            let json = serde_json::to_string(&label).unwrap();
            assert_eq!(json, format!("\"{}\"", label.as_str()));
        }
        assert!("CREDITCARD".parse::<Label>().is_err());
        assert_eq!("HEALTH".parse::<Label>().unwrap(), Label::Health);
        assert_eq!("CREDENTIAL".parse::<Label>().unwrap(), Label::Credential);
    }

    #[test]
    fn index_matches_position_in_all() {
        for (i, label) in Label::ALL.into_iter().enumerate() {
            assert_eq!(label.index(), i);
        }
    }
}
