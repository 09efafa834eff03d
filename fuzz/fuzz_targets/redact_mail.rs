//! Fuzz target: `redact_message` never panics and returns either a message that re-parses
//! to the same part tree (checked inside) or an error.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use pii_scrubber::config::Config;
use pii_scrubber::mail::redact_message;
use pii_scrubber::pipeline::Scrubber;
use pii_scrubber::redact::Method;

fn scrubber() -> &'static Scrubber {
    static S: OnceLock<Scrubber> = OnceLock::new();
    S.get_or_init(|| {
        Scrubber::from_config(&Config::default(), Method::Placeholder).expect("default scrubber")
    })
}

fuzz_target!(|data: &[u8]| {
    if let Ok(mail) = redact_message(data, scrubber()) {
        assert!(
            mail_parser::MessageParser::default()
                .parse(&mail.bytes)
                .is_some(),
            "redacted output does not re-parse"
        );
    }
});
