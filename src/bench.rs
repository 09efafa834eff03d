//! Throughput benchmark of the scan path (JSON in, detect + policy, JSON out).

use std::time::{Duration, Instant};

use serde::Serialize;

use crate::batch::BATCH_MESSAGES;
use crate::detect::BatchScratch;
use crate::jsonl::{parse_record, InputRecord};
use crate::pipeline::Scrubber;

/// Figures of one benchmark run.
#[derive(Debug, Clone, Serialize)]
pub struct BenchResult {
    /// Input bytes.
    pub bytes: usize,
    /// Messages.
    pub messages: usize,
    /// Findings written.
    pub findings: usize,
    /// Lines that are no record (bad JSON, no `text`): not scanned, and not in `messages`.
    pub malformed_lines: usize,
    /// Wall-clock seconds of the scan.
    pub seconds: f64,
    /// CPU seconds the scanning thread ran (from /proc/thread-self/schedstat), where the
    /// platform tells: on a shared machine the fair figure.
    pub cpu_seconds: Option<f64>,
    /// Megabytes (10^6) per CPU second.
    pub mb_per_cpu_s: Option<f64>,
    /// Megabytes (10^6) per second.
    pub mb_per_s: f64,
    /// Messages per second.
    pub msg_per_s: f64,
    /// Peak resident set size of the process, MB (from /proc/self/status VmHWM).
    pub peak_rss_mb: Option<f64>,
}

/// Builds at least `target` bytes of JSONL by repeating `corpus` lines with fresh ids. Stops at
/// the first line past `target`, so the buffer is allocated once (a reallocation near the end
/// would briefly hold the input twice and inflate the peak RSS figure).
pub fn synthesize(corpus: &str, target: usize) -> String {
    let texts: Vec<String> = corpus
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| parse_record(l).ok().map(|rec| rec.text))
        .collect();
    let longest = texts.iter().map(String::len).max().unwrap_or(0);
    // A line is its text, JSON-escaped (at most 6 bytes per byte), plus the id and braces.
    let mut out = String::with_capacity(target + 6 * longest + 64);
    if texts.is_empty() {
        return out;
    }
    'fill: for round in 0.. {
        for (i, text) in texts.iter().enumerate() {
            if out.len() >= target {
                break 'fill;
            }
            // Only the text matters to the scanner; ids keep records distinct.
            let obj = serde_json::json!({ "id": format!("bench-{round}-{i}"), "text": text });
            out.push_str(&obj.to_string());
            out.push('\n');
        }
    }
    out
}

/// Peak RSS in MB, where the platform tells.
pub fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// CPU time the calling thread has run, in seconds (Linux).
pub fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// Scans every line of `input` on the current thread, writing output into a reused buffer.
pub fn run_single_thread(scrubber: &Scrubber, input: &str) -> BenchResult {
    let mut batch = BatchScratch::default();
    let mut sink = Vec::with_capacity(1 << 20);
    let mut messages = 0;
    let mut findings = 0;
    let mut malformed_lines = 0;
    let cpu_start = thread_cpu_seconds();
    let start = Instant::now();
    let mut records = Vec::with_capacity(BATCH_MESSAGES);
    let mut flush = |records: &mut Vec<(InputRecord, usize)>| {
        let refs: Vec<(&InputRecord, usize)> = records.iter().map(|(r, l)| (r, *l)).collect();
        for out in scrubber.process_lines(&refs, false, &mut batch) {
            findings += out.matches("\"label\"").count();
            sink.extend_from_slice(out.as_bytes());
            sink.push(b'\n');
            if sink.len() > (1 << 20) {
                sink.clear();
            }
            messages += 1;
        }
        records.clear();
    };
    for (i, line) in input.lines().enumerate() {
        if let Ok(rec) = parse_record(line) {
            records.push((rec, i + 1));
            if records.len() == BATCH_MESSAGES {
                flush(&mut records);
            }
        } else if !line.trim().is_empty() {
            malformed_lines += 1;
        }
    }
    flush(&mut records);
    let elapsed = start.elapsed().max(Duration::from_micros(1));
    let seconds = elapsed.as_secs_f64();
    let cpu_seconds = cpu_start
        .zip(thread_cpu_seconds())
        .map(|(a, b)| (b - a).max(1e-6));
    BenchResult {
        bytes: input.len(),
        messages,
        findings,
        malformed_lines,
        seconds,
        cpu_seconds,
        mb_per_cpu_s: cpu_seconds.map(|c| input.len() as f64 / 1e6 / c),
        mb_per_s: input.len() as f64 / 1e6 / seconds,
        msg_per_s: messages as f64 / seconds,
        peak_rss_mb: peak_rss_mb(),
    }
}
