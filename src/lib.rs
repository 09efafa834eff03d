//! pii-scrubber finds personal data that customers send unasked — in support tickets, e-mails
//! and social-media messages — and removes what is not needed to resolve their request.
//!
//! Data flows one way: source → [`detect`] → [`policy`] → [`redact`] → store → report.
//!
//! Design choices:
//! - Rules are data (`rules/*.toml` + word lists), compiled once into an immutable
//!   [`detect::Detector`] that every thread shares; validators (checksums, numbering plans) are
//!   Rust.
//! - Detection, policy and redaction are synchronous, deterministic and take `&self`, so they
//!   parallelise trivially and test without a runtime.
//! - Spans are UTF-8 byte offsets into the message text, `end` exclusive.
//! - Values never leave the process except redacted: reports and errors name labels, rules and
//!   offsets, never the value.
#![deny(missing_docs)]

pub mod batch;
pub mod bench;
pub mod config;
pub mod detect;
pub mod eval;
pub mod imap;
pub mod intake;
pub mod jsonl;
pub mod label;
pub mod mail;
pub mod pipeline;
pub mod policy;
pub mod redact;
pub mod report;
pub mod serve;
pub mod shutdown;
pub mod store;
pub mod worker;

pub use config::Config;
pub use detect::{Detector, Finding, Scan};
pub use label::Label;
