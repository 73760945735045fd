//! Failures outside the app's own views: a panic becomes a 500 page with a reference code for the
//! help desk and no internals.

use crate::router::AppState;
use app::{plain_pages, Assets};
use axum::{
    extract::{Request, State},
    http::{header, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use domain::locale::Locale;
use futures::FutureExt;
use leptos::config::LeptosOptions;
use rand::Rng;
use std::{panic::AssertUnwindSafe, sync::OnceLock};

/// The stylesheet the plain pages link: the site's own, by its hashed name (read once).
pub fn stylesheet(options: &LeptosOptions) -> &'static str {
    static PATH: OnceLock<String> = OnceLock::new();
    PATH.get_or_init(|| format!("/{}/{}", options.site_pkg_dir, Assets::read(options).css))
}

/// A short code a patient can read out to the help desk; the log line carries the same code.
fn reference_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTVWXYZ23456789";
    let mut rng = rand::rng();
    (0..8)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect()
}

pub fn html(status: StatusCode, page: String) -> Response {
    let mut response = (status, page).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    response
}

/// Turns a panic while handling a request into a 500 page with a reference code.
pub async fn catch_panic(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let locale = request
        .extensions()
        .get::<Locale>()
        .copied()
        .unwrap_or_default();
    match AssertUnwindSafe(next.run(request)).catch_unwind().await {
        Ok(response) => response,
        Err(_) => {
            let reference = reference_code();
            tracing::error!(reference = %reference, "request failed with a panic");
            html(
                StatusCode::INTERNAL_SERVER_ERROR,
                plain_pages::failure_page(locale, stylesheet(&state.leptos), &reference),
            )
        }
    }
}
