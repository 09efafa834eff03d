//! The drop directory source: JSONL files put into `DIR/tickets/` or `DIR/social/` are ingested
//! and then deleted. Of a file with unreadable lines only those lines are kept, in a file of
//! the same name in `DIR/failed/KIND/` (`NAME-2.jsonl`, `-3` … when an earlier one is still
//! there), with a `.errors` file naming each line (never its
//! content), for a person to handle; its other lines are stored (redacted), so their raw text
//! is not kept. A file that cannot be read to the end is moved there whole. Writers should create a
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

/// Checks the drop directory before the worker starts: it must exist (a mistyped path would
/// otherwise be watched in silence); its `tickets/` and `social/` subdirectories are created,
/// and `*.jsonl` files left directly in it, where nothing reads them, are named.
pub fn prepare(dir: &Path) -> Result<(), WorkerError> {
    if !dir.is_dir() {
        return Err(WorkerError::io(
            dir,
            std::io::Error::new(
                std::io::ErrorKind::NotFound,
                "the drop directory does not exist",
            ),
        ));
    }
    for kind in [Kind::Tickets, Kind::Social] {
        let sub = dir.join(subdir(kind));
        std::fs::create_dir_all(&sub).map_err(|e| WorkerError::io(&sub, e))?;
    }
    for stray in pending(dir)? {
        eprintln!(
            "worker: {}: not read; put JSONL files into tickets/ or social/",
            stray.display()
        );
    }
    Ok(())
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
                        set_aside_lines(dir, kind, &path, &summary)?;
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

/// Where a set-aside file goes (`DIR/failed/KIND/NAME`), with its `.errors` file written.
fn failed_target(
    dir: &Path,
    kind: Kind,
    path: &Path,
    errors: &str,
) -> Result<PathBuf, WorkerError> {
    let failed = dir.join("failed").join(subdir(kind));
    std::fs::create_dir_all(&failed).map_err(|e| WorkerError::io(&failed, e))?;
    let target = free_name(&failed, path);
    std::fs::write(errors_file(&target), format!("{errors}\n"))
        .map_err(|e| WorkerError::io(&failed, e))?;
    Ok(target)
}

/// `NAME.errors` beside `target`.
fn errors_file(target: &Path) -> PathBuf {
    let mut report = target.as_os_str().to_owned();
    report.push(".errors");
    PathBuf::from(report)
}

/// `failed/NAME`, or `STEM-2.EXT`, `STEM-3.EXT` … when an earlier file of that name (a daily
/// export under the same name) is still there: set-aside lines are never overwritten.
fn free_name(failed: &Path, path: &Path) -> PathBuf {
    let name = Path::new(path.file_name().unwrap_or_default());
    let taken = |p: &Path| p.exists() || errors_file(p).exists();
    let first = failed.join(name);
    if !taken(&first) {
        return first;
    }
    let stem = name.file_stem().unwrap_or_default().to_string_lossy();
    let ext = name
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    (2u32..)
        .map(|n| failed.join(format!("{stem}-{n}{ext}")))
        .find(|p| !taken(p))
        .expect("a free name")
}

/// Moves a file a person must look at to `DIR/failed/KIND/` with a `.errors` file beside it.
fn set_aside(dir: &Path, kind: Kind, path: &Path, errors: &str) -> Result<(), WorkerError> {
    let target = failed_target(dir, kind, path, errors)?;
    std::fs::rename(path, &target).map_err(|e| WorkerError::io(path, e))?;
    Ok(())
}

/// Keeps only the skipped lines of an ingested file in `DIR/failed/KIND/` (the others are
/// stored), with a `.errors` file naming them by their line in the original file; then
/// deletes the original.
fn set_aside_lines(
    dir: &Path,
    kind: Kind,
    path: &Path,
    summary: &crate::intake::FileSummary,
) -> Result<(), WorkerError> {
    let original = std::fs::read(path).map_err(|e| WorkerError::io(path, e))?;
    let mut kept = Vec::new();
    let mut wanted = summary.skipped_lines.iter().peekable();
    for (i, line) in original.split_inclusive(|&b| b == b'\n').enumerate() {
        if wanted.next_if_eq(&&(i + 1)).is_some() {
            kept.extend_from_slice(line);
        }
    }
    let errors = format!(
        "# The lines below (numbered as in the original file) are kept in this order in {}; \
         the file's other lines were stored.\n{}",
        path.file_name().unwrap_or_default().to_string_lossy(),
        summary.skipped.join("\n")
    );
    let target = failed_target(dir, kind, path, &errors)?;
    let mut tmp = target.clone().into_os_string();
    tmp.push(".tmp");
    std::fs::write(&tmp, &kept).map_err(|e| WorkerError::io(&target, e))?;
    std::fs::rename(&tmp, &target).map_err(|e| WorkerError::io(&target, e))?;
    std::fs::remove_file(path).map_err(|e| WorkerError::io(path, e))?;
    Ok(())
}
