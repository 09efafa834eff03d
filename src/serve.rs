//! HTTP intake (axum): `POST /api/messages` takes one ticket or social-media message (the same
//! JSON as `ingest`), runs it through detect → policy → redact at once and puts the redacted
//! message on the store's queue, where `pii-scrubber worker` picks it up (raw text is never
//! queued); `GET /healthz`.
//! A bearer token is required; errors say what is wrong, never echo a value.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;

use crate::detect::Scratch;
use crate::intake::{prepare_in_thread, stored_thread, Kind};
use crate::jsonl::parse_record;
use crate::pipeline::Scrubber;
use crate::store::Store;

/// Largest accepted request body.
pub const MAX_BODY: usize = 1 << 20;

struct AppState {
    scrubber: Arc<Scrubber>,
    store: Store,
    token: String,
}

fn json(status: StatusCode, value: serde_json::Value) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        value.to_string(),
    )
        .into_response()
}

fn error(status: StatusCode, message: &str) -> Response {
    json(status, serde_json::json!({ "error": message }))
}

/// Constant-time comparison, so the token cannot be guessed byte by byte from timings.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn post_message(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let auth = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    // The scheme is case-insensitive (RFC 7235): `bearer` is `Bearer`.
    let token = match auth.split_once(' ') {
        Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") => token.trim(),
        _ => return error(StatusCode::UNAUTHORIZED, "missing bearer token"),
    };
    if !same(token.as_bytes(), state.token.as_bytes()) {
        return error(StatusCode::UNAUTHORIZED, "wrong bearer token");
    }
    let body = match body {
        Ok(b) => b,
        Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            let limit = format!("body larger than {} KiB", MAX_BODY / 1024);
            return error(StatusCode::PAYLOAD_TOO_LARGE, &limit);
        }
        Err(e) => return error(e.status(), &e.body_text()),
    };
    let Ok(text) = std::str::from_utf8(&body) else {
        return error(StatusCode::BAD_REQUEST, "body is not valid UTF-8");
    };
    let rec = match parse_record(text) {
        Ok(r) => r,
        Err(e) => return error(StatusCode::BAD_REQUEST, &format!("invalid JSON: {e}")),
    };
    let kind = if rec.extra.iter().any(|(k, _)| k == "platform") {
        Kind::Social
    } else {
        Kind::Tickets
    };
    // A reply's thread, when stored, says what the request is about.
    let thread = match stored_thread(kind, &rec, &state.store).await {
        Ok(t) => t,
        Err(e) => {
            log_store_error(&e.to_string());
            return error(
                StatusCode::SERVICE_UNAVAILABLE,
                "store unavailable, retry later",
            );
        }
    };
    let prepared = match prepare_in_thread(
        &state.scrubber,
        kind,
        &rec,
        &thread,
        &mut Scratch::default(),
    ) {
        Ok(p) => p,
        Err(e) => return error(StatusCode::BAD_REQUEST, &e),
    };
    match state.store.enqueue(std::slice::from_ref(&prepared)).await {
        Ok(ids) => json(
            StatusCode::ACCEPTED,
            serde_json::json!({ "queued": ids.first() }),
        ),
        Err(e) => {
            log_store_error(&e.to_string());
            error(
                StatusCode::SERVICE_UNAVAILABLE,
                "store unavailable, retry later",
            )
        }
    }
}

/// Store errors name the database problem, never a value; they go to stderr.
fn log_store_error(msg: &str) {
    eprintln!("serve: {msg}");
}

/// The router, for tests and for [`serve`].
pub fn router(scrubber: impl Into<Arc<Scrubber>>, store: Store, token: String) -> Router {
    let state = Arc::new(AppState {
        scrubber: scrubber.into(),
        store,
        token,
    });
    let wrong_method = || async {
        error(
            StatusCode::METHOD_NOT_ALLOWED,
            "method not allowed: POST /api/messages, GET /healthz",
        )
    };
    Router::new()
        .route("/healthz", get(healthz).fallback(wrong_method))
        .route("/api/messages", post(post_message).fallback(wrong_method))
        .fallback(|| async {
            error(
                StatusCode::NOT_FOUND,
                "no such endpoint: POST /api/messages, GET /healthz",
            )
        })
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(state)
}

/// `ok` while the store answers; 503 when it does not (a load balancer then stops sending).
async fn healthz(State(state): State<Arc<AppState>>) -> Response {
    match state.store.ping().await {
        Ok(()) => "ok\n".into_response(),
        Err(_) => error(StatusCode::SERVICE_UNAVAILABLE, "store unavailable"),
    }
}

/// Serves until SIGTERM or Ctrl-C, then finishes the requests in flight.
pub async fn serve(listener: tokio::net::TcpListener, app: Router) -> std::io::Result<()> {
    serve_until(listener, app, crate::shutdown::signal()).await
}

/// Serves until `stop` resolves, then finishes the requests in flight.
pub async fn serve_until(
    listener: tokio::net::TcpListener,
    app: Router,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app)
        .with_graceful_shutdown(stop)
        .await
}
