//! Chooses each request's language and remembers a choice made with `?lang=` in a cookie.

use crate::router::AppState;
use app::api::context::cookie_in;
use axum::{
    extract::{Request, State},
    http::{header, HeaderValue},
    middleware::Next,
    response::Response,
};
use backend::actor::Actor;
use domain::locale::{Locale, LocaleSources};

const COOKIE: &str = "lang";

fn query_lang(request: &Request) -> Option<&str> {
    request
        .uri()
        .query()?
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
}

/// Puts the negotiated [`Locale`] into the request's extensions for the renderer and the error
/// pages; sets the cookie when the request chose a supported language with `?lang=`. Runs after
/// the session layer, whose actor carries the account's preferred language.
pub async fn negotiate(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let chosen = query_lang(&request).and_then(Locale::parse);
    let cookie = cookie_in(request.headers(), COOKIE);
    let locale = LocaleSources {
        account_preference: request
            .extensions()
            .get::<Actor>()
            .and_then(|actor| actor.preferred_locale),
        query: chosen.map(Locale::tag),
        cookie: cookie.as_deref(),
        accept_language: request
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    }
    .negotiate();
    request.extensions_mut().insert(locale);
    let mut response = next.run(request).await;
    if let Some(chosen) = chosen {
        let secure = if state.config.serves_https() {
            "; Secure"
        } else {
            ""
        };
        let cookie = format!(
            "{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}",
            chosen.tag()
        );
        response.headers_mut().append(
            header::SET_COOKIE,
            HeaderValue::from_str(&cookie).expect("the cookie is ASCII"),
        );
    }
    response
}
