//! The configuration file (`pii-scrubber.toml`): every key optional, unknown keys rejected.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::detect::validate;
use crate::label::Label;

/// The whole configuration.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The organisation's own data: never flagged, never redacted.
    #[serde(default)]
    pub organisation: OrganisationConfig,
    /// Detection settings.
    #[serde(default)]
    pub detect: DetectConfig,
    /// Where tickets are stored.
    #[serde(default)]
    pub store: StoreConfig,
    /// Keyed pseudonyms.
    #[serde(default)]
    pub pseudonym: PseudonymConfig,
    /// Per-label overrides of the default policy (`[policy.IBAN]` …).
    #[serde(default)]
    pub policy: crate::policy::PolicyConfig,
    /// The long-running worker.
    #[serde(default)]
    pub worker: WorkerConfig,
    /// The IMAP worker (`pii-scrubber imap`).
    #[serde(default)]
    pub imap: ImapConfig,
}

/// `[worker]`: the sources `pii-scrubber worker` runs and how often.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkerConfig {
    /// A drop directory: JSONL files in its `tickets/` and `social/` subdirectories are ingested,
    /// then deleted (or moved to `failed/` when a line could not be read).
    #[serde(default)]
    pub drop_dir: Option<PathBuf>,
    /// How long to wait between looks at the queue and the drop directory (`5s`, `1m`).
    #[serde(default = "default_poll", with = "humantime_serde_compat")]
    pub poll_interval: std::time::Duration,
    /// How often the retention sweep runs (`1h`).
    #[serde(default = "default_sweep", with = "humantime_serde_compat")]
    pub sweep_interval: std::time::Duration,
    /// Messages per store transaction.
    #[serde(default = "default_worker_batch")]
    pub batch: u32,
    /// Also run the HTTP intake (`serve`) on this address, e.g. `127.0.0.1:8080`.
    #[serde(default)]
    pub listen: Option<String>,
    /// Environment variable holding the HTTP intake's bearer token.
    #[serde(default = "default_token_env")]
    pub token_env: String,
}

fn default_poll() -> std::time::Duration {
    std::time::Duration::from_secs(5)
}

fn default_sweep() -> std::time::Duration {
    std::time::Duration::from_secs(3600)
}

fn default_worker_batch() -> u32 {
    500
}

fn default_token_env() -> String {
    "PII_SCRUBBER_TOKEN".to_string()
}

impl Default for WorkerConfig {
    fn default() -> Self {
        WorkerConfig {
            drop_dir: None,
            poll_interval: default_poll(),
            sweep_interval: default_sweep(),
            batch: default_worker_batch(),
            listen: None,
            token_env: default_token_env(),
        }
    }
}

/// Durations written as `5s`, `1m`, `1h 30m` (humantime).
mod humantime_serde_compat {
    use serde::{Deserialize, Deserializer};

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<std::time::Duration, D::Error> {
        let s = String::deserialize(d)?;
        humantime::parse_duration(&s).map_err(serde::de::Error::custom)
    }
}

/// `[organisation]`: values of the organisation itself, in any written form.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationConfig {
    /// Company names (`Zonnestraal Software B.V.`).
    #[serde(default)]
    pub names: Vec<String>,
    /// E-mail/URL domains; subdomains included.
    #[serde(default)]
    pub domains: Vec<String>,
    /// Phone numbers; every written form matches.
    #[serde(default)]
    pub phones: Vec<String>,
    /// IBANs, spaced or not.
    #[serde(default)]
    pub ibans: Vec<String>,
    /// Addresses (`Lichtweg 1, 1234 AB Zonnedorp`).
    #[serde(default)]
    pub addresses: Vec<String>,
    /// KvK numbers.
    #[serde(default)]
    pub kvk: Vec<String>,
    /// VAT ids.
    #[serde(default)]
    pub btw: Vec<String>,
    /// Social-media handles.
    #[serde(default)]
    pub handles: Vec<String>,
    /// Names of its products and models that read like personal data (a bike model called
    /// `Polderpad 3` reads like a street and house number).
    #[serde(default)]
    pub products: Vec<String>,
    /// Its own IP networks in CIDR notation (`194.62.208.0/20`, `2a0e:7c40::/32`): the DNS
    /// servers, gateways and routers that customers' logs show are no one's personal data.
    #[serde(default)]
    pub networks: Vec<String>,
}

/// `[detect]`: which rules and labels to use.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetectConfig {
    /// A directory of rule files to use instead of the shipped ones (its `wordlists/`
    /// subdirectory holds the word lists).
    #[serde(default)]
    pub rules_dir: Option<PathBuf>,
    /// Findings scoring below this are dropped.
    #[serde(default = "default_min_score")]
    pub min_score: f32,
    /// Labels to detect; empty = all.
    #[serde(default)]
    pub labels: Vec<Label>,
    /// Labels never to detect.
    #[serde(default)]
    pub disabled_labels: Vec<Label>,
}

fn default_min_score() -> f32 {
    0.5
}

impl Default for DetectConfig {
    fn default() -> Self {
        DetectConfig {
            rules_dir: None,
            min_score: default_min_score(),
            labels: Vec::new(),
            disabled_labels: Vec::new(),
        }
    }
}

impl DetectConfig {
    /// Whether `label` is to be detected.
    pub fn enabled(&self, label: Label) -> bool {
        (self.labels.is_empty() || self.labels.contains(&label))
            && !self.disabled_labels.contains(&label)
    }
}

/// `[store]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoreConfig {
    /// `sqlite://…` or `postgres://…`.
    #[serde(default = "default_store_url")]
    pub url: String,
    /// Values kept in messages older than this many days are redacted by the retention sweep.
    #[serde(default = "default_retention_days")]
    pub retention_days: u32,
}

fn default_retention_days() -> u32 {
    90
}

fn default_store_url() -> String {
    "sqlite://pii-scrubber.db".to_string()
}

impl Default for StoreConfig {
    fn default() -> Self {
        StoreConfig {
            url: default_store_url(),
            retention_days: default_retention_days(),
        }
    }
}

/// `[pseudonym]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PseudonymConfig {
    /// Name of the environment variable that holds the HMAC key.
    #[serde(default = "default_key_env")]
    pub key_env: String,
}

fn default_key_env() -> String {
    "PII_SCRUBBER_KEY".to_string()
}

impl Default for PseudonymConfig {
    fn default() -> Self {
        PseudonymConfig {
            key_env: default_key_env(),
        }
    }
}

/// `[imap]`: the mailbox the IMAP worker redacts.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImapConfig {
    /// Server host name (also the TLS server name).
    #[serde(default = "default_imap_host")]
    pub host: String,
    /// Server port; default 993 with TLS, 143 without.
    #[serde(default)]
    pub port: Option<u16>,
    /// Implicit TLS (rustls, web PKI roots plus `ca_file`). Plain IMAP only to a loopback host.
    #[serde(default = "default_true")]
    pub tls: bool,
    /// A PEM file of extra trusted CA certificates (an organisation's own CA).
    #[serde(default)]
    pub ca_file: Option<PathBuf>,
    /// Login name.
    #[serde(default)]
    pub user: String,
    /// Name of the environment variable that holds the password.
    #[serde(default = "default_imap_password_env")]
    pub password_env: String,
    /// The folder whose new messages are redacted.
    #[serde(default = "default_imap_folder")]
    pub folder: String,
    /// Where redacted copies go; default: back into `folder`.
    #[serde(default)]
    pub processed_folder: Option<String>,
    /// The folder the Sieve script files messages into when its filter failed; drained into
    /// the processed folder. Empty: none.
    #[serde(default = "default_imap_quarantine")]
    pub quarantine_folder: String,
    /// Messages that cannot be processed after `max_attempts` are moved here untouched.
    #[serde(default = "default_imap_failed")]
    pub failed_folder: String,
    /// Attempts per message before it goes to `failed_folder`.
    #[serde(default = "default_imap_attempts")]
    pub max_attempts: u32,
    /// Seconds between checks when the server lacks IDLE, and the longest IDLE wait (the
    /// quarantine folder is checked at least this often).
    #[serde(default = "default_imap_poll")]
    pub poll_seconds: u64,
}

fn default_true() -> bool {
    true
}
fn default_imap_host() -> String {
    "127.0.0.1".to_string()
}
fn default_imap_password_env() -> String {
    "PII_SCRUBBER_IMAP_PASSWORD".to_string()
}
fn default_imap_folder() -> String {
    "INBOX".to_string()
}
fn default_imap_quarantine() -> String {
    "Quarantine".to_string()
}
fn default_imap_failed() -> String {
    "pii-scrubber-failed".to_string()
}
fn default_imap_attempts() -> u32 {
    3
}
fn default_imap_poll() -> u64 {
    60
}

impl Default for ImapConfig {
    fn default() -> Self {
        toml::from_str("").expect("every [imap] key has a default")
    }
}

impl ImapConfig {
    /// The port to connect to.
    pub fn port(&self) -> u16 {
        self.port.unwrap_or(if self.tls { 993 } else { 143 })
    }

    /// The folder redacted copies go to.
    pub fn target_folder(&self) -> &str {
        self.processed_folder.as_deref().unwrap_or(&self.folder)
    }
}

/// A configuration file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file cannot be read.
    #[error("{path}: cannot read config: {reason}")]
    Read {
        /// The file.
        path: String,
        /// Why (in the message, not chained again as a source).
        reason: std::io::Error,
    },
    /// The file is not valid TOML or has unknown keys/labels.
    #[error("{path}:{line}: {message}")]
    Parse {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

impl Config {
    /// Parses a configuration from TOML text; `path` is used in error messages.
    pub fn parse(text: &str, path: &str) -> Result<Config, ConfigError> {
        let cfg: Config = toml::from_str(text).map_err(|e| ConfigError::Parse {
            path: path.to_string(),
            line: e.span().map_or(0, |s| {
                text[..s.start.min(text.len())].matches('\n').count() + 1
            }),
            message: e.message().trim().to_string(),
        })?;
        cfg.check_values()
            .map_err(|(key, message)| ConfigError::Parse {
                path: path.to_string(),
                line: line_of_key(text, key),
                message,
            })?;
        Ok(cfg)
    }

    /// Values that parse but cannot work: the key they are under and what is wrong.
    fn check_values(&self) -> Result<(), (&'static str, String)> {
        let d = &self.detect;
        if !(0.0..=1.0).contains(&d.min_score) {
            return Err((
                "min_score",
                format!("min_score = {} is outside 0..=1", d.min_score),
            ));
        }
        if let Some(l) = d.labels.iter().find(|l| d.disabled_labels.contains(l)) {
            return Err((
                "disabled_labels",
                format!("{l} is both in labels and in disabled_labels"),
            ));
        }
        let org = &self.organisation;
        if let Some(i) = org.ibans.iter().position(|v| !validate::is_iban(v)) {
            return Err((
                "ibans",
                format!("ibans[{i}] is not a valid IBAN (length or checksum)"),
            ));
        }
        if let Some(i) = org
            .phones
            .iter()
            .position(|v| validate::digits(v).len() < 6)
        {
            return Err((
                "phones",
                format!("phones[{i}] is not a phone number (fewer than 6 digits)"),
            ));
        }
        if let Some(i) = org
            .networks
            .iter()
            .position(|n| crate::detect::org::Network::parse(n).is_none())
        {
            return Err((
                "networks",
                format!(
                    "networks[{i}] is not an IP network (CIDR such as 192.0.2.0/24 or 2001:db8::/32)"
                ),
            ));
        }
        let w = &self.worker;
        for (key, d) in [
            ("poll_interval", w.poll_interval),
            ("sweep_interval", w.sweep_interval),
        ] {
            if d.is_zero() {
                return Err((key, format!("{key} must be longer than 0")));
            }
        }
        if w.batch == 0 {
            return Err(("batch", "batch must be at least 1".to_string()));
        }
        if self.imap.max_attempts == 0 {
            return Err((
                "max_attempts",
                "max_attempts must be at least 1".to_string(),
            ));
        }
        if self.imap.poll_seconds == 0 {
            return Err((
                "poll_seconds",
                "poll_seconds must be at least 1".to_string(),
            ));
        }
        Ok(())
    }

    /// Reads and parses a configuration file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|reason| ConfigError::Read {
            path: path.display().to_string(),
            reason,
        })?;
        let mut cfg = Config::parse(&text, &path.display().to_string())?;
        // Relative paths in a config file mean: next to the file, wherever it is run from.
        let base = path.parent().unwrap_or(Path::new(""));
        for dir in [&mut cfg.detect.rules_dir, &mut cfg.worker.drop_dir]
            .into_iter()
            .flatten()
        {
            if dir.is_relative() {
                *dir = base.join(&*dir);
            }
        }
        Ok(cfg)
    }
}

/// The 1-based line on which `key` is set in `text` (0 when it is not: a default).
fn line_of_key(text: &str, key: &str) -> usize {
    text.lines()
        .position(|l| {
            l.trim_start()
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(0, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_are_next_to_the_config_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        std::fs::write(
            &path,
            "[detect]\nrules_dir = \"my-rules\"\n[worker]\ndrop_dir = \"/abs/drop\"\n",
        )
        .unwrap();
        let c = Config::load(&path).unwrap();
        assert_eq!(c.detect.rules_dir.unwrap(), dir.path().join("my-rules"));
        assert_eq!(c.worker.drop_dir.unwrap(), PathBuf::from("/abs/drop"));
    }

    #[test]
    fn values_that_cannot_work_are_errors_with_their_line() {
        for (text, line, what) in [
            ("[detect]\nmin_score = 7\n", 2, "outside 0..=1"),
            (
                "[detect]\nlabels = [\"IBAN\"]\ndisabled_labels = [\"IBAN\"]\n",
                3,
                "both",
            ),
            (
                "[organisation]\nibans = [\"NL91ABNA0417164301\"]\n",
                2,
                "not a valid IBAN",
            ),
            ("[organisation]\nphones = [\"abc\"]\n", 2, "not a phone"),
            ("[worker]\npoll_interval = \"0s\"\n", 2, "longer than 0"),
        ] {
            let err = Config::parse(text, "cfg.toml").unwrap_err().to_string();
            assert!(err.starts_with(&format!("cfg.toml:{line}:")), "{err}");
            assert!(err.contains(what), "{err}");
        }
        let ok =
            "[organisation]\nibans = [\"NL91 ABNA 0417 1643 00\"]\nphones = [\"088 123 4567\"]\n";
        assert!(Config::parse(ok, "cfg.toml").is_ok());
    }

    #[test]
    fn empty_config_is_all_defaults() {
        let c = Config::parse("", "x.toml").unwrap();
        assert_eq!(c.store.url, "sqlite://pii-scrubber.db");
        assert_eq!(c.pseudonym.key_env, "PII_SCRUBBER_KEY");
        assert!(c.detect.enabled(Label::Iban));
        assert_eq!(c.imap.folder, "INBOX");
        assert_eq!(c.imap.port(), 993);
        assert_eq!(c.imap.target_folder(), "INBOX");
        assert_eq!(c.imap.max_attempts, 3);
    }

    #[test]
    fn imap_section_parses() {
        let c = Config::parse(
            "[imap]\nhost = \"localhost\"\ntls = false\nuser = \"support\"\nprocessed_folder = \"Redacted\"\n",
            "x.toml",
        )
        .unwrap();
        assert_eq!(c.imap.port(), 143);
        assert_eq!(c.imap.target_folder(), "Redacted");
        assert_eq!(c.imap.quarantine_folder, "Quarantine");
    }

    #[test]
    fn unknown_key_is_an_error_with_line() {
        let err =
            Config::parse("[organisation]\nnames = []\nnmaes = [\"x\"]\n", "cfg.toml").unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("cfg.toml:3:"), "{msg}");
        assert!(msg.contains("nmaes"), "{msg}");
    }

    #[test]
    fn an_organisation_network_that_is_no_cidr_is_an_error_with_line() {
        let ok =
            "[organisation]\nnetworks = [\"194.62.216.0/23\", \"2a0e:7c40::/32\", \"8.8.8.8\"]\n";
        assert_eq!(
            Config::parse(ok, "cfg.toml")
                .unwrap()
                .organisation
                .networks
                .len(),
            3
        );
        for bad in ["194.62.216.0/33", "194.62.216/23", "intranet"] {
            let text = format!("[organisation]\nnames = []\nnetworks = [\"{bad}\"]\n");
            let msg = Config::parse(&text, "cfg.toml").unwrap_err().to_string();
            assert!(msg.starts_with("cfg.toml:3:"), "{msg}");
            assert!(msg.contains("networks[0] is not an IP network"), "{msg}");
        }
    }

    #[test]
    fn unknown_label_is_an_error() {
        let err = Config::parse(
            "[detect]\nlabels = [\"IBAN\", \"CREDITCARD\"]\n",
            "cfg.toml",
        )
        .unwrap_err();
        assert!(err.to_string().contains("CREDITCARD"), "{err}");
    }
}
