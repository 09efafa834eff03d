//! Policy: per finding, whether it is needed to resolve the request, with a one-sentence reason
//! that names the rule and the evidence, never the value.
//!
//! Defaults (each overridable per label under `[policy.LABEL]` in the config):
//! - never needed in support, always redacted: BSN, ID_DOCUMENT, CREDIT_CARD, DATE_OF_BIRTH,
//!   HEALTH, CREDENTIAL;
//! - IBAN kept until the ticket closes when the request is about a refund, a direct debit or a
//!   payment change; ADDRESS/POSTCODE when it is about a change of address or a delivery;
//! - the requester's own e-mail, phone and name kept (needed to reply), and a phone number in a
//!   call-me-back request; contact data of third parties redacted;
//! - business customers' KVK and BTW_ID kept (company data the organisation must retain);
//! - IP addresses and licence plates redacted.

use std::collections::BTreeMap;
use std::fmt;

use aho_corasick::MatchKind;
use serde::{Deserialize, Serialize};

use crate::detect::org::canonical_phone;
use crate::detect::tiered::TieredAutomaton;
use crate::detect::wordlist::WordLists;
use crate::detect::{Detector, Finding};
use crate::label::Label;

/// What happens to a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Replaced by a placeholder.
    Redact,
    /// Masked (last characters kept where useful).
    Mask,
    /// Replaced by a keyed pseudonym.
    Pseudonymise,
    /// Kept: needed to resolve the request.
    Keep,
    /// Kept while the ticket is open, redacted when it closes.
    KeepUntilClosed,
}

impl Action {
    /// The action's name in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Redact => "redact",
            Action::Mask => "mask",
            Action::Pseudonymise => "pseudonymise",
            Action::Keep => "keep",
            Action::KeepUntilClosed => "keep_until_closed",
        }
    }

    /// Whether the value disappears from the text now.
    pub fn removes_value(self) -> bool {
        matches!(self, Action::Redact | Action::Mask | Action::Pseudonymise)
    }
}

/// What a request is about, recognised by intent words (`rules/wordlists/intent_words.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Intent {
    /// Money back.
    Refund,
    /// A direct-debit mandate.
    DirectDebit,
    /// A change of bank account or payment method.
    PaymentChange,
    /// A change of address.
    AddressChange,
    /// A delivery or shipment.
    Delivery,
    /// A request to be called back.
    Callback,
}

impl Intent {
    fn parse(s: &str) -> Option<Intent> {
        Some(match s {
            "refund" => Intent::Refund,
            "direct_debit" => Intent::DirectDebit,
            "payment_change" => Intent::PaymentChange,
            "address_change" => Intent::AddressChange,
            "delivery" => Intent::Delivery,
            "callback" => Intent::Callback,
            _ => return None,
        })
    }

    fn describe(self) -> &'static str {
        match self {
            Intent::Refund => "a refund",
            Intent::DirectDebit => "a direct-debit",
            Intent::PaymentChange => "a payment-change",
            Intent::AddressChange => "a change-of-address",
            Intent::Delivery => "a delivery",
            Intent::Callback => "a call-back",
        }
    }
}

/// The policy for one label, as written under `[policy.LABEL]`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelPolicy {
    /// What happens when nothing below applies.
    pub action: Action,
    /// Intents for which the value is kept until the ticket closes.
    #[serde(default)]
    pub keep_until_closed_for: Vec<Intent>,
    /// Intents for which the value is kept.
    #[serde(default)]
    pub keep_for: Vec<Intent>,
    /// Keep the value when it is the requester's own (e-mail, phone, name).
    #[serde(default)]
    pub keep_if_requester: bool,
}

/// `[policy]`: per-label overrides of the defaults.
pub type PolicyConfig = BTreeMap<Label, LabelPolicy>;

/// The requester of a message, as far as the source knows (form fields, mail sender, author).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Requester {
    /// Display name.
    pub name: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// Phone number.
    pub phone: Option<String>,
}

/// A decision about one finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    /// What happens.
    pub action: Action,
    /// Why, in one sentence that names the rule and never the value.
    pub reason: String,
}

/// Intents found in a message, with the phrase that showed each.
#[derive(Debug, Clone, Default)]
pub struct Intents(Vec<(Intent, String)>);

impl Intents {
    fn evidence(&self, wanted: &[Intent]) -> Option<&(Intent, String)> {
        self.0.iter().find(|(i, _)| wanted.contains(i))
    }

    /// Whether `intent` was found.
    pub fn contains(&self, intent: Intent) -> bool {
        self.0.iter().any(|(i, _)| *i == intent)
    }

    /// Adds the intents of `earlier` (the subject, the thread's earlier messages) that these
    /// lack.
    pub fn add(&mut self, earlier: Intents) {
        for (intent, word) in earlier.0 {
            if !self.contains(intent) {
                self.0.push((intent, word));
            }
        }
    }

    /// The evidence words, one per line: [`Policy::intents`] finds the same intents in them.
    pub fn words(&self) -> String {
        let mut out = String::new();
        for (_, word) in &self.0 {
            out.push_str(word);
            out.push('\n');
        }
        out
    }
}

/// Decides per finding; build once, share.
#[derive(Clone)]
pub struct Policy {
    labels: BTreeMap<Label, LabelPolicy>,
    phrases: Option<TieredAutomaton>,
    phrase_intent: Vec<(Intent, String)>,
}

impl fmt::Debug for Policy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Policy")
            .field("labels", &self.labels)
            .finish_non_exhaustive()
    }
}

/// The built-in policy of a label.
pub fn default_label_policy(label: Label) -> LabelPolicy {
    let p = |action, until: &[Intent], keep: &[Intent], requester| LabelPolicy {
        action,
        keep_until_closed_for: until.to_vec(),
        keep_for: keep.to_vec(),
        keep_if_requester: requester,
    };
    use Intent::*;
    match label {
        Label::Iban => p(
            Action::Redact,
            &[Refund, DirectDebit, PaymentChange],
            &[],
            false,
        ),
        Label::Address | Label::Postcode => {
            p(Action::Redact, &[AddressChange, Delivery], &[], false)
        }
        Label::Email | Label::Person => p(Action::Redact, &[], &[], true),
        Label::Phone => p(Action::Redact, &[], &[Callback], true),
        Label::Kvk | Label::BtwId => p(Action::Keep, &[], &[], false),
        _ => p(Action::Redact, &[], &[], false),
    }
}

/// Why a label is redacted by default, in one sentence.
fn default_reason(label: Label) -> &'static str {
    match label {
        Label::Bsn => {
            "a BSN may only be processed where a law requires it and is never needed in support"
        }
        Label::IdDocument => "identity-document numbers are never needed in support",
        Label::CreditCard => "full card numbers are never needed in support",
        Label::DateOfBirth => "birth dates are never needed in support",
        Label::Health => {
            "health data is special-category data (GDPR art. 9) and is never needed in support"
        }
        Label::Credential => {
            "a password, PIN or access code is never needed in support and must not be kept"
        }
        Label::Iban => "the request is not about a refund, direct debit or payment change",
        Label::Address | Label::Postcode => {
            "the request is not about a change of address or a delivery"
        }
        Label::Person => "the name of someone other than the requester",
        Label::Email | Label::Phone => "contact data of someone other than the requester",
        Label::IpAddress => "IP addresses are not needed to resolve a request",
        Label::LicensePlate => "licence plates are not needed to resolve a request",
        Label::Kvk | Label::BtwId => "business identifiers are kept unless configured otherwise",
    }
}

impl Policy {
    /// Builds the policy from the config overrides and the intent word list.
    pub fn new(config: &PolicyConfig, lists: &WordLists) -> Result<Policy, String> {
        let labels = Label::ALL
            .into_iter()
            .map(|l| {
                (
                    l,
                    config
                        .get(&l)
                        .cloned()
                        .unwrap_or_else(|| default_label_policy(l)),
                )
            })
            .collect();
        let mut phrase_intent = Vec::new();
        for e in lists.get("intent_words").unwrap_or_default() {
            // Columns: intent, language, phrase.
            let intent = Intent::parse(&e.value)
                .ok_or_else(|| format!("intent_words: unknown intent `{}`", e.value))?;
            if let Some(phrase) = e.extra.first() {
                phrase_intent.push((intent, phrase.to_lowercase()));
            }
        }
        let phrases = if phrase_intent.is_empty() {
            None
        } else {
            let patterns = phrase_intent.iter().map(|(_, p)| p.clone()).collect();
            Some(TieredAutomaton::new(patterns, MatchKind::LeftmostLongest)?)
        };
        Ok(Policy {
            labels,
            phrases,
            phrase_intent,
        })
    }

    /// The intents of a message: intent phrases found as whole words (a phrase may continue
    /// into a compound: `terugbetaling` in `terugbetalingen`).
    pub fn intents(&self, text: &str) -> Intents {
        let mut found: Vec<(Intent, String)> = Vec::new();
        let Some(ac) = &self.phrases else {
            return Intents(found);
        };
        for m in ac.get(text.len()).find_iter(text) {
            if m.start() > 0
                && text[..m.start()]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let (intent, phrase) = &self.phrase_intent[m.pattern().as_usize()];
            if !found.iter().any(|(i, _)| i == intent) {
                found.push((*intent, phrase.clone()));
            }
        }
        Intents(found)
    }

    /// Whether deciding on `findings` reads the message's intents: only labels kept for some
    /// request do (by default IBAN, addresses, postcodes and phone numbers). The others are
    /// decided alike whatever the message asks, so their messages need no intent search.
    pub fn reads_intents(&self, findings: &[Finding]) -> bool {
        findings.iter().any(|f| {
            self.labels
                .get(&f.label)
                .is_some_and(|p| !p.keep_for.is_empty() || !p.keep_until_closed_for.is_empty())
        })
    }

    /// The decision for `finding` (whose text is `value`) in a message with `intents` from
    /// `requester`.
    pub fn decide(
        &self,
        detector: &Detector,
        finding: &Finding,
        value: &str,
        intents: &Intents,
        requester: &Requester,
    ) -> Decision {
        let label = finding.label;
        let rule = &detector.rule(finding.rule).id;
        let p = &self.labels[&label];
        if p.keep_if_requester && is_requesters(label, value, requester) {
            return Decision {
                action: Action::Keep,
                reason: format!("kept: the requester's own {label}, needed to reply (rule {rule})"),
            };
        }
        if let Some((intent, phrase)) = intents.evidence(&p.keep_for) {
            return Decision {
                action: Action::Keep,
                reason: format!(
                    "kept: {label} needed for {} request (words: '{phrase}'; rule {rule})",
                    intent.describe()
                ),
            };
        }
        if let Some((intent, phrase)) = intents.evidence(&p.keep_until_closed_for) {
            return Decision {
                action: Action::KeepUntilClosed,
                reason: format!(
                    "kept until closed: {label} needed for {} request (words: '{phrase}'; rule {rule})",
                    intent.describe()
                ),
            };
        }
        let verb = match p.action {
            Action::Keep => "kept",
            Action::KeepUntilClosed => "kept until closed",
            Action::Mask => "masked",
            Action::Pseudonymise => "pseudonymised",
            Action::Redact => "redacted",
        };
        let why = if *p == default_label_policy(label) {
            unknown_requester_reason(label, requester).unwrap_or_else(|| default_reason(label))
        } else {
            "configured in [policy]"
        };
        Decision {
            action: p.action,
            reason: format!("{verb}: {why} (rule {rule})"),
        }
    }
}

/// Why a name or contact detail is redacted when the record does not say who the requester is:
/// then it is not known to be someone else's either.
fn unknown_requester_reason(label: Label, r: &Requester) -> Option<&'static str> {
    if requesters_own(label, r).is_some() {
        return None;
    }
    match label {
        Label::Person => {
            Some("the record gives no requester name, so the name cannot be told to be theirs")
        }
        Label::Email => Some(
            "the record has no requester e-mail address, so this one cannot be told to be theirs",
        ),
        Label::Phone => {
            Some("the record has no requester phone number and the message asks for no call back")
        }
        _ => None,
    }
}

/// The requester's own name, e-mail address or phone number, whichever `label` is, if the
/// record gives it (a blank field gives none).
fn requesters_own(label: Label, r: &Requester) -> Option<&str> {
    let field = match label {
        Label::Person => &r.name,
        Label::Email => &r.email,
        Label::Phone => &r.phone,
        _ => return None,
    };
    field.as_deref().filter(|v| !v.trim().is_empty())
}

/// Whether a value is the requester's own contact data or name.
fn is_requesters(label: Label, value: &str, r: &Requester) -> bool {
    requesters_own(label, r).is_some_and(|own| match label {
        Label::Email => own.trim().eq_ignore_ascii_case(value),
        Label::Phone => canonical_phone(own) == canonical_phone(value),
        _ => {
            let n = own.to_lowercase();
            let v = value.to_lowercase();
            n == v || n.split_whitespace().any(|w| w == v) || n.ends_with(&format!(" {v}"))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn setup() -> (Detector, Policy) {
        let d = Detector::new(&Config::default()).unwrap();
        let p = Policy::new(&PolicyConfig::new(), d.word_lists()).unwrap();
        (d, p)
    }

    fn decide(text: &str, requester: &Requester) -> Vec<(Label, Action, String)> {
        let (d, p) = setup();
        let scan = d.detect(text);
        let intents = p.intents(text);
        scan.findings
            .iter()
            .map(|f| {
                let dec = p.decide(&d, f, &text[f.start..f.end], &intents, requester);
                (f.label, dec.action, dec.reason)
            })
            .collect()
    }

    #[test]
    fn only_labels_kept_for_a_request_read_the_intents() {
        let (d, p) = setup();
        let labels = |text: &str| d.detect(text).findings;
        let bsn_only = labels("Mijn BSN is 111222333.");
        assert!(!bsn_only.is_empty() && !p.reads_intents(&bsn_only));
        let with_iban = labels("Mijn BSN is 111222333, rekening NL02ABNA0123456789.");
        assert!(p.reads_intents(&with_iban));
        let mut config = PolicyConfig::new();
        config.insert(
            Label::Bsn,
            LabelPolicy {
                keep_for: vec![Intent::Refund],
                ..default_label_policy(Label::Bsn)
            },
        );
        let configured = Policy::new(&config, d.word_lists()).unwrap();
        assert!(configured.reads_intents(&bsn_only));
    }

    #[test]
    fn iban_is_kept_until_closed_only_for_payment_requests() {
        let kept = decide(
            "Graag een terugbetaling op NL02ABNA0123456789.",
            &Requester::default(),
        );
        assert_eq!(kept[0].1, Action::KeepUntilClosed, "{kept:?}");
        assert!(
            kept[0].2.contains("refund") && kept[0].2.contains("common.iban"),
            "{kept:?}"
        );
        assert!(!kept[0].2.contains("NL02"), "no value in reasons");
        let red = decide(
            "Mijn rekening is NL02ABNA0123456789, de app crasht.",
            &Requester::default(),
        );
        assert_eq!(red[0].1, Action::Redact);
    }

    #[test]
    fn bsn_is_always_redacted_and_business_ids_kept() {
        let r = decide(
            "Terugbetaling graag, BSN 111222333, KvK 69599084.",
            &Requester::default(),
        );
        let bsn = r.iter().find(|x| x.0 == Label::Bsn).unwrap();
        assert_eq!(bsn.1, Action::Redact);
        let kvk = r.iter().find(|x| x.0 == Label::Kvk).unwrap();
        assert_eq!(kvk.1, Action::Keep);
    }

    #[test]
    fn requesters_own_contact_data_is_kept_third_parties_redacted() {
        let me = Requester {
            name: Some("Pieter Jansen".into()),
            email: Some("pieter@voorbeeld.nl".into()),
            phone: Some("0612345678".into()),
        };
        let r = decide("Mail mij op pieter@voorbeeld.nl of bel 06-12345678; mijn collega Megan: megan@voorbeeld.nl", &me);
        let actions: Vec<(Label, Action)> = r.iter().map(|x| (x.0, x.1)).collect();
        assert!(actions.contains(&(Label::Email, Action::Keep)), "{r:?}");
        assert!(actions.contains(&(Label::Phone, Action::Keep)), "{r:?}");
        assert!(actions.contains(&(Label::Email, Action::Redact)), "{r:?}");
        assert!(actions.contains(&(Label::Person, Action::Redact)), "{r:?}");
        let megan = r.iter().find(|x| x.0 == Label::Person).unwrap();
        assert!(
            megan.2.contains("someone other than the requester"),
            "{r:?}"
        );
    }

    #[test]
    fn without_a_requester_on_the_record_the_reason_does_not_call_them_someone_else() {
        let text = "Groet, Pieter Jansen, pieter@voorbeeld.nl, 06-12345678";
        // No requester fields, or blank ones.
        let blank = Requester {
            name: Some(" ".into()),
            email: Some(String::new()),
            phone: None,
        };
        for requester in [Requester::default(), blank] {
            let r = decide(text, &requester);
            assert_eq!(r.len(), 3, "{r:?}");
            for (label, action, reason) in &r {
                assert_eq!(*action, Action::Redact, "{label}");
                assert!(reason.contains("no requester"), "{label}: {reason}");
                assert!(!reason.contains("someone other"), "{label}: {reason}");
            }
        }
        // A requester with an e-mail address but no name: the name's reason says just that.
        let only_email = Requester {
            email: Some("anna@voorbeeld.nl".into()),
            ..Requester::default()
        };
        let r = decide(text, &only_email);
        let person = r.iter().find(|x| x.0 == Label::Person).unwrap();
        assert!(person.2.contains("gives no requester name"), "{r:?}");
        let email = r.iter().find(|x| x.0 == Label::Email).unwrap();
        assert!(
            email.2.contains("someone other than the requester"),
            "{r:?}"
        );
    }

    #[test]
    fn health_data_and_credentials_are_always_redacted() {
        let me = Requester {
            name: Some("Pieter Jansen".into()),
            email: None,
            phone: None,
        };
        let r = decide(
            "Graag een terugbetaling, bel me terug. Mijn wachtwoord is Zk8#vQ2mTp! en ik heb diabetes.",
            &me,
        );
        let health = r.iter().find(|x| x.0 == Label::Health).expect("HEALTH");
        assert_eq!(health.1, Action::Redact);
        assert_eq!(
            health.2,
            "redacted: health data is special-category data (GDPR art. 9) and is never needed in support (rule nl.health)"
        );
        let secret = r
            .iter()
            .find(|x| x.0 == Label::Credential)
            .expect("CREDENTIAL");
        assert_eq!(secret.1, Action::Redact);
        assert_eq!(
            secret.2,
            "redacted: a password, PIN or access code is never needed in support and must not be kept (rule common.credential)"
        );
        assert!(r
            .iter()
            .all(|x| !x.2.contains("diabetes") && !x.2.contains("Zk8")));
    }

    #[test]
    fn health_and_credential_policies_are_configurable() {
        let cfg = Config::parse(
            "[policy.HEALTH]\naction = \"mask\"\n[policy.CREDENTIAL]\naction = \"redact\"\n",
            "x.toml",
        )
        .unwrap();
        assert_eq!(cfg.policy[&Label::Health].action, Action::Mask);
        let d = Detector::new(&Config::default()).unwrap();
        let p = Policy::new(&cfg.policy, d.word_lists()).unwrap();
        let text = "Ik heb diabetes.";
        let f = d.detect(text).findings[0];
        let dec = p.decide(
            &d,
            &f,
            &text[f.start..f.end],
            &p.intents(text),
            &Requester::default(),
        );
        assert_eq!(dec.action, Action::Mask);
        assert_eq!(
            dec.reason,
            "masked: configured in [policy] (rule nl.health)"
        );
    }

    #[test]
    fn configured_overrides_apply_and_unknown_labels_fail() {
        let cfg = Config::parse("[policy.KVK]\naction = \"redact\"\n", "x.toml").unwrap();
        assert_eq!(cfg.policy[&Label::Kvk].action, Action::Redact);
        assert!(Config::parse("[policy.KVKK]\naction = \"redact\"\n", "x.toml").is_err());
        assert!(Config::parse("[policy.KVK]\naction = \"shred\"\n", "x.toml").is_err());
    }
}
