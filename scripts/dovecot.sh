#!/usr/bin/env bash
# Installs what the IMAP, Sieve and delivery-filter tests need (Dovecot IMAP, LMTP/LDA and
# Pigeonhole Sieve; procmail) when it is missing. Idempotent: does nothing when the programs are
# there. The tests start their own Dovecot per test (loopback port, temporary maildir), so no
# daemon is started here.
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

have() {
  command -v dovecot >/dev/null 2>&1 &&
    [ -x /usr/lib/dovecot/dovecot-lda ] &&
    [ -x /usr/lib/dovecot/imap ] &&
    ls /usr/lib/dovecot/modules/lib90_sieve_plugin.so >/dev/null 2>&1 &&
    ls /usr/lib/dovecot/modules/sieve/lib90_sieve_extprograms_plugin.so >/dev/null 2>&1 &&
    [ -x /usr/bin/procmail ]
}

if have; then
  exit 0
fi
echo "dovecot.sh: installing dovecot-imapd dovecot-lmtpd dovecot-sieve procmail" >&2
as_root apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
  dovecot-imapd dovecot-lmtpd dovecot-sieve procmail >/dev/null
have || { echo "dovecot.sh: Dovecot/procmail installed but their programs are missing" >&2; exit 1; }
