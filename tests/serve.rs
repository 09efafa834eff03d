//! HTTP intake over a real socket: status codes for good, bad, unauthorised and too-large
//! requests; accepted messages are queued redacted and a worker's drain stores each once.

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use pii_scrubber::pipeline::Scrubber;
use pii_scrubber::redact::{Method, Redactor};
use pii_scrubber::store::Store;

async fn http(addr: std::net::SocketAddr, auth: Option<&str>, body: &[u8]) -> (u16, String) {
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut req = format!("POST /api/messages HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n", body.len());
    if let Some(a) = auth {
        req.push_str(&format!("Authorization: {a}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).await.unwrap();
    let _ = s.write_all(body).await;
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out).await;
    let text = String::from_utf8_lossy(&out).to_string();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, text)
}

async fn get(addr: std::net::SocketAddr, path: &str) -> String {
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    let req = format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    s.write_all(req.as_bytes()).await.unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out).await;
    String::from_utf8_lossy(&out).to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn post_messages_with_token_validation_and_limits() {
    let cfg = crate::corpus_config();
    let scrubber = Scrubber {
        redactor: Redactor::new(),
        ..Scrubber::from_config(&cfg, Method::Placeholder).unwrap()
    };
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(
        &format!("sqlite://{}", dir.path().join("s.db").display()),
        "t",
    )
    .await
    .unwrap();
    let app = pii_scrubber::serve::router(scrubber, store.clone(), "s3cret".into());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(pii_scrubber::serve::serve(listener, app));

    let msg = br#"{"id":"w1","platform":"x","author":"Sanne","handle":"@sanne","text":"BSN 111222333, help!"}"#;
    assert_eq!(http(addr, None, msg).await.0, 401);
    assert_eq!(http(addr, Some("Bearer wrong"), msg).await.0, 401);
    let (status, body) = http(addr, Some("Bearer s3cret"), b"{not json").await;
    assert_eq!(status, 400);
    assert!(body.contains("invalid JSON"), "{body}");
    let (status, body) = http(addr, Some("Bearer s3cret"), br#"{"id":"w2"}"#).await;
    assert_eq!(status, 400);
    assert!(body.contains("missing field"), "{body}");
    let big = format!(
        "{{\"id\":\"w3\",\"text\":\"{}\"}}",
        "a".repeat(pii_scrubber::serve::MAX_BODY + 10)
    );
    let (status, body) = http(addr, Some("Bearer s3cret"), big.as_bytes()).await;
    assert_eq!(status, 413);
    assert!(
        body.contains(r#"{"error":"body larger than 1024 KiB"}"#),
        "{body}"
    );
    let health = get(addr, "/healthz").await;
    assert!(
        health.starts_with("HTTP/1.1 200") && health.ends_with("ok\n"),
        "{health}"
    );
    // Errors other tools see are JSON too; the scheme's case does not matter.
    let missing = get(addr, "/api/nothing").await;
    assert!(
        missing.starts_with("HTTP/1.1 404") && missing.contains(r#"{"error":"no such endpoint"#),
        "{missing}"
    );
    let wrong = get(addr, "/api/messages").await;
    assert!(
        wrong.starts_with("HTTP/1.1 405") && wrong.contains(r#"{"error":"method not allowed"#),
        "{wrong}"
    );
    assert_eq!(
        http(addr, Some("bearer s3cret"), b"{not json").await.0,
        400,
        "a lower-case scheme is accepted"
    );
    let (status, body) = http(addr, Some("Bearer s3cret"), msg).await;
    assert_eq!(status, 202, "{body}");
    assert!(body.contains("\"queued\":1"), "{body}");
    assert_eq!(
        http(addr, Some("Bearer s3cret"), msg).await.0,
        202,
        "a re-delivery is accepted; the worker stores it once"
    );
    assert_eq!(store.queue_len().await.unwrap(), 2);
    // Only the redacted message is queued: the raw value is not in the store.
    let drained = store.drain_queue(10).await.unwrap();
    assert_eq!(drained.claimed(), 2);
    assert_eq!(
        drained.ingested[1],
        pii_scrubber::store::Ingested::Duplicate,
        "a re-delivery is not stored twice"
    );
    assert_eq!(store.queue_len().await.unwrap(), 0);
    let stored = store.messages(1).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert!(stored[0].body.contains("[BSN-1]") && !stored[0].body.contains("111222333"));
    // A store that is gone: 503, retry later; nothing about the message in the answer.
    store.shutdown().await;
    let (status, body) = http(addr, Some("Bearer s3cret"), msg).await;
    assert_eq!(status, 503, "{body}");
    assert!(
        body.contains("store unavailable") && !body.contains("111222333"),
        "{body}"
    );
    let health = get(addr, "/healthz").await;
    assert!(health.starts_with("HTTP/1.1 503"), "{health}");
}
