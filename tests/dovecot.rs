//! A real Dovecot per test: a temporary directory with run/ state/ mail/ and a passwd file, a
//! free loopback port, mail stored as `nobody`; stopped when dropped. Optionally with LMTP, the
//! LDA and an admin Sieve script (`sieve_before`) that calls the pii-scrubber filter.
//!
//! Tests skip (loudly) only when Dovecot is not installed and PII_SCRUBBER_REQUIRE_DOVECOT is
//! unset; scripts/test.sh installs Dovecot and sets the variable, so CI fails instead.

use std::io::Write;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use async_imap::Session;
use futures_util::TryStreamExt;
use tokio::net::TcpStream;

/// The test mailbox user and password.
pub const USER: &str = "test";
/// The password.
pub const PASSWORD: &str = "secret";

const DOVECOT: &str = "/usr/sbin/dovecot";
const DOVEADM: &str = "/usr/bin/doveadm";
const LDA: &str = "/usr/lib/dovecot/dovecot-lda";
const SIEVEC: &str = "/usr/bin/sievec";

/// Whether Dovecot is installed; if not, panics when PII_SCRUBBER_REQUIRE_DOVECOT is set and
/// otherwise prints a loud skip notice for `test`.
pub fn available(test: &str) -> bool {
    if Path::new(DOVECOT).exists() && Path::new(DOVEADM).exists() {
        return true;
    }
    if std::env::var_os("PII_SCRUBBER_REQUIRE_DOVECOT").is_some() {
        panic!("{test}: Dovecot is required (PII_SCRUBBER_REQUIRE_DOVECOT is set) but not installed: run scripts/dovecot.sh");
    }
    eprintln!("\n*** SKIPPED {test}: Dovecot is not installed (run scripts/dovecot.sh) ***\n");
    false
}

/// A throw-away CA (`ca.pem`) and a server certificate it signed for localhost and 127.0.0.1
/// (`server.pem`, `server.key`) in `dir`, made with the openssl command.
fn make_test_pki(dir: &Path) {
    let run = |args: &[&str]| {
        let out = Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .output()
            .expect("openssl runs");
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=pii-scrubber test CA",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
    ]);
    run(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        "/CN=localhost",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
    ]);
    std::fs::write(
        dir.join("server.ext"),
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
    )
    .unwrap();
    run(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        "server.ext",
        "-out",
        "server.pem",
    ]);
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

/// Options for a Dovecot instance.
#[derive(Default)]
pub struct Options {
    /// Admin Sieve script (sieve_before) text; enables LMTP, the LDA and the extprograms plugin.
    pub sieve_before: Option<String>,
    /// Programs to put in sieve_filter_bin_dir: (name, shell script text).
    pub filters: Vec<(String, String)>,
    /// Also listen for implicit TLS (imaps) with a fresh test CA and a server certificate for
    /// `localhost` / 127.0.0.1 (see [`Dovecot::ca_file`]).
    pub tls: bool,
}

/// A running Dovecot.
pub struct Dovecot {
    dir: tempfile::TempDir,
    /// The IMAP port on 127.0.0.1.
    pub port: u16,
    /// The LMTP port, when Sieve is set up.
    #[allow(dead_code)]
    pub lmtp_port: Option<u16>,
    /// The imaps (implicit TLS) port, when TLS is set up.
    #[allow(dead_code)]
    pub tls_port: Option<u16>,
}

impl Dovecot {
    /// Starts a plain IMAP Dovecot.
    pub fn start() -> Dovecot {
        Dovecot::start_with(Options::default())
    }

    /// Starts Dovecot with `opts`.
    pub fn start_with(opts: Options) -> Dovecot {
        let dir = tempfile::Builder::new()
            .prefix("pii-dovecot-")
            .tempdir()
            .expect("temp dir");
        let d = dir.path();
        chmod(d, 0o755);
        for sub in ["run", "state", "mail", "mail/test", "sieve-bin"] {
            std::fs::create_dir_all(d.join(sub)).expect("dovecot dirs");
        }
        std::fs::write(d.join("passwd"), format!("{USER}:{{PLAIN}}{PASSWORD}\n")).unwrap();
        std::fs::write(d.join("dovecot.log"), "").unwrap();
        chmod(&d.join("dovecot.log"), 0o666);
        let port = free_port();
        let lmtp_port = opts.sieve_before.as_ref().map(|_| free_port());
        let tls_port = opts.tls.then(free_port);
        let ssl = if opts.tls {
            make_test_pki(d);
            format!(
                "ssl = yes\nssl_cert = <{d}/server.pem\nssl_key = <{d}/server.key\n",
                d = d.display()
            )
        } else {
            "ssl = no\n".to_string()
        };
        let mut conf = format!(
            r#"base_dir = {d}/run
state_dir = {d}/state
log_path = {d}/dovecot.log
info_log_path = {d}/dovecot.log
protocols = imap{lmtp}
listen = 127.0.0.1
{ssl}disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{d}/mail/%u
mail_uid = nobody
mail_gid = nogroup
first_valid_uid = 1
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {d}/passwd
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={d}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps}
  }}
}}
protocol imap {{
  mail_max_userip_connections = 100
}}
namespace inbox {{
  inbox = yes
  separator = /
}}
"#,
            d = d.display(),
            lmtp = if lmtp_port.is_some() { " lmtp" } else { "" },
            imaps = tls_port.unwrap_or(0),
        );
        if let Some(script) = &opts.sieve_before {
            let before = d.join("before.sieve");
            std::fs::write(&before, script).unwrap();
            for (name, text) in &opts.filters {
                let p = d.join("sieve-bin").join(name);
                std::fs::write(&p, text).unwrap();
                chmod(&p, 0o755);
            }
            conf.push_str(&format!(
                r#"service lmtp {{
  inet_listener lmtp {{
    address = 127.0.0.1
    port = {lmtp}
  }}
}}
protocol lda {{
  mail_plugins = $mail_plugins sieve
}}
protocol lmtp {{
  mail_plugins = $mail_plugins sieve
}}
plugin {{
  sieve = file:~/sieve;active=~/.dovecot.sieve
  sieve_before = {before}
  sieve_plugins = sieve_extprograms
  sieve_global_extensions = +vnd.dovecot.filter
  sieve_filter_bin_dir = {d}/sieve-bin
  sieve_filter_exec_timeout = 10s
}}
"#,
                lmtp = lmtp_port.unwrap(),
                before = before.display(),
                d = d.display(),
            ));
        }
        std::fs::write(d.join("dovecot.conf"), conf).unwrap();
        chown_nobody(&d.join("mail"));
        if opts.sieve_before.is_some() {
            let out = Command::new(SIEVEC)
                .arg("-c")
                .arg(d.join("dovecot.conf"))
                .arg(d.join("before.sieve"))
                .output()
                .expect("sievec runs");
            assert!(
                out.status.success(),
                "sievec: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let dc = Dovecot {
            dir,
            port,
            lmtp_port,
            tls_port,
        };
        dc.launch();
        dc
    }

    /// The test CA's certificate (PEM), when TLS is set up.
    #[allow(dead_code)]
    pub fn ca_file(&self) -> PathBuf {
        self.dir().join("ca.pem")
    }

    /// The temporary directory.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    fn conf(&self) -> PathBuf {
        self.dir().join("dovecot.conf")
    }

    fn launch(&self) {
        // The daemon keeps inherited pipes open: no output capture (errors go to the log).
        let status = Command::new(DOVECOT)
            .arg("-c")
            .arg(self.conf())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("dovecot starts");
        assert!(status.success(), "dovecot did not start: {}", self.log());
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "dovecot did not listen: {}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Stops the server; open IMAP connections are kicked first (a stopped master leaves
    /// running imap processes alone).
    pub fn stop(&self) {
        let _ = Command::new(DOVEADM)
            .arg("-c")
            .arg(self.conf())
            .args(["kick", USER])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let _ = Command::new(DOVEADM)
            .arg("-c")
            .arg(self.conf())
            .arg("stop")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok()
            || self.dir().join("run/master.pid").exists()
        {
            if Instant::now() > deadline {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Stops and starts the server again with the same mail.
    pub fn restart(&self) {
        self.stop();
        self.launch();
    }

    /// The server log.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir().join("dovecot.log")).unwrap_or_default()
    }

    /// Delivers `msg` through dovecot-lda (Sieve runs); returns the LDA's exit code.
    pub fn deliver_lda(&self, msg: &[u8]) -> i32 {
        let mut child = Command::new(LDA)
            .arg("-c")
            .arg(self.conf())
            .args(["-d", USER, "-f", "sender@example.org"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("dovecot-lda runs");
        child.stdin.take().unwrap().write_all(msg).unwrap();
        let out = child.wait_with_output().unwrap();
        if !out.status.success() {
            eprintln!("dovecot-lda: {}", String::from_utf8_lossy(&out.stderr));
        }
        out.status.code().unwrap_or(-1)
    }

    /// A logged-in IMAP session.
    pub async fn session(&self) -> Session<TcpStream> {
        let tcp = TcpStream::connect(("127.0.0.1", self.port)).await.unwrap();
        let mut client = async_imap::Client::new(tcp);
        client.read_response().await.unwrap();
        client
            .login(USER, PASSWORD)
            .await
            .map_err(|(e, _)| e)
            .unwrap()
    }
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        self.stop();
    }
}

fn chmod(p: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn chown_nobody(p: &Path) {
    let status = Command::new("chown")
        .args(["-R", "nobody:nogroup"])
        .arg(p)
        .status()
        .unwrap();
    assert!(status.success(), "chown nobody {}", p.display());
}

/// Appends `msg` to `folder` (created if missing).
pub async fn append(s: &mut Session<TcpStream>, folder: &str, msg: &[u8]) {
    let _ = s.create(folder).await;
    s.append(folder, None, None, msg).await.unwrap();
}

/// Every message in `folder`: (UID, flags as text, raw bytes).
pub async fn messages(s: &mut Session<TcpStream>, folder: &str) -> Vec<(u32, String, Vec<u8>)> {
    let mb = s.select(folder).await.unwrap();
    if mb.exists == 0 {
        return Vec::new();
    }
    let fetches: Vec<_> = s
        .fetch("1:*", "(UID FLAGS BODY.PEEK[])")
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    let mut out: Vec<_> = fetches
        .iter()
        .map(|f| {
            (
                f.uid.unwrap(),
                format!("{:?}", f.flags().collect::<Vec<_>>()),
                f.body().unwrap().to_vec(),
            )
        })
        .collect();
    out.sort_by_key(|m| m.0);
    out
}

/// Number of messages in `folder` (0 when it does not exist).
pub async fn count(s: &mut Session<TcpStream>, folder: &str) -> u32 {
    match s.select(folder).await {
        Ok(mb) => mb.exists,
        Err(_) => 0,
    }
}
