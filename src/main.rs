//! The `pii-scrubber` command line: parses arguments and calls the library.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};

use pii_scrubber::batch;
use pii_scrubber::config::Config;
use pii_scrubber::detect::{Detector, Scratch};
use pii_scrubber::jsonl::InputRecord;
use pii_scrubber::label::Label;
use pii_scrubber::pipeline::Scrubber;
use pii_scrubber::redact::Method;

/// A label name as given on the command line: any case, spaces around it ignored.
fn parse_label(s: &str) -> Result<Label, pii_scrubber::label::UnknownLabel> {
    s.trim().to_ascii_uppercase().parse()
}

/// Finds and removes unsolicited personal data in support tickets, e-mails and social-media
/// messages (Dutch, English, German).
#[derive(Parser)]
#[command(name = "pii-scrubber", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct Common {
    /// Configuration file. Default: $PII_SCRUBBER_CONFIG, else ./pii-scrubber.toml if present,
    /// else built-in defaults.
    #[arg(long, short = 'c', env = "PII_SCRUBBER_CONFIG", global = true)]
    config: Option<PathBuf>,
    /// Use the rule files in this directory (and its wordlists/) instead of the shipped rules.
    #[arg(long, global = true)]
    rules: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j', global = true)]
    threads: Option<usize>,
}

#[derive(Subcommand)]
enum Command {
    /// Scan JSONL messages ({"id","text",…} per line) and write findings as JSONL.
    Scan(IoArgs),
    /// Redact messages: JSONL in → JSONL with redacted text; plain text in → redacted text.
    Redact {
        #[command(flatten)]
        io: IoArgs,
        /// How redacted values are replaced.
        #[arg(long, value_enum, default_value_t = Method::Placeholder)]
        method: Method,
    },
    /// Evaluate the rules on a gold corpus ({"id","text","spans":[{"start","end","label"}]}).
    Eval {
        /// Gold corpus (JSONL).
        gold: PathBuf,
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
        /// Also list false positives and false negatives (with their text: use on synthetic corpora only).
        #[arg(long)]
        show_errors: bool,
        /// Labels the gold set does not annotate (comma-separated, e.g. HEALTH,CREDENTIAL): their
        /// findings and gold spans are left out of the score.
        #[arg(long, value_delimiter = ',', value_name = "LABELS", value_parser = parse_label)]
        ignore_labels: Vec<Label>,
        #[command(flatten)]
        common: Common,
    },
    /// Store messages: detect, decide, redact, and keep only the redacted text in the ticket store.
    Ingest {
        /// What the JSONL records are.
        #[arg(value_enum)]
        kind: pii_scrubber::intake::Kind,
        /// Input file, or - for stdin.
        #[arg(default_value = "-")]
        input: String,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// List tickets in the store.
    Tickets {
        /// Only tickets with this status.
        #[arg(long, value_parser = ["open", "closed"])]
        status: Option<String>,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Show a ticket's redacted thread.
    Show {
        /// Ticket id.
        ticket: i64,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Close a ticket: values kept until closing are redacted now.
    Close {
        /// Ticket id.
        ticket: i64,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// HTTP intake: POST /api/messages (ticket or social JSON, bearer token), GET /healthz.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: String,
        /// Environment variable holding the bearer token. Default: `[worker] token_env` of the
        /// config, else PII_SCRUBBER_TOKEN.
        #[arg(long)]
        token_env: Option<String>,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Run the worker until SIGTERM: store the HTTP intake's queued messages, ingest the drop
    /// directory, redact the IMAP mailbox when [imap] has a user (as `imap`), run the retention
    /// sweep (and optionally serve the HTTP intake too).
    Worker {
        /// Drain the queue, the drop directory and the IMAP folders once (and sweep), then exit;
        /// stopped by SIGTERM before done: exit 75.
        #[arg(long)]
        once: bool,
        /// Drop directory with tickets/ and social/ subdirectories (overrides [worker] drop_dir).
        #[arg(long)]
        drop_dir: Option<PathBuf>,
        /// Messages per store transaction (overrides [worker] batch).
        #[arg(long)]
        batch: Option<u32>,
        /// Also serve the HTTP intake on this address (overrides [worker] listen).
        #[arg(long)]
        listen: Option<String>,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// IMAP worker: redact new mail in the [imap] folder (and the Sieve quarantine folder) in
    /// place — store the ticket, append the redacted copy, then expunge the original. Waits with
    /// IDLE; stops cleanly on SIGTERM/Ctrl-C.
    Imap {
        /// Process what is there now, then exit (tests, cron); stopped by SIGTERM before done:
        /// exit 75.
        #[arg(long)]
        once: bool,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Re-scan every stored message with the current rules (after a rules update or an imported
    /// helpdesk export); resumable, in batches. Progress is kept per version of the rules, word
    /// lists, program and [detect]/[policy]/[organisation] config: a change re-scans everything.
    ScrubStore {
        /// Start from the first message instead of resuming.
        #[arg(long)]
        restart: bool,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Retention sweep: redact every value still kept in messages older than
    /// `[store] retention_days` (default 90).
    Sweep {
        /// Override the retention age in days.
        #[arg(long)]
        days: Option<u32>,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Compliance report of what was redacted or kept, where and why (never a value).
    Report {
        /// First day (YYYY-MM-DD, UTC), inclusive; default: the beginning.
        #[arg(long)]
        from: Option<String>,
        /// Last day (YYYY-MM-DD, UTC), inclusive; default: today.
        #[arg(long)]
        to: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = pii_scrubber::report::Format::Json)]
        format: pii_scrubber::report::Format,
        /// Output file (default stdout).
        #[arg(long, short = 'o')]
        out: Option<PathBuf>,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Redact one e-mail message (RFC 5322, LF or CRLF), keeping its MIME structure: every byte
    /// outside the redacted values stays as it was. Writes the redacted message to stdout.
    RedactMail {
        /// Message file, or - for stdin.
        #[arg(default_value = "-")]
        input: String,
        /// Output file (default stdout).
        #[arg(long, short = 'o')]
        output: Option<PathBuf>,
        #[command(flatten)]
        common: Common,
    },
    /// Mail filter: one message on stdin, the redacted message on stdout, exit 0. On any
    /// failure it writes nothing and exits 75 (EX_TEMPFAIL) so the MTA defers and retries.
    Filter {
        #[command(flatten)]
        common: Common,
    },
    /// Work with the rule files.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
    /// Measure scan throughput (MB/s, msg/s), start-up time and peak memory on one thread.
    Bench {
        /// JSONL input; default: the corpus repeated to --size-mb.
        file: Option<PathBuf>,
        /// Size of the generated input in MB when no FILE is given.
        #[arg(long, default_value_t = 50, conflicts_with = "file", value_parser = clap::value_parser!(u32).range(1..=4096))]
        size_mb: u32,
        /// Corpus to repeat when no FILE is given [default: corpus/messages.jsonl if present,
        /// else the copy of the annotated corpus built into the binary].
        #[arg(long, conflicts_with = "file")]
        corpus: Option<PathBuf>,
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        common: Common,
    },
}

#[derive(Args)]
struct StoreArgs {
    /// Store URL (sqlite://FILE or postgres://…); default: [store] url of the config.
    #[arg(long, env = "PII_SCRUBBER_STORE")]
    store: Option<String>,
    #[command(flatten)]
    common: Common,
}

impl StoreArgs {
    /// The store URL: `--store` (or `$PII_SCRUBBER_STORE`), else `[store] url` of `cfg`.
    fn url(&self, cfg: &Config) -> String {
        self.store.clone().unwrap_or_else(|| cfg.store.url.clone())
    }
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Check every rule's must_match / must_not_match examples.
    Test {
        #[command(flatten)]
        common: Common,
    },
    /// List the rules (id, label, languages, file:line).
    List {
        #[command(flatten)]
        common: Common,
    },
}

#[derive(Args)]
struct IoArgs {
    /// Input file, or - for stdin.
    #[arg(default_value = "-")]
    input: String,
    /// Output file (default stdout).
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
    /// Input format: JSONL records, or the whole input as one plain text; auto reads a
    /// *.jsonl or *.ndjson file as JSONL, other input by its first character ('{' = JSONL).
    #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
    input_format: InputFormat,
    #[command(flatten)]
    common: Common,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InputFormat {
    Auto,
    Jsonl,
    Text,
}

fn load_config(common: &Common) -> Result<Config> {
    let path = match &common.config {
        Some(p) => Some(p.clone()),
        None => Some(PathBuf::from("pii-scrubber.toml")).filter(|p| p.is_file()),
    };
    let mut cfg = match path {
        Some(p) => Config::load(&p)?,
        None => Config::default(),
    };
    if let Some(dir) = &common.rules {
        cfg.detect.rules_dir = Some(dir.clone());
    }
    Ok(cfg)
}

fn setup_threads(common: &Common) {
    if let Some(n) = common.threads {
        // Only fails if a pool exists already, which cannot happen this early.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }
}

fn build_scrubber(cfg: &Config, method: Method) -> Result<Scrubber> {
    Scrubber::from_config(cfg, method)
}

fn open_input(input: &str) -> Result<(Box<dyn BufRead + Send>, String, Option<u64>)> {
    if input == "-" {
        Ok((
            Box::new(BufReader::with_capacity(1 << 20, io::stdin())),
            "<stdin>".to_string(),
            None,
        ))
    } else {
        let f = File::open(input).with_context(|| format!("{input}: cannot open input"))?;
        let meta = f.metadata().ok();
        if meta.as_ref().is_some_and(|m| m.is_dir()) {
            anyhow::bail!("{input}: is a directory, not an input file");
        }
        let len = meta.map(|m| m.len());
        Ok((
            Box::new(BufReader::with_capacity(1 << 20, f)),
            input.to_string(),
            len,
        ))
    }
}

/// Streaming commands read while they write: an output file that is the input would be
/// emptied before it is read.
fn refuse_output_onto_input(input: &str, output: &Option<PathBuf>) -> Result<()> {
    let Some(out) = output else { return Ok(()) };
    if input == "-" {
        return Ok(());
    }
    let same = match (std::fs::canonicalize(input), std::fs::canonicalize(out)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same {
        anyhow::bail!(
            "{}: the output is the input file; write to another file and rename it",
            out.display()
        );
    }
    Ok(())
}

fn open_output(path: &Option<PathBuf>) -> Result<Box<dyn Write>> {
    Ok(match path {
        Some(p) => {
            Box::new(io::BufWriter::new(File::create(p).with_context(|| {
                format!("{}: cannot create output", p.display())
            })?))
        }
        None => Box::new(io::BufWriter::with_capacity(1 << 20, io::stdout().lock())),
    })
}

/// Runs scan or redact over the input; returns the exit code.
fn run_records(io_args: &IoArgs, method: Method, redact: bool) -> Result<ExitCode> {
    setup_threads(&io_args.common);
    let cfg = load_config(&io_args.common)?;
    let scrubber = build_scrubber(&cfg, method)?;
    refuse_output_onto_input(&io_args.input, &io_args.output)?;
    let (mut input, name, len) = open_input(&io_args.input)?;
    let mut out = open_output(&io_args.output)?;
    // A file named as JSONL is read as JSONL whatever its first line is: a broken first record
    // is reported, not the whole file taken for one text.
    let named_jsonl = [".jsonl", ".ndjson"]
        .iter()
        .any(|ext| io_args.input.to_ascii_lowercase().ends_with(ext));
    let format = match io_args.input_format {
        InputFormat::Auto if named_jsonl => InputFormat::Jsonl,
        InputFormat::Auto => {
            let buf = input.fill_buf()?;
            let buf = buf.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(buf);
            match buf.iter().find(|b| !b.is_ascii_whitespace()) {
                Some(b'{') | None => InputFormat::Jsonl,
                Some(_) => InputFormat::Text,
            }
        }
        f => f,
    };
    if format == InputFormat::Text {
        let mut raw = Vec::new();
        input.read_to_end(&mut raw)?;
        let text = String::from_utf8(raw).map_err(|e| {
            anyhow::anyhow!(
                "{name}: input is not valid UTF-8 (byte {})",
                e.utf8_error().valid_up_to()
            )
        })?;
        let mut scratch = Scratch::default();
        if redact {
            let (redacted, _, _) = scrubber.redact_text(&text, &Default::default(), &mut scratch);
            out.write_all(redacted.as_bytes())?;
        } else {
            let rec = InputRecord {
                id: serde_json::value::RawValue::from_string(serde_json::to_string(&name)?).ok(),
                text,
                spans: None,
                extra: Vec::new(),
            };
            writeln!(out, "{}", scrubber.scan_line(&rec, 1, &mut scratch))?;
        }
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let pb = batch::progress_bar(len);
    let stats = batch::run(input, &mut out, &name, pb.as_ref(), |records, scratch| {
        scrubber.process_lines(records, redact, scratch)
    })?;
    if let Some(pb) = pb {
        pb.finish_and_clear();
    }
    if stats.skipped > 0 {
        eprintln!(
            "{name}: {} record(s) processed, {} malformed line(s) skipped",
            stats.records, stats.skipped
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn run() -> Result<ExitCode> {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // The MTA treats any exit but 75 as final: a typo in the pipe command defers mail.
            let filter = std::env::args().nth(1).is_some_and(|a| a == "filter");
            let _ = e.print();
            return Ok(match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    ExitCode::SUCCESS
                }
                _ if filter => ExitCode::from(EX_TEMPFAIL),
                _ => ExitCode::from(2),
            });
        }
    };
    if !matches!(
        cli.command,
        Command::Filter { .. }
            | Command::Serve { .. }
            | Command::Worker { .. }
            | Command::Imap { .. }
    ) {
        die_quietly_on_closed_pipe();
    }
    match cli.command {
        Command::Scan(io_args) => run_records(&io_args, Method::Placeholder, false),
        Command::Redact { io, method } => run_records(&io, method, true),
        Command::Eval {
            gold,
            json,
            show_errors,
            ignore_labels,
            common,
        } => {
            let cfg = load_config(&common)?;
            let detector = Detector::new(&cfg)?;
            let text = std::fs::read_to_string(&gold)
                .with_context(|| format!("{}: cannot read gold corpus", gold.display()))?;
            let report = pii_scrubber::eval::evaluate(
                &detector,
                &text,
                &gold.display().to_string(),
                show_errors,
                &ignore_labels,
            )
            .map_err(anyhow::Error::msg)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                if show_errors {
                    for e in &report.errors {
                        println!(
                            "{} {} {:<13} {:?} {}",
                            e.kind,
                            e.id,
                            e.label.as_str(),
                            e.text,
                            e.rule.as_deref().unwrap_or("")
                        );
                    }
                    println!();
                }
                print!("{}", report.to_table());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules {
            command: RulesCommand::Test { common },
        } => {
            let cfg = load_config(&common)?;
            let detector = Detector::new(&cfg)?;
            let (failures, checked) = detector.test_examples();
            for f in &failures {
                eprintln!("{}: rule `{}`: {}", f.location, f.rule, f.message);
            }
            println!(
                "{} rules, {} examples: {} passed, {} failed",
                detector.rules().len(),
                checked,
                checked - failures.len(),
                failures.len()
            );
            Ok(if failures.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Command::Rules {
            command: RulesCommand::List { common },
        } => {
            let cfg = load_config(&common)?;
            let detector = Detector::new(&cfg)?;
            for r in detector.rules() {
                let langs: Vec<&str> = r.languages.iter().map(|l| l.as_str()).collect();
                println!(
                    "{:<28} {:<14} {:<9} {}:{}",
                    r.id,
                    r.label.as_str(),
                    if langs.is_empty() {
                        "all".to_string()
                    } else {
                        langs.join(",")
                    },
                    r.file,
                    r.line
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Ingest { kind, input, store } => with_runtime(run_ingest(kind, &input, &store)),
        Command::Tickets { status, store } => with_runtime(async move {
            let (_, st) = open_existing_store(&store).await?;
            for t in st.tickets(status.as_deref()).await? {
                println!(
                    "{:>6}  {:<7} {:<16} {:>3} msg  {}",
                    t.id,
                    t.status,
                    t.channel,
                    t.messages,
                    t.subject.unwrap_or_default()
                );
            }
            Ok(ExitCode::SUCCESS)
        }),
        Command::Show { ticket, store } => with_runtime(async move {
            let (_, st) = open_existing_store(&store).await?;
            let color = std::io::IsTerminal::is_terminal(&io::stdout());
            for m in st.messages(ticket).await? {
                println!("--- message {} ({}, {})", m.id, m.source_id, m.lang);
                println!(
                    "{}",
                    if color {
                        highlight(&m.body)
                    } else {
                        m.body.clone()
                    }
                );
                for f in &m.findings {
                    println!("    {:<13} {:<18} {}", f.label, f.action, f.reason);
                }
            }
            Ok(ExitCode::SUCCESS)
        }),
        Command::Close { ticket, store } => with_runtime(async move {
            let (_, st) = open_existing_store(&store).await?;
            if st.is_closed(ticket).await? {
                println!("ticket {ticket} was already closed; nothing to do");
                return Ok(ExitCode::SUCCESS);
            }
            let n = st.close(ticket).await?;
            println!("ticket {ticket} closed; {n} kept value(s) redacted");
            Ok(ExitCode::SUCCESS)
        }),
        Command::Serve {
            listen,
            token_env,
            store,
        } => with_runtime(async move {
            let cfg = load_config(&store.common)?;
            let token_env = token_env.unwrap_or_else(|| cfg.worker.token_env.clone());
            let token = std::env::var(&token_env)
                .ok()
                .filter(|t| !t.is_empty())
                .ok_or_else(|| {
                    anyhow::anyhow!(
                        "serve needs a bearer token: set the environment variable {token_env}"
                    )
                })?;
            let cfg = load_config(&store.common)?;
            let url = store.url(&cfg);
            let scrubber = build_scrubber(&cfg, Method::Placeholder)?;
            // A store that is not up yet (at boot) is waited for, as the worker waits for it.
            let mut stop = pii_scrubber::shutdown::Stop::on_signal();
            let Some(st) =
                wait_for_store("serve", &url, scrubber.detector.version(), false, &mut stop)
                    .await?
            else {
                return Ok(ExitCode::SUCCESS);
            };
            let listener = tokio::net::TcpListener::bind(&listen)
                .await
                .with_context(|| format!("{listen}: cannot listen"))?;
            eprintln!("serve: listening on http://{}", listener.local_addr()?);
            let app = pii_scrubber::serve::router(scrubber, st, token);
            pii_scrubber::serve::serve_until(listener, app, stop.wait()).await?;
            Ok(ExitCode::SUCCESS)
        }),
        Command::Worker {
            once,
            drop_dir,
            batch,
            listen,
            store,
        } => with_runtime(run_worker(once, drop_dir, batch, listen, store)),
        Command::Sweep { days, store } => with_runtime(async move {
            let (cfg, st) = open_existing_store(&store).await?;
            let days = days.unwrap_or(cfg.store.retention_days);
            let swept = st
                .sweep(pii_scrubber::store::now() - i64::from(days) * 86_400)
                .await?;
            println!(
                "retention sweep ({days} days): {} kept value(s) redacted, requester contact data removed from {} ticket(s)",
                swept.values, swept.requesters
            );
            Ok(ExitCode::SUCCESS)
        }),
        Command::Imap { once, store } => with_runtime(async move {
            let cfg = load_config(&store.common)?;
            let url = store.url(&cfg);
            let scrubber = build_scrubber(&cfg, Method::Placeholder)?;
            // A store that is down is waited for, as the worker waits for it.
            let mut stop = pii_scrubber::shutdown::Stop::on_signal();
            let version = scrubber.detector.version().to_string();
            let Some(store) = wait_for_store("imap", &url, &version, once, &mut stop).await? else {
                return Ok(once_outcome("imap", once, &stop));
            };
            let stats = pii_scrubber::imap::run(&cfg, store, scrubber, once, stop.clone()).await?;
            eprintln!(
                "imap: {} redacted, {} already redacted, {} set aside",
                stats.processed, stats.skipped, stats.failed
            );
            Ok(once_outcome("imap", once, &stop))
        }),
        Command::ScrubStore { restart, store } => with_runtime(run_scrub_store(restart, &store)),
        Command::Report {
            from,
            to,
            format,
            out,
            store,
        } => with_runtime(async move {
            let day_start = |name: &str, d: &str| -> Result<i64> {
                let t = humantime::parse_rfc3339_weak(&format!("{d}T00:00:00"))
                    .map_err(|_| anyhow::anyhow!("--{name} {d:?}: expected a date YYYY-MM-DD"))?;
                Ok(t.duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |x| x.as_secs() as i64))
            };
            let from = from.unwrap_or_else(|| "1970-01-01".into());
            let to = to.unwrap_or_else(|| pii_scrubber::report::day(pii_scrubber::store::now()));
            let (start, end) = (day_start("from", &from)?, day_start("to", &to)? + 86_400);
            if start >= end {
                anyhow::bail!("--from {from} is after --to {to}: the period is empty");
            }
            let (_, st) = open_existing_store(&store).await?;
            let (sink, name): (Box<dyn std::io::Write>, String) = match &out {
                Some(p) => (
                    Box::new(
                        std::fs::File::create(p)
                            .with_context(|| format!("{}: cannot write report", p.display()))?,
                    ),
                    p.display().to_string(),
                ),
                None => (Box::new(std::io::stdout().lock()), "stdout".into()),
            };
            let mut sink = std::io::BufWriter::with_capacity(1 << 16, sink);
            let period = ((from.as_str(), to.as_str()), (start, end));
            let cannot = || format!("{name}: cannot write report");
            pii_scrubber::report::write(&st, period.0, period.1, format, &mut sink)
                .await
                .map_err(|e| match e {
                    pii_scrubber::report::ReportError::Io(e) => {
                        anyhow::Error::new(e).context(cannot())
                    }
                    e => e.into(),
                })?;
            sink.flush().with_context(cannot)?;
            Ok(ExitCode::SUCCESS)
        }),
        Command::RedactMail {
            input,
            output,
            common,
        } => run_redact_mail(&input, &output, &common),
        Command::Filter { common } => Ok(run_filter(&common)),
        Command::Bench {
            file,
            size_mb,
            corpus,
            json,
            common,
        } => run_bench(file, size_mb, corpus, json, &common),
    }
}

fn run_bench(
    file: Option<PathBuf>,
    size_mb: u32,
    corpus: Option<PathBuf>,
    json: bool,
    common: &Common,
) -> Result<ExitCode> {
    let size = (size_mb as usize) << 20;
    // The annotated corpus (synthetic data), for a bench run outside the repository.
    const BUILT_IN_CORPUS: &str = include_str!("../corpus/messages.jsonl");
    let in_repository = Path::new("corpus/messages.jsonl");
    let corpus = corpus.or_else(|| in_repository.exists().then(|| in_repository.to_path_buf()));
    let corpus_name = corpus.as_ref().map_or_else(
        || "the built-in corpus".to_string(),
        |c| c.display().to_string(),
    );
    // The input is read as the scan goes, as `scan` reads it: held whole, it would be most of
    // the peak RSS.
    let input: Box<dyn std::io::BufRead> = match (&file, &corpus) {
        (Some(f), _) => Box::new(std::io::BufReader::with_capacity(
            1 << 16,
            std::fs::File::open(f)
                .with_context(|| format!("{}: cannot read bench input", f.display()))?,
        )),
        (None, Some(c)) => {
            let text = std::fs::read_to_string(c)
                .with_context(|| format!("{}: cannot read corpus", c.display()))?;
            Box::new(pii_scrubber::bench::Repeated::new(&text, size))
        }
        (None, None) => Box::new(pii_scrubber::bench::Repeated::new(BUILT_IN_CORPUS, size)),
    };
    let t0 = Instant::now();
    let cfg = load_config(common)?;
    let scrubber = build_scrubber(&cfg, Method::Placeholder)?;
    // Load the language models now, so start-up includes them.
    scrubber.detector.language_detector().preload();
    let startup = t0.elapsed();
    let input_name = file
        .as_ref()
        .map_or(corpus_name, |f| f.display().to_string());
    let r = pii_scrubber::bench::run_single_thread(&scrubber, input)
        .with_context(|| format!("{input_name}: cannot read bench input"))?;
    if r.malformed_lines > 0 {
        eprintln!(
            "{input_name}: {} malformed line(s) not scanned (see `pii-scrubber scan` for where)",
            r.malformed_lines
        );
    }
    if r.messages == 0 {
        anyhow::bail!("{input_name}: no message to scan, so nothing was measured");
    }
    if json {
        let v = serde_json::json!({ "startup_ms": startup.as_secs_f64() * 1e3, "result": r });
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        println!(
            "input:        {:.1} MB, {} messages",
            r.bytes as f64 / 1e6,
            r.messages
        );
        println!(
            "start-up:     {:.0} ms (rules compiled, language models loaded)",
            startup.as_secs_f64() * 1e3
        );
        println!(
            "scan:         {:.2} s on 1 thread, {} findings",
            r.seconds, r.findings
        );
        println!(
            "throughput:   {:.1} MB/s, {:.0} msg/s",
            r.mb_per_s, r.msg_per_s
        );
        if let (Some(c), Some(t)) = (r.cpu_seconds, r.mb_per_cpu_s) {
            println!("CPU time:     {c:.2} s of the scanning thread, {t:.1} MB per CPU second");
        }
        match r.peak_rss_mb {
            Some(m) => println!("peak RSS:     {m:.0} MB (the input is read as it is scanned)"),
            None => println!("peak RSS:     unknown on this platform"),
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `redact-mail`: one message from a file or stdin.
fn run_redact_mail(input: &str, output: &Option<PathBuf>, common: &Common) -> Result<ExitCode> {
    let cfg = load_config(common)?;
    let scrubber = build_scrubber(&cfg, Method::Placeholder)?;
    let (mut reader, name, _) = open_input(input)?;
    let mut raw = Vec::new();
    reader
        .read_to_end(&mut raw)
        .with_context(|| format!("{name}: cannot read"))?;
    let mail = pii_scrubber::mail::redact_message(&raw, &scrubber)
        .with_context(|| format!("{name}: message not redacted"))?;
    let mut out = open_output(output)?;
    out.write_all(&mail.bytes)?;
    out.flush()?;
    eprintln!("{name}: {} value(s) redacted", mail.redacted);
    Ok(ExitCode::SUCCESS)
}

/// EX_TEMPFAIL (sysexits.h): the MTA defers the message and retries.
const EX_TEMPFAIL: u8 = 75;

/// Whether standard output is `/dev/null`, where the filter's message would vanish. A closed
/// stdout looks the same: the Rust runtime opens `/dev/null` on a closed descriptor 1.
fn stdout_is_dev_null() -> bool {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::MetadataExt;
        let (Ok(out), Ok(null)) = (
            std::fs::metadata("/proc/self/fd/1"),
            std::fs::metadata("/dev/null"),
        ) else {
            return false;
        };
        out.dev() == null.dev() && out.ino() == null.ino()
    }
    #[cfg(not(target_os = "linux"))]
    false
}

/// `filter`: stdin → stdout; nothing on stdout and exit 75 on any failure, panics included.
fn run_filter(common: &Common) -> ExitCode {
    // A panic message could quote input: report only where it happened.
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("pii-scrubber filter: internal error{at}");
    }));
    let result = std::panic::catch_unwind(|| -> Result<Vec<u8>> {
        if stdout_is_dev_null() {
            anyhow::bail!(
                "stdout is /dev/null (or was closed): the redacted message would be lost"
            );
        }
        let cfg = load_config(common)?;
        let scrubber = build_scrubber(&cfg, Method::Placeholder)?;
        let mut raw = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut raw)
            .context("cannot read the message from stdin")?;
        let mail = pii_scrubber::mail::redact_message(&raw, &scrubber)?;
        // The process ends right after: freeing the compiled rules would cost about a
        // millisecond per message for nothing.
        std::mem::forget(scrubber);
        Ok(mail.bytes)
    });
    let bytes = match result {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(e)) => {
            eprintln!("pii-scrubber filter: {e:#}; exit 75 (temporary failure): the message is left for a retry");
            return ExitCode::from(EX_TEMPFAIL);
        }
        Err(_) => {
            eprintln!(
                "pii-scrubber filter: exit 75 (temporary failure): the message is left for a retry"
            );
            return ExitCode::from(EX_TEMPFAIL);
        }
    };
    // The whole message is ready: write it in one go.
    let mut out = io::stdout().lock();
    if let Err(e) = out.write_all(&bytes).and_then(|()| out.flush()) {
        eprintln!("pii-scrubber filter: cannot write the message ({e}); exit 75");
        return ExitCode::from(EX_TEMPFAIL);
    }
    ExitCode::SUCCESS
}

/// A command whose output goes to `head` ends quietly when the reader stops, as Unix tools
/// do, instead of panicking on the failed write. Not for the filter, which must exit 75, nor
/// for the daemons, whose sockets would then kill them.
fn die_quietly_on_closed_pipe() {
    // SAFETY: called once at start-up, before any other thread exists; SIG_DFL is a valid
    // disposition for SIGPIPE.
    #[cfg(unix)]
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn with_runtime(fut: impl std::future::Future<Output = Result<ExitCode>>) -> Result<ExitCode> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(fut)
}

/// Opens the store named by --store, $PII_SCRUBBER_STORE or the config (a new SQLite file is
/// created).
async fn open_store(args: &StoreArgs) -> Result<(Config, pii_scrubber::store::Store)> {
    open_store_with(args, true).await
}

/// Opens a store that must exist already: commands that read or change stored messages would
/// otherwise create an empty SQLite file at a mistyped path and report nothing.
async fn open_existing_store(args: &StoreArgs) -> Result<(Config, pii_scrubber::store::Store)> {
    open_store_with(args, false).await
}

async fn open_store_with(
    args: &StoreArgs,
    create: bool,
) -> Result<(Config, pii_scrubber::store::Store)> {
    let cfg = load_config(&args.common)?;
    let url = args.url(&cfg);
    if !create {
        if let Some(path) = sqlite_file(&url) {
            if !path.exists() {
                anyhow::bail!(
                    "{}: no such store (messages are stored by ingest, serve, worker or imap; check --store)",
                    path.display()
                );
            }
        }
    }
    let detector = Detector::new(&cfg)?;
    let store = pii_scrubber::store::Store::open(&url, detector.version()).await?;
    Ok((cfg, store))
}

/// The file of a `sqlite:` store URL (not for an in-memory database).
fn sqlite_file(url: &str) -> Option<PathBuf> {
    let rest = url.strip_prefix("sqlite:")?;
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && !path.starts_with(":memory:")).then(|| PathBuf::from(path))
}

/// Placeholders in inverse video, for a terminal.
fn highlight(body: &str) -> String {
    let re =
        regex::Regex::new(r"\[[A-Z][A-Z_]*(?:[-:][0-9A-Za-z]+)?\]").expect("placeholder regex");
    re.replace_all(body, "\x1b[7m$0\x1b[0m").into_owned()
}

/// Re-scans the store in batches; each batch commits with its progress, so a restart resumes.
async fn run_scrub_store(restart: bool, args: &StoreArgs) -> Result<ExitCode> {
    let (cfg, store) = open_existing_store(args).await?;
    let scrubber = build_scrubber(&cfg, Method::Placeholder)?;
    // Progress belongs to one version of the rules and policy: after a change every message
    // is re-scanned; with the same ones a run resumes (or scans only what came in since).
    let name = format!("scrub-store:{}", scrubber.decisions_version(&cfg));
    let name = name.as_str();
    if restart {
        store.reset_scrub_progress(name).await?;
    }
    let pb = batch::progress_bar(Some(store.message_count().await?.max(0) as u64));
    if let Some(pb) = &pb {
        pb.set_style(indicatif::ProgressStyle::with_template(
            "{bar:40} {pos}/{len} messages {per_sec} eta {eta}",
        )?);
    }
    let summary =
        pii_scrubber::intake::scrub_store(&std::sync::Arc::new(scrubber), &store, name, |n| {
            if let Some(pb) = &pb {
                pb.inc(n as u64);
            }
        })
        .await?;
    if let Some(pb) = pb {
        pb.finish_and_clear();
    }
    if summary.changed > 0 {
        eprintln!(
            "scrub-store: {} message(s) changed while being re-scanned (closed or swept meanwhile) and were left alone; run `scrub-store --restart` to cover them",
            summary.changed
        );
    }
    let (scanned, redacted, kept) = (summary.scanned, summary.redacted, summary.kept);
    eprintln!(
        "scrub-store: {scanned} message(s) re-scanned, {redacted} value(s) redacted, \
         {kept} kept value(s) recorded (redacted when the ticket closes or by retention)"
    );
    Ok(ExitCode::SUCCESS)
}

/// `worker`: the queue, the drop directory and the sweep until SIGTERM (or once).
async fn run_worker(
    once: bool,
    drop_dir: Option<PathBuf>,
    batch: Option<u32>,
    listen: Option<String>,
    args: StoreArgs,
) -> Result<ExitCode> {
    use pii_scrubber::worker;
    let cfg = load_config(&args.common)?;
    let url = args.url(&cfg);
    // One set of compiled rules serves every source.
    let scrubber = std::sync::Arc::new(build_scrubber(&cfg, Method::Placeholder)?);
    let mut stop = pii_scrubber::shutdown::Stop::on_signal();
    let stopped = stop.clone();
    let options = worker::Options {
        once,
        batch: batch.unwrap_or(cfg.worker.batch),
        poll: cfg.worker.poll_interval,
        sweep_interval: cfg.worker.sweep_interval,
        retention_days: cfg.store.retention_days,
        drop_dir: drop_dir.or_else(|| cfg.worker.drop_dir.clone()),
        backoff: worker::backoff::Backoff::default(),
    };
    if let Some(dir) = &options.drop_dir {
        worker::drop_dir::prepare(dir)?;
    }
    let mut http = None;
    if let Some(addr) = listen.or_else(|| cfg.worker.listen.clone()) {
        let token_env = &cfg.worker.token_env;
        let token = std::env::var(token_env)
            .ok()
            .filter(|t| !t.is_empty())
            .ok_or_else(|| {
                anyhow::anyhow!(
                    "--listen needs a bearer token: set the environment variable {token_env}"
                )
            })?;
        let listener = tokio::net::TcpListener::bind(&addr)
            .await
            .with_context(|| format!("{addr}: cannot listen"))?;
        let Some(st) =
            wait_for_store("worker", &url, scrubber.detector.version(), once, &mut stop).await?
        else {
            return Ok(once_outcome("worker", once, &stopped));
        };
        eprintln!("worker: HTTP intake on http://{}", listener.local_addr()?);
        let app = pii_scrubber::serve::router(scrubber.clone(), st, token);
        http = Some(tokio::spawn(pii_scrubber::serve::serve_until(
            listener,
            app,
            stop.clone().wait(),
        )));
    }
    // A panic message could quote message text: report only where it happened.
    pii_scrubber::imap::quiet_panics("worker");
    let imap = if pii_scrubber::imap::configured(&cfg) {
        let password = pii_scrubber::imap::password(&cfg)?;
        Some(tokio::spawn(imap_source(
            cfg.clone(),
            url.clone(),
            password,
            scrubber.clone(),
            once,
            stop.clone(),
        )))
    } else {
        None
    };
    let stats = worker::run(&scrubber, &url, options, stop).await?;
    if let Some(h) = http {
        h.await??;
    }
    // The summary comes after the IMAP source has ended, so that a failed source is not
    // reported below a summary that reads like a complete run.
    let imap_stats = match imap {
        // A panic's own message could quote message text (see quiet_panics): not repeated.
        Some(h) => Some(
            h.await
                .map_err(|_| {
                    anyhow::anyhow!(
                        "worker: the IMAP source stopped on an internal error; the other sources ran ({stats})"
                    )
                })?
                .map_err(|e| {
                    e.context(format!(
                        "worker: the IMAP source failed; the other sources ran ({stats})"
                    ))
                })?,
        ),
        None => None,
    };
    eprintln!("worker: {stats}");
    if let Some(imap_stats) = imap_stats {
        eprintln!(
            "worker: imap: {} redacted, {} already redacted, {} set aside",
            imap_stats.processed, imap_stats.skipped, imap_stats.failed
        );
    }
    Ok(once_outcome("worker", once, &stopped))
}

/// Opens the store of command `who`, waiting with backoff while it is down
/// ([`pii_scrubber::worker::open_store`]); `None` if stopped first.
async fn wait_for_store(
    who: &str,
    url: &str,
    rules_version: &str,
    once: bool,
    stop: &mut pii_scrubber::shutdown::Stop,
) -> Result<Option<pii_scrubber::store::Store>> {
    let mut backoff = pii_scrubber::worker::backoff::Backoff::default();
    let mut retries = 0;
    Ok(pii_scrubber::worker::open_store(
        who,
        url,
        rules_version,
        once,
        &mut backoff,
        stop,
        &mut retries,
    )
    .await?)
}

/// Whether `e` is a store or IMAP server that could not be reached: a temporary failure
/// (exit 75, EX_TEMPFAIL), not an unusable config; cron or a script may retry later.
fn unreachable(e: &anyhow::Error) -> bool {
    use pii_scrubber::imap::ImapError;
    use pii_scrubber::store::StoreError;
    use pii_scrubber::worker::WorkerError;
    e.chain().any(|cause| {
        cause
            .downcast_ref::<StoreError>()
            .is_some_and(StoreError::is_unreachable)
            || cause
                .downcast_ref::<ImapError>()
                .is_some_and(ImapError::is_unreachable)
            || cause
                .downcast_ref::<WorkerError>()
                .is_some_and(WorkerError::is_unreachable)
    })
}

/// How a run ends that was stopped or not: a `--once` run stopped by SIGTERM or Ctrl-C before
/// it was done exits 75 (EX_TEMPFAIL), so that cron or a script does not take it for a complete
/// run; what is left stays for the next one. A long-running process stops with success.
fn once_outcome(command: &str, once: bool, stop: &pii_scrubber::shutdown::Stop) -> ExitCode {
    if once && stop.is_set() {
        eprintln!(
            "{command}: stopped before the run was complete; the rest is left for the next run"
        );
        return ExitCode::from(EX_TEMPFAIL);
    }
    ExitCode::SUCCESS
}

/// The IMAP source of `worker`: runs until stopped (with `once`, until the folders are drained).
/// Store failures and refused logins or certificates are retried with backoff in a long-running
/// worker (the error is logged), so the other sources keep running; with `once` they end it.
async fn imap_source(
    cfg: pii_scrubber::Config,
    url: String,
    password: String,
    scrubber: std::sync::Arc<pii_scrubber::pipeline::Scrubber>,
    once: bool,
    mut stop: pii_scrubber::shutdown::Stop,
) -> Result<pii_scrubber::imap::Stats> {
    use pii_scrubber::worker;
    let mut backoff = worker::backoff::Backoff::default();
    let version = scrubber.detector.version().to_string();
    let redactor = std::sync::Arc::new(pii_scrubber::imap::MailScrubber::new(scrubber));
    loop {
        let mut retries = 0;
        let Some(store) = worker::open_store(
            "worker",
            &url,
            &version,
            once,
            &mut backoff,
            &mut stop,
            &mut retries,
        )
        .await?
        else {
            return Ok(pii_scrubber::imap::Stats::default());
        };
        let result = pii_scrubber::imap::source(
            &cfg,
            password.clone(),
            store.clone(),
            std::sync::Arc::clone(&redactor),
            once,
            stop.clone(),
        )
        .await;
        store.shutdown().await;
        match result {
            Ok(stats) => return Ok(stats),
            Err(e) if once => return Err(e.into()),
            Err(e) => {
                let d = backoff.next_delay();
                eprintln!(
                    "worker: imap: {e}; restarting the IMAP source in {}",
                    humantime::format_duration(d)
                );
                if stop.sleep(d).await {
                    return Ok(pii_scrubber::imap::Stats::default());
                }
            }
        }
    }
}

async fn run_ingest(
    kind: pii_scrubber::intake::Kind,
    input: &str,
    args: &StoreArgs,
) -> Result<ExitCode> {
    let (cfg, store) = open_store(args).await?;
    let scrubber = build_scrubber(&cfg, Method::Placeholder)?;
    let (reader, name, size) = open_input(input)?;
    let pb = batch::progress_bar(size);
    let summary =
        pii_scrubber::intake::ingest_reader(&scrubber, &store, kind, reader, &name, |n| {
            if let Some(pb) = &pb {
                pb.set_position(n);
            }
        })
        .await?;
    if let Some(pb) = pb {
        pb.finish_and_clear();
    }
    for line in &summary.skipped {
        eprintln!("{line}; line skipped");
    }
    eprintln!(
        "{name}: {} message(s) stored, {} already stored, {} line(s) skipped",
        summary.stored,
        summary.duplicates,
        summary.skipped.len()
    );
    Ok(if summary.skipped.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// mimalloc: rule compilation at start-up is dominated by small allocations, which glibc's
/// allocator serves several times slower (this matters to `filter`, spawned once per mail).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("pii-scrubber: {e:#}");
            if unreachable(&e) {
                ExitCode::from(EX_TEMPFAIL)
            } else {
                ExitCode::from(2)
            }
        }
    }
}
