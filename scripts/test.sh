#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs and starts what the tests need, then runs
# formatting and lint checks, every test (release build, so the 50 MB message test runs at full
# size) and the rule examples. Used by CI (.ci/run) too.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo >/dev/null 2>&1; then
  echo "test.sh: Rust (cargo) is required, see https://rustup.rs" >&2
  exit 1
fi

cargo fmt --all -- --check
cargo clippy --all-targets --locked -- -D warnings
if cargo nextest --version >/dev/null 2>&1; then
  cargo nextest run --release --locked --no-fail-fast
else
  cargo test --release --locked --no-fail-fast
fi
cargo run --release --locked --quiet -- rules test
