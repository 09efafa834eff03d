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

/// Lets libFuzzer's crash handler run on its own stack, so that a stack overflow is reported
/// and its input saved like any other crash. Without it the handler runs on the overflowed
/// stack and the process dies silently: libFuzzer sets `SA_ONSTACK` only when the handler it
/// replaced had it, and with `no_main` Rust's runtime sets up no signal stack.
fn handle_stack_overflow() {
    const SIZE: usize = 1 << 16;
    let stack = Box::leak(vec![0u8; SIZE].into_boxed_slice());
    // SAFETY: the signal stack is leaked memory that lives as long as the process; the
    // SIGSEGV action is read and written back with one more flag, on the main thread, before
    // any input runs.
    unsafe {
        let alt = libc::stack_t {
            ss_sp: stack.as_mut_ptr().cast(),
            ss_flags: 0,
            ss_size: SIZE,
        };
        libc::sigaltstack(&alt, std::ptr::null_mut());
        for signal in [libc::SIGSEGV, libc::SIGBUS] {
            let mut action: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(signal, std::ptr::null(), &mut action) == 0 {
                action.sa_flags |= libc::SA_ONSTACK;
                libc::sigaction(signal, &action, std::ptr::null_mut());
            }
        }
    }
}

fuzz_target!(
    init: {
        handle_stack_overflow();
        scrubber();
    },
    |data: &[u8]| {
        if let Ok(mail) = redact_message(data, scrubber()) {
            assert!(
                mail_parser::MessageParser::default()
                    .parse(&mail.bytes)
                    .is_some(),
                "redacted output does not re-parse"
            );
        }
    }
);
