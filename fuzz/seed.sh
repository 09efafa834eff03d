#!/bin/sh
# Copies the e-mail golden corpus into the fuzz seed corpus (fuzz/corpus/redact_mail).
set -e
cd "$(dirname "$0")"
mkdir -p corpus/redact_mail
for f in ../corpus/eml/*.eml; do
    case "$f" in *.redacted.eml) continue ;; esac
    cp "$f" corpus/redact_mail/
done
echo "$(ls corpus/redact_mail | wc -l) seeds in fuzz/corpus/redact_mail"
