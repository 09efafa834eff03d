//! Ordered parallel processing of JSONL input: lines are read in batches, processed on all
//! cores (rayon), and written in input order. Malformed lines are reported with their line
//! number and skipped; the rest is processed.

use std::io::{BufRead, Write};

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::detect::Scratch;
use crate::jsonl::{parse_record, InputRecord};

/// Bytes of input per batch.
const BATCH_BYTES: usize = 4 << 20;

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

/// Processes every JSONL line of `input` with `f` (given the parsed record and its 1-based line
/// number) and writes each result as a line to `out`, in input order. Errors go to stderr as
/// `name:line: message`.
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
    F: Fn(&InputRecord, usize, &mut Scratch) -> String + Sync,
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
            .par_iter()
            .map_init(Scratch::default, |scratch, (no, raw)| {
                let res = std::str::from_utf8(raw)
                    .map_err(|e| format!("not valid UTF-8 (byte {})", e.valid_up_to()))
                    .and_then(|line| {
                        let line = line.trim_end_matches(['\n', '\r']);
                        if line.trim().is_empty() {
                            return Ok(None);
                        }
                        let rec = parse_record(line)?;
                        Ok(Some(f(&rec, *no, scratch)))
                    });
                (*no, res)
            })
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
