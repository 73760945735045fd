//! Finds who is signed in, once per request: the session cookie's token is looked up in the
//! database (shared by every server process) and the actor put into the request's extensions,
//! with where the request came from (the TCP peer, or behind a trusted proxy the client it
//! names: [`crate::forwarded`]).

use crate::{forwarded::client_addr, router::AppState};
use app::api::context::{cookie_in, session_cookie_name};
use axum::{
    extract::{ConnectInfo, Request, State},
    http::header,
    middleware::Next,
    response::Response,
};
use backend::{accounts::sessions, actor::Client, clock::now};
use std::net::SocketAddr;

/// Static files and the health check need no session.
fn needs_session(path: &str) -> bool {
    !(path.starts_with("/pkg/") || path == "/favicon.svg" || path == "/healthz")
}

pub async fn load(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let forwarded_for: Vec<&str> = request
        .headers()
        .get_all("x-forwarded-for")
        .iter()
        .map(|value| value.to_str().unwrap_or_default())
        .collect();
    let addr = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or_else(
            || "unknown".to_string(),
            |info| {
                client_addr(info.0.ip(), &forwarded_for, &state.config.trusted_proxies).to_string()
            },
        );
    let user_agent = request
        .headers()
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let client = Client::new(addr, user_agent);
    let token = cookie_in(
        request.headers(),
        session_cookie_name(state.config.serves_https()),
    );
    if let Some(token) = token.filter(|_| needs_session(request.uri().path())) {
        match sessions::resolve(&state.db, &token, client.clone(), now()).await {
            Ok(Some(actor)) => {
                request.extensions_mut().insert(actor);
            }
            Ok(None) => {}
            Err(error) => tracing::error!(%error, "could not look up a session"),
        }
    }
    request.extensions_mut().insert(client);
    next.run(request).await
}
