//! Policy: per finding, whether it is needed to resolve the request, with a one-sentence reason.
//!
//! Until the ticket context is known (store/worker), every finding is redacted.

use serde::{Deserialize, Serialize};

use crate::detect::{Detector, Finding};

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

/// A decision about one finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// What happens.
    pub action: Action,
    /// Why, in one sentence that names the rule and never the value.
    pub reason: String,
}

/// Decides per finding.
#[derive(Debug, Clone, Default)]
pub struct Policy;

impl Policy {
    /// The decision for `finding` in a message.
    pub fn decide(&self, detector: &Detector, finding: &Finding) -> Decision {
        Decision {
            action: Action::Redact,
            reason: format!("detected by rule {}", detector.rule(finding.rule).id),
        }
    }
}
