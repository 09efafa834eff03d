#!/usr/bin/env bash
# Filter speed: wall time of `pii-scrubber filter` per 50 KB message, process start included
# (the MTA spawns it once per mail). Prints p50 and p90 over RUNS runs (default 30).
#   scripts/bench-filter.sh [RUNS]
# BIN=path/to/pii-scrubber compares another build (default: target/release/pii-scrubber).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-30}
BIN=${BIN:-target/release/pii-scrubber}
[ -x "$BIN" ] || cargo build --release
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# A 50 KB text/plain message from the synthetic corpus (PII-dense support texts).
python3 - "$TMP/50k.eml" <<'PY'
import json, sys
texts = [json.loads(l)["text"] for l in open("corpus/messages.jsonl", encoding="utf-8")]
body, i = "", 0
while len(body.encode()) < 50_000:
    body += texts[i % len(texts)] + "\n\n"
    i += 1
head = ("From: Jan de Vries <jan.devries@voorbeeld.nl>\nTo: support@zonnestraal.example\n"
        "Subject: Vraag\nMessage-ID: <bench@voorbeeld.nl>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n")
open(sys.argv[1], "wb").write((head + body).encode())
PY
# Timed from Python (fork + exec + run + exit of the binary, as an MTA pays it); timing with
# `date` around each run would add two process starts of its own.
bench() { # label input
    python3 - "$BIN" "$2" "$1" "$RUNS" <<'PY'
import subprocess, sys, time
binary, path, label, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
data = open(path, "rb").read()
times = []
for _ in range(runs):
    start = time.perf_counter_ns()
    # A pipe, as an MTA gives it (the filter refuses /dev/null: the message would be lost).
    subprocess.run([binary, "filter"], input=data, stdout=subprocess.PIPE, check=True)
    times.append((time.perf_counter_ns() - start) / 1e6)
times.sort()
p50, p90 = times[(runs + 1) // 2 - 1], times[min(runs - 1, int(runs * 0.9 + 0.5) - 1)]
print(f"{label:<28} p50 {p50:.1f} ms   p90 {p90:.1f} ms   ({runs} runs)")
PY
}
bench "filter, 50 KB message" "$TMP/50k.eml"
bench "filter, 1 KB message" corpus/eml/01-plain-7bit-lf.eml
echo "machine load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
