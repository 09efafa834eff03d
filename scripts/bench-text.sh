#!/usr/bin/env bash
# Scan throughput on running text with little personal data: the prose paragraphs of this
# README (no code blocks or tables), repeated to SIZE MB (default 20) as JSONL, through
# `pii-scrubber bench` (one thread). The corpus bench (`pii-scrubber bench`) measures the
# PII-dense case.
#   scripts/bench-text.sh [SIZE_MB]
# BIN=path/to/pii-scrubber compares another build (default: target/release/pii-scrubber).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB=${1:-20}
BIN=${BIN:-target/release/pii-scrubber}
[ -x "$BIN" ] || cargo build --release
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 - "$TMP/text.jsonl" "$SIZE_MB" <<'PY'
import json, sys
out, size_mb = sys.argv[1], float(sys.argv[2])
paragraphs = [p.strip() for p in open("README.md", encoding="utf-8").read().split("\n\n")]
paragraphs = [p for p in paragraphs if len(p) > 200 and not p.startswith(("```", "|", "#"))]
with open(out, "w", encoding="utf-8") as f:
    n = size = 0
    while size < size_mb * 1e6:
        for p in paragraphs:
            line = json.dumps({"id": f"t{n}", "text": p}) + "\n"
            f.write(line)
            n, size = n + 1, size + len(line.encode())
PY
"$BIN" bench "$TMP/text.jsonl"
