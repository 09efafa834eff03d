//! The drop directory source: JSONL files put into `DIR/tickets/` or `DIR/social/` are ingested
//! and then deleted; a file with unreadable lines is moved to `DIR/failed/` with a `.errors`
//! file naming each line (never its content), for a person to handle. Writers should create a
//! file under another name (e.g. `x.jsonl.tmp`) and rename it to `*.jsonl` when complete.

use std::path::{Path, PathBuf};

use crate::intake::{ingest_reader, IngestError, Kind};
use crate::pipeline::Scrubber;
use crate::shutdown::Stop;
use crate::store::Store;

use super::{Stats, WorkerError};

/// The subdirectory each kind of record is dropped into.
fn subdir(kind: Kind) -> &'static str {
    match kind {
        Kind::Tickets => "tickets",
        Kind::Social => "social",
    }
}

/// Complete `*.jsonl` files in `dir`, oldest name first.
fn pending(dir: &Path) -> Result<Vec<PathBuf>, WorkerError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(WorkerError::io(dir, e)),
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl") && p.is_file())
        .collect();
    files.sort();
    Ok(files)
}

/// Ingests every complete file in the drop directory `dir`. A store error stops the scan and
/// leaves the file in place: ingesting it again later stores nothing twice.
pub async fn scan(
    dir: &Path,
    scrubber: &Scrubber,
    store: &Store,
    stats: &mut Stats,
    stop: &Stop,
) -> Result<(), WorkerError> {
    for kind in [Kind::Tickets, Kind::Social] {
        for path in pending(&dir.join(subdir(kind)))? {
            if stop.is_set() {
                return Ok(());
            }
            let file = std::fs::File::open(&path).map_err(|e| WorkerError::io(&path, e))?;
            let name = path.display().to_string();
            let reader = std::io::BufReader::with_capacity(1 << 16, file);
            match ingest_reader(scrubber, store, kind, reader, &name, |_| {}).await {
                Ok(summary) => {
                    stats.files += 1;
                    stats.stored += summary.stored;
                    stats.duplicates += summary.duplicates;
                    stats.skipped_lines += summary.skipped.len();
                    if summary.skipped.is_empty() {
                        std::fs::remove_file(&path).map_err(|e| WorkerError::io(&path, e))?;
                    } else {
                        for line in &summary.skipped {
                            eprintln!("worker: {line}; line skipped");
                        }
                        set_aside(dir, kind, &path, &summary.skipped.join("\n"))?;
                    }
                }
                Err(IngestError::Read(why)) => {
                    eprintln!("worker: {why}; file moved to failed/");
                    set_aside(dir, kind, &path, &why)?;
                }
                Err(IngestError::Store(e)) => return Err(e.into()),
            }
        }
    }
    Ok(())
}

/// Moves a file a person must look at to `DIR/failed/KIND/` with a `.errors` file beside it.
fn set_aside(dir: &Path, kind: Kind, path: &Path, errors: &str) -> Result<(), WorkerError> {
    let failed = dir.join("failed").join(subdir(kind));
    std::fs::create_dir_all(&failed).map_err(|e| WorkerError::io(&failed, e))?;
    let file_name = path.file_name().unwrap_or_default();
    let target = failed.join(file_name);
    let mut report = target.clone().into_os_string();
    report.push(".errors");
    std::fs::write(&report, format!("{errors}\n")).map_err(|e| WorkerError::io(&failed, e))?;
    std::fs::rename(path, &target).map_err(|e| WorkerError::io(path, e))?;
    Ok(())
}
