//! Connecting and logging in: implicit TLS (rustls with the web PKI roots plus an optional CA
//! file) or plain TCP, which is allowed only to a loopback host.

use std::io;
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio_rustls::rustls::pki_types::{pem::PemObject, CertificateDer, ServerName};
use tokio_rustls::rustls::{ClientConfig, RootCertStore};
use tokio_rustls::TlsConnector;

use super::ImapError;
use crate::config::ImapConfig;

/// How long connecting, the greeting and login may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(20);

/// A plain or TLS connection.
#[derive(Debug)]
pub enum Stream {
    /// Plain TCP (loopback only).
    Plain(TcpStream),
    /// TLS over TCP.
    Tls(Box<tokio_rustls::client::TlsStream<TcpStream>>),
}

impl AsyncRead for Stream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Stream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_flush(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }
}

/// A logged-in session.
pub type Session = async_imap::Session<Stream>;

/// What the server supports that the worker uses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Capabilities {
    /// IDLE (RFC 2177): wait for new mail instead of polling.
    pub idle: bool,
    /// UIDPLUS (RFC 4315): UID EXPUNGE removes exactly the processed originals.
    pub uidplus: bool,
    /// MOVE (RFC 6851): set messages aside atomically.
    pub move_: bool,
}

/// Whether `host` is a loopback address or `localhost`.
pub fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host
            .trim_matches(|c| c == '[' || c == ']')
            .parse::<IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

fn tls_connector(cfg: &ImapConfig) -> Result<TlsConnector, ImapError> {
    let mut roots = RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    if let Some(path) = &cfg.ca_file {
        let certs = CertificateDer::pem_file_iter(path)
            .and_then(|it| it.collect::<Result<Vec<_>, _>>())
            .map_err(|e| ImapError::Config(format!("ca_file {}: {e}", path.display())))?;
        if certs.is_empty() {
            return Err(ImapError::Config(format!(
                "ca_file {}: no certificate in it",
                path.display()
            )));
        }
        for c in certs {
            roots
                .add(c)
                .map_err(|e| ImapError::Config(format!("ca_file {}: {e}", path.display())))?;
        }
    }
    let config = ClientConfig::builder_with_provider(Arc::new(
        tokio_rustls::rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| ImapError::Config(format!("TLS: {e}")))?
    .with_root_certificates(roots)
    .with_no_client_auth();
    Ok(TlsConnector::from(Arc::new(config)))
}

async fn open_stream(cfg: &ImapConfig) -> Result<Stream, ImapError> {
    let addr = (cfg.host.as_str(), cfg.port());
    let tcp = TcpStream::connect(addr).await.map_err(|e| {
        ImapError::Connection(format!("connect to {}:{}: {e}", cfg.host, cfg.port()))
    })?;
    tcp.set_nodelay(true).ok();
    if !cfg.tls {
        return Ok(Stream::Plain(tcp));
    }
    let name = ServerName::try_from(cfg.host.clone()).map_err(|_| {
        ImapError::Config(format!(
            "host `{}` is not a valid TLS server name",
            cfg.host
        ))
    })?;
    let tls = tls_connector(cfg)?
        .connect(name, tcp)
        .await
        .map_err(|e| handshake_error(&cfg.host, e))?;
    Ok(Stream::Tls(Box::new(tls)))
}

/// A refused server certificate will not get better by retrying: it ends the run; any other
/// handshake failure is a connection failure (retried).
fn handshake_error(host: &str, e: std::io::Error) -> ImapError {
    let certificate = e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<tokio_rustls::rustls::Error>())
        .is_some_and(|r| {
            matches!(
                r,
                tokio_rustls::rustls::Error::InvalidCertificate(_)
                    | tokio_rustls::rustls::Error::NoCertificatesPresented
            )
        });
    if certificate {
        ImapError::Certificate(format!(
            "{host}: {e} (trust a private CA with [imap] ca_file)"
        ))
    } else {
        ImapError::Connection(format!("TLS handshake with {host}: {e}"))
    }
}

/// Connects, reads the greeting, logs in and asks for the capabilities.
pub async fn connect(
    cfg: &ImapConfig,
    password: &str,
) -> Result<(Session, Capabilities), ImapError> {
    if !cfg.tls && !is_loopback(&cfg.host) {
        return Err(ImapError::Config(format!(
            "tls = false is allowed only for a loopback host, not `{}` (the password would travel in clear)",
            cfg.host
        )));
    }
    let fut = async {
        let stream = open_stream(cfg).await?;
        let mut client = async_imap::Client::new(stream);
        match client.read_response().await {
            Ok(Some(_)) => {}
            Ok(None) => return Err(ImapError::Connection("closed before its greeting".into())),
            Err(e) => return Err(ImapError::Connection(format!("greeting: {}", e.kind()))),
        }
        let mut session = match client.login(&cfg.user, password).await {
            Ok(s) => s,
            Err((e, _)) => {
                return Err(match ImapError::from_imap("LOGIN", e) {
                    ImapError::Server { reason, .. } => ImapError::Auth(reason),
                    other => other,
                })
            }
        };
        let caps = session
            .capabilities()
            .await
            .map_err(|e| ImapError::from_imap("CAPABILITY", e))?;
        let caps = Capabilities {
            idle: caps.has_str("IDLE"),
            uidplus: caps.has_str("UIDPLUS"),
            move_: caps.has_str("MOVE"),
        };
        Ok((session, caps))
    };
    tokio::time::timeout(CONNECT_TIMEOUT, fut)
        .await
        .map_err(|_| ImapError::Connection(format!("no login within {CONNECT_TIMEOUT:?}")))?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts() {
        assert!(is_loopback("127.0.0.1"));
        assert!(is_loopback("127.3.0.1"));
        assert!(is_loopback("::1"));
        assert!(is_loopback("[::1]"));
        assert!(is_loopback("LOCALHOST"));
        assert!(!is_loopback("imap.example.org"));
        assert!(!is_loopback("10.0.0.1"));
    }
}
