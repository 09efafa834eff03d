//! Ordered parallel processing of JSONL input: lines are read in batches, processed on all
//! cores (rayon), and written in input order. Malformed lines are reported with their line
//! number and skipped; the rest is processed.

use std::io::{BufRead, Write};

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::detect::BatchScratch;
use crate::jsonl::{parse_record, InputRecord};

/// Bytes of input per batch.
const BATCH_BYTES: usize = 4 << 20;

/// Records handed to the processing function at a time: a batch is detected rule by rule
/// ([`crate::detect::Detector::detect_batch`]).
pub const BATCH_MESSAGES: usize = 1024;

/// A JSONL line as a record; `None` for a blank line.
pub(crate) fn parse_line(raw: &[u8]) -> Result<Option<InputRecord>, String> {
    let line = std::str::from_utf8(raw)
        .map_err(|e| format!("not valid UTF-8 (byte {})", e.valid_up_to()))?;
    let line = line.trim_end_matches(['\n', '\r']);
    if line.trim().is_empty() {
        return Ok(None);
    }
    parse_record(line).map(Some)
}

/// Counts of a run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    /// Records processed.
    pub records: usize,
    /// Lines skipped because they were malformed.
    pub skipped: usize,
    /// Input bytes read.
    pub bytes: u64,
}

/// A progress bar on stderr when it is a terminal (`total` bytes if known).
pub fn progress_bar(total: Option<u64>) -> Option<ProgressBar> {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let pb = match total {
        Some(n) => ProgressBar::new(n).with_style(
            ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
            )
            .expect("template"),
        ),
        None => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {bytes} {bytes_per_sec}").expect("template"),
        ),
    };
    Some(pb)
}

/// Processes every JSONL line of `input` with `f` and writes each result as a line to `out`,
/// in input order. `f` gets the parsed records of up to [`BATCH_MESSAGES`] lines at a time, each
/// with its 1-based line number, and returns one output line per record (in their order).
/// Errors go to stderr as `name:line: message`.
pub fn run<R, W, F>(
    mut input: R,
    out: &mut W,
    name: &str,
    progress: Option<&ProgressBar>,
    f: F,
) -> std::io::Result<Stats>
where
    R: BufRead,
    W: Write,
    F: Fn(&[(&InputRecord, usize)], &mut BatchScratch) -> Vec<String> + Sync,
{
    let mut stats = Stats::default();
    let mut line_no = 0usize;
    let mut eof = false;
    while !eof {
        let mut batch: Vec<(usize, Vec<u8>)> = Vec::new();
        let mut size = 0;
        while size < BATCH_BYTES {
            let mut buf = Vec::new();
            let n = input.read_until(b'\n', &mut buf)?;
            if n == 0 {
                eof = true;
                break;
            }
            line_no += 1;
            size += n;
            stats.bytes += n as u64;
            batch.push((line_no, buf));
        }
        let results: Vec<(usize, Result<Option<String>, String>)> = batch
            .par_chunks(BATCH_MESSAGES)
            .map_init(BatchScratch::default, |scratch, lines| {
                let parsed: Vec<(usize, Result<Option<InputRecord>, String>)> = lines
                    .iter()
                    .map(|(no, raw)| (*no, parse_line(raw)))
                    .collect();
                let records: Vec<(&InputRecord, usize)> = parsed
                    .iter()
                    .filter_map(|(no, res)| match res {
                        Ok(Some(rec)) => Some((rec, *no)),
                        _ => None,
                    })
                    .collect();
                let mut outputs = f(&records, scratch).into_iter();
                parsed
                    .into_iter()
                    .map(|(no, res)| {
                        let res = res
                            .map(|rec| rec.map(|_| outputs.next().expect("one output per record")));
                        (no, res)
                    })
                    .collect::<Vec<_>>()
            })
            .flatten_iter()
            .collect();
        for (no, res) in results {
            match res {
                Ok(Some(s)) => {
                    out.write_all(s.as_bytes())?;
                    out.write_all(b"\n")?;
                    stats.records += 1;
                }
                Ok(None) => {}
                Err(msg) => {
                    stats.skipped += 1;
                    if let Some(pb) = progress {
                        pb.suspend(|| eprintln!("{name}:{no}: {msg}; line skipped"));
                    } else {
                        eprintln!("{name}:{no}: {msg}; line skipped");
                    }
                }
            }
        }
        if let Some(pb) = progress {
            pb.set_position(stats.bytes);
        }
    }
    out.flush()?;
    Ok(stats)
}
