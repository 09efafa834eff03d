#!/usr/bin/env bash
# Runs the cargo-fuzz target `redact_mail` (fuzz/fuzz_targets/redact_mail.rs) for a bounded time on
# the stable toolchain: the libFuzzer coverage instrumentation (`-Cpasses=sancov-module`) needs no
# nightly, only AddressSanitizer would, and safe Rust does not need it to find panics.
#   scripts/fuzz.sh [SECONDS]   (default 60; scripts/test.sh runs it)
# The seed corpus (fuzz/corpus/redact_mail, the e-mail corpus, plus the inputs of earlier crashes
# in tests/fuzz-regressions, which tests/mail.rs also runs) is copied, never modified. A crash
# leaves its input in fuzz/artifacts/ and fails the script; the script also prints the input
# (base64; the inputs are mutations of the synthetic corpus) so that a crash on CI can be
# reproduced: `base64 -d > crash && fuzz/target/*/release/redact_mail crash`.
# A stack overflow is reported and saved like a panic: the target gives libFuzzer's crash
# handler a signal stack of its own.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
SECONDS_TO_RUN=${1:-60}
TARGET=$(rustc -vV | sed -n 's/^host: //p')
export RUSTFLAGS="--cfg fuzzing -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares"
# Built like the shipped binary (no debug assertions: mail-parser has `debug_assert!(false)` on
# inputs it handles fine in release builds). --target keeps the flags off build scripts and proc
# macros (as cargo-fuzz does). Not --locked: fuzz/Cargo.lock follows the main crate's
# dependencies and is brought up to date here when they change.
cargo build --release --target "$TARGET" --bin redact_mail
work=$(mktemp -d)
trap 'rm -rf "$work" "$work.log"' EXIT
cp corpus/redact_mail/* ../tests/fuzz-regressions/* "$work/"
mkdir -p artifacts
echo "fuzz.sh: fuzzing redact_mail for ${SECONDS_TO_RUN}s" >&2
set +e
"target/$TARGET/release/redact_mail" "$work" -max_total_time="$SECONDS_TO_RUN" \
  -rss_limit_mb=2048 -timeout=10 -artifact_prefix=artifacts/ -print_final_stats=1 \
  >"$work.log" 2>&1
status=$?
set -e
grep -E '^(==|INFO: seed|Done |stat::number_of_executed_units|SUMMARY|.*panicked)' "$work.log" || true
if [ "$status" -ne 0 ]; then
  tail -n 30 "$work.log" >&2
  for crash in artifacts/*; do
    [ -f "$crash" ] || continue
    echo "fuzz.sh: $crash (base64):" >&2
    base64 -w 0 "$crash" >&2
    echo >&2
  done
  echo "fuzz.sh: the fuzzer failed (exit $status); the failing input is in fuzz/artifacts/" >&2
  exit 1
fi
