#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs and starts what the tests need (PostgreSQL on
# 127.0.0.1:5432 with a database `test`; Dovecot), then runs formatting and lint checks, every test
# (release build, so the 50 MB message test runs at full size), the rule examples and a one-minute
# fuzzing run of the MIME redaction path.
# Used by CI (.ci/run) too.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo >/dev/null 2>&1; then
  echo "test.sh: Rust (cargo) is required, see https://rustup.rs" >&2
  exit 1
fi

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# PostgreSQL: use the running server, else start the installed cluster, else install one.
pg_ready() { pg_isready -q -h 127.0.0.1 -p 5432 >/dev/null 2>&1; }
if ! pg_ready; then
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    echo "test.sh: installing PostgreSQL" >&2
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    ver=$(ls /etc/postgresql | sort -V | tail -1)
    # Tests connect over TCP as `postgres` without a password, like the CI machine's setup.
    as_root sed -i '1i host all all 127.0.0.1/32 trust' "/etc/postgresql/$ver/main/pg_hba.conf"
  fi
  ver=$(ls /etc/postgresql | sort -V | tail -1)
  as_root pg_ctlcluster --skip-systemctl-redirect "$ver" main start || true
  for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
  pg_ready || { echo "test.sh: PostgreSQL did not start on 127.0.0.1:5432" >&2; exit 1; }
fi
if ! psql -h 127.0.0.1 -U postgres -d test -Atc 'select 1' >/dev/null 2>&1; then
  psql -h 127.0.0.1 -U postgres -d postgres -c 'CREATE DATABASE test' >/dev/null
fi

# Dovecot (IMAP, LMTP/LDA, Sieve) for the IMAP and Sieve tests: installed when missing; each
# test starts its own server. Required here, so a missing Dovecot fails instead of skipping.
bash scripts/dovecot.sh
export PII_SCRUBBER_REQUIRE_DOVECOT=1

cargo fmt --all -- --check
cargo clippy --all-targets --locked -- -D warnings
if cargo nextest --version >/dev/null 2>&1; then
  cargo nextest run --release --locked --no-fail-fast
else
  cargo test --release --locked --no-fail-fast
fi
cargo run --release --locked --quiet -- rules test
# The MIME redaction fuzz target, for a bounded time (stable toolchain; see the script).
bash scripts/fuzz.sh 60
