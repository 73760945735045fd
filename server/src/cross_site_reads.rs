//! Pages that record reads are not opened by another website. A link elsewhere (an email, a
//! forum, a hidden frame's navigation) could otherwise make a signed-in staff member's browser
//! open `/appointments/42` or `/staff/patients?q=…` and record a read of a patient they never
//! meant to look at. A GET that the browser says another site started (`Sec-Fetch-Site:
//! cross-site` or `same-site`) and that carries a session gets a small page, "Continue to this
//! page?", whose same-origin link opens it; nothing is read or recorded meanwhile. Requests
//! without the header (old browsers, scripts) are served as before; static files carry no
//! session; the pages in [`shows_no_personal_data`] are served as they are.
//!
//! `SameSite=Strict` on the session cookie would do the same, but every link in an email would
//! then arrive signed out.

use crate::{csrf::fetched_by_another_site, failure, router::AppState};
use app::plain_pages;
use axum::{
    extract::{Request, State},
    http::{Method, StatusCode},
    middleware::Next,
    response::Response,
};
use backend::actor::Actor;
use domain::locale::Locale;

/// Pages that show nothing about anyone and record no read, whoever opens them.
fn shows_no_personal_data(path: &str) -> bool {
    let profile = path
        .strip_prefix("/providers/")
        .is_some_and(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()));
    profile || matches!(path, "/" | "/find-a-doctor" | "/accessibility" | "/healthz")
}

pub async fn ask_before_reading(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let reads = matches!(*request.method(), Method::GET | Method::HEAD);
    if reads
        && request.extensions().get::<Actor>().is_some()
        && fetched_by_another_site(&request) == Some(true)
        && !shows_no_personal_data(request.uri().path())
    {
        let locale = request
            .extensions()
            .get::<Locale>()
            .copied()
            .unwrap_or_default();
        let target = request
            .uri()
            .path_and_query()
            .map_or("/", |p| p.as_str())
            .to_string();
        return failure::html(
            StatusCode::OK,
            plain_pages::continue_page(locale, failure::stylesheet(&state.leptos), &target),
        );
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::shows_no_personal_data;

    #[test]
    fn only_the_public_pages_are_served_to_another_sites_links() {
        for path in ["/", "/find-a-doctor", "/providers/12", "/accessibility"] {
            assert!(shows_no_personal_data(path), "{path}");
        }
        for path in [
            "/appointments/5",
            "/providers/12/book",
            "/providers/",
            "/staff/patients",
            "/admin/audit",
            "/account/activity",
            "/api/search_audit",
        ] {
            assert!(!shows_no_personal_data(path), "{path}");
        }
    }
}
