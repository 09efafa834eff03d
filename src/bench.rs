//! Throughput benchmark of the scan path (JSON in, detect + policy, JSON out).

use std::io::{BufRead, Read};
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::batch::{parse_line, BATCH_MESSAGES};
use crate::detect::BatchScratch;
use crate::jsonl::{parse_record, write_json_str, InputRecord};
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

/// The corpus repeated as JSONL lines with fresh ids, made one line at a time as the bench reads
/// them, so that the input is never held in memory whole (it would be most of the bench's peak
/// RSS). Each text is JSON-escaped once; a line costs a copy.
#[derive(Debug)]
pub struct Repeated {
    /// The corpus' texts, JSON-escaped with their quotes.
    texts: Vec<String>,
    /// Bytes to make; the line that passes this is the last.
    target: usize,
    made: usize,
    round: usize,
    next_text: usize,
    line: Vec<u8>,
    read: usize,
}

impl Repeated {
    /// At least `target` bytes of JSONL (stopping after the line that passes it) made of the
    /// texts of `corpus`'s records; nothing if it has none.
    pub fn new(corpus: &str, target: usize) -> Repeated {
        let texts = corpus
            .lines()
            .filter(|l| !l.trim().is_empty())
            .filter_map(|l| parse_record(l).ok())
            .map(|rec| {
                let mut escaped = String::new();
                write_json_str(&mut escaped, &rec.text);
                escaped
            })
            .collect();
        Repeated {
            texts,
            target,
            made: 0,
            round: 0,
            next_text: 0,
            line: Vec::new(),
            read: 0,
        }
    }

    /// Makes the next line into `self.line`; leaves it empty at the end.
    fn make_line(&mut self) {
        use std::io::Write;
        self.line.clear();
        self.read = 0;
        if self.made >= self.target || self.texts.is_empty() {
            return;
        }
        // Only the text matters to the scanner; ids keep records distinct.
        let text = &self.texts[self.next_text];
        writeln!(
            self.line,
            "{{\"id\":\"bench-{}-{}\",\"text\":{text}}}",
            self.round, self.next_text
        )
        .expect("writing to a Vec does not fail");
        self.made += self.line.len();
        self.next_text += 1;
        if self.next_text == self.texts.len() {
            self.next_text = 0;
            self.round += 1;
        }
    }
}

impl Read for Repeated {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Repeated {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        if self.read == self.line.len() {
            self.make_line();
        }
        Ok(&self.line[self.read..])
    }

    fn consume(&mut self, n: usize) {
        self.read = (self.read + n).min(self.line.len());
    }
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

/// Scans every line of `input` on the current thread, reading it as it goes (as `scan` does)
/// and writing output into a reused buffer. A line that is no record (not UTF-8, bad JSON, no
/// `text`) is counted in `malformed_lines` and skipped.
pub fn run_single_thread(
    scrubber: &Scrubber,
    mut input: impl BufRead,
) -> std::io::Result<BenchResult> {
    let mut batch = BatchScratch::default();
    let mut sink = Vec::with_capacity(1 << 20);
    let mut bytes = 0;
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
    let mut line = Vec::new();
    let mut line_no = 0;
    loop {
        line.clear();
        let n = input.read_until(b'\n', &mut line)?;
        if n == 0 {
            break;
        }
        bytes += n;
        line_no += 1;
        match parse_line(&line) {
            Ok(Some(rec)) => {
                records.push((rec, line_no));
                if records.len() == BATCH_MESSAGES {
                    flush(&mut records);
                }
            }
            Ok(None) => {}
            Err(_) => malformed_lines += 1,
        }
    }
    flush(&mut records);
    let elapsed = start.elapsed().max(Duration::from_micros(1));
    let seconds = elapsed.as_secs_f64();
    let cpu_seconds = cpu_start
        .zip(thread_cpu_seconds())
        .map(|(a, b)| (b - a).max(1e-6));
    Ok(BenchResult {
        bytes,
        messages,
        findings,
        malformed_lines,
        seconds,
        cpu_seconds,
        mb_per_cpu_s: cpu_seconds.map(|c| bytes as f64 / 1e6 / c),
        mb_per_s: bytes as f64 / 1e6 / seconds,
        msg_per_s: messages as f64 / seconds,
        peak_rss_mb: peak_rss_mb(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_repeated_corpus_is_made_line_by_line_up_to_its_target() {
        let corpus = "{\"id\":1,\"text\":\"Beste Jan,\\n\\\"bel\\\" me\"}\n\nnot json\n{\"text\":\"tweede\"}\n";
        let mut all = String::new();
        Repeated::new(corpus, 200).read_to_string(&mut all).unwrap();
        let lines: Vec<&str> = all.lines().collect();
        // Every line is a record whose text is one of the corpus' texts, in their order.
        let records: Vec<InputRecord> = lines.iter().map(|l| parse_record(l).unwrap()).collect();
        for (i, rec) in records.iter().enumerate() {
            let want = ["Beste Jan,\n\"bel\" me", "tweede"][i % 2];
            assert_eq!(rec.text, want);
        }
        // The line that passes the target is the last.
        let before_last = all.len() - lines.last().unwrap().len() - 1;
        assert!(before_last < 200 && all.len() >= 200, "{}", all.len());
        // Fresh ids keep the records apart.
        let ids: std::collections::HashSet<String> = records
            .iter()
            .map(|r| r.id.as_ref().unwrap().get().to_string())
            .collect();
        assert_eq!(ids.len(), records.len());
        // A corpus without records makes nothing.
        let mut none = String::new();
        Repeated::new("{broken\n", 100)
            .read_to_string(&mut none)
            .unwrap();
        assert!(none.is_empty());
    }
}
