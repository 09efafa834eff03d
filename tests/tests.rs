//! Integration tests, compiled as one binary (one link step).

mod cli;
mod corpus;
mod dovecot;
mod edge_cases;
mod imap;
mod mail;
mod properties;
mod serve;
mod store;
mod worker;

use std::path::PathBuf;
use std::sync::OnceLock;

use pii_scrubber::{Config, Detector};

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The example configuration shipped with the corpus (organisation Zonnestraal).
pub fn corpus_config() -> Config {
    Config::load(&root().join("pii-scrubber.toml")).expect("shipped config loads")
}

/// One detector with the shipped rules and the example organisation, built once.
pub fn detector() -> &'static Detector {
    static D: OnceLock<Detector> = OnceLock::new();
    D.get_or_init(|| Detector::new(&corpus_config()).expect("shipped rules compile"))
}

/// Findings of `text` as (label, value) pairs.
pub fn found(text: &str) -> Vec<(String, String)> {
    detector()
        .detect(text)
        .findings
        .iter()
        .map(|f| (f.label.to_string(), text[f.start..f.end].to_string()))
        .collect()
}
