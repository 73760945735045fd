//! Cross-site request forgery defence for every state-changing request: the browser must say the
//! request comes from our own origin. Leptos has none built in; SameSite cookies are the second
//! line.

use crate::{failure, router::AppState};
use app::plain_pages;
use axum::{
    extract::{Request, State},
    http::{header, Method, StatusCode},
    middleware::Next,
    response::Response,
};
use domain::locale::Locale;

/// `scheme://host[:port]` of a URL or an `Origin` value, without path.
fn origin_of(url: &str) -> Option<&str> {
    let scheme_end = url.find("://")? + 3;
    let end = url[scheme_end..]
        .find('/')
        .map_or(url.len(), |i| scheme_end + i);
    Some(&url[..end])
}

/// Whether `origin` is the portal's own: the configured public origin, or else the request's
/// `Host` (scheme not compared, since TLS may end at a proxy).
fn is_own(origin: &str, state: &AppState, request: &Request) -> bool {
    match &state.config.public_origin {
        Some(public) => origin.eq_ignore_ascii_case(public),
        None => {
            let host = request
                .headers()
                .get(header::HOST)
                .and_then(|h| h.to_str().ok());
            let origin_host = origin.split_once("://").map(|(_, host)| host);
            matches!((host, origin_host), (Some(h), Some(o)) if h.eq_ignore_ascii_case(o))
        }
    }
}

/// Whether the browser says (`Sec-Fetch-Site`) another site started the request; `None` when
/// it says nothing (an old browser, a script).
pub(crate) fn fetched_by_another_site(request: &Request) -> Option<bool> {
    let site = request.headers().get("sec-fetch-site")?.to_str().ok()?;
    Some(matches!(site, "cross-site" | "same-site"))
}

fn is_cross_site(state: &AppState, request: &Request) -> bool {
    let header = |name| {
        request
            .headers()
            .get(name)
            .and_then(|v: &header::HeaderValue| v.to_str().ok())
    };
    if fetched_by_another_site(request) == Some(true) {
        return true;
    }
    if let Some(origin) = header(header::ORIGIN) {
        // `Origin: null` comes from sandboxed frames and opaque redirects: not ours.
        return !is_own(origin, state, request);
    }
    if let Some(referer) = header(header::REFERER) {
        return !origin_of(referer).is_some_and(|o| is_own(o, state, request));
    }
    // Browsers always send Origin on POST; a request with neither header is not a forged
    // browser request.
    false
}

pub async fn refuse_cross_site(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if !safe && is_cross_site(&state, &request) {
        let locale = request
            .extensions()
            .get::<Locale>()
            .copied()
            .unwrap_or_default();
        tracing::warn!(method = %request.method(), path = request.uri().path(), "refused a cross-site request");
        return failure::html(
            StatusCode::FORBIDDEN,
            plain_pages::cross_site_page(locale, failure::stylesheet(&state.leptos)),
        );
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::origin_of;

    #[test]
    fn origins_of_urls() {
        assert_eq!(
            origin_of("https://a.example/x/y?z"),
            Some("https://a.example")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:3000"),
            Some("http://127.0.0.1:3000")
        );
        assert_eq!(origin_of("nonsense"), None);
    }
}
