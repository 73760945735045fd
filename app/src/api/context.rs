//! What a server function knows about its request (server only): the database, the signed-in
//! actor the session layer found, where the request came from, and how to write cookies.

use super::error::AppError;
use backend::{
    actor::{Actor, Client},
    db::Db,
};
use http::{header, request::Parts, HeaderValue};
use leptos::prelude::*;

/// Provided per request by the server.
#[derive(Clone)]
pub struct ServerContext {
    pub db: Db,
    /// Served over HTTPS: cookies get `Secure` and the `__Host-` prefix.
    pub https: bool,
    /// The address people reach the portal at, for links in emails (never the request's `Host`,
    /// which a caller chooses).
    pub public_origin: String,
    /// Wakes this process's notification worker after a commit that queued a message.
    pub outbox_wake: std::sync::Arc<tokio::sync::Notify>,
}

pub fn server() -> Result<ServerContext, AppError> {
    use_context::<ServerContext>().ok_or_else(|| AppError::internal("no server context"))
}

fn parts() -> Option<Parts> {
    use_context::<Parts>()
}

/// The signed-in person, as the session layer resolved them for this request.
pub fn actor() -> Option<Actor> {
    parts().and_then(|p| p.extensions.get::<Actor>().cloned())
}

pub fn require_actor() -> Result<Actor, AppError> {
    actor().ok_or_else(|| refuse(AppError::SignInRequired))
}

/// Gives a refusal its HTTP status (401, 404, 409, 422, 429…) for script callers, so logs and
/// clients do not read it as a server failure. A plain form post keeps its redirect.
pub fn refuse(error: AppError) -> AppError {
    use http::StatusCode;
    let status = match &error {
        AppError::InvalidCredentials | AppError::SignInRequired => StatusCode::UNAUTHORIZED,
        AppError::TooManyAttempts { .. } => StatusCode::TOO_MANY_REQUESTS,
        AppError::NotFound => StatusCode::NOT_FOUND,
        AppError::AlreadyHasAccount | AppError::EmailTaken | AppError::EmailTakenMeanwhile => {
            StatusCode::CONFLICT
        }
        AppError::InvalidInvitation
        | AppError::Password(_)
        | AppError::InvalidEmail
        | AppError::WrongCurrentPassword
        | AppError::WrongCode
        | AppError::NameRequired
        | AppError::InvalidResetLink
        | AppError::InvalidEmailChangeLink
        | AppError::RoleRequired
        | AppError::VisitNotOffered
        | AppError::ReasonRequired
        | AppError::ReasonTooLong
        | AppError::LocationInvalid(_)
        | AppError::ProviderInvalid(_)
        | AppError::CredentialInvalid(_)
        | AppError::BlockInvalid { .. } => StatusCode::UNPROCESSABLE_ENTITY,
        AppError::SlotTaken { .. }
        | AppError::PatientBusy
        | AppError::NotBookable(_)
        | AppError::ChangeRefused(_)
        | AppError::ReplacedTooLate { .. }
        | AppError::StatusRefused(_) => StatusCode::CONFLICT,
        AppError::StaleForm | AppError::TransitionNotAllowed => StatusCode::CONFLICT,
        AppError::Request => StatusCode::BAD_REQUEST,
        AppError::Internal { .. } => StatusCode::INTERNAL_SERVER_ERROR,
    };
    if !is_plain_form() {
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(status);
        }
    }
    error
}

/// Where the request came from (the session layer records it in the extensions).
pub fn client() -> Client {
    parts()
        .and_then(|p| p.extensions.get::<Client>().cloned())
        .unwrap_or_else(|| Client::new("unknown", ""))
}

/// Whether this request is a form posted without JavaScript (it accepts HTML): its answer is a
/// redirect, so anything to show afterwards must travel in a cookie.
pub fn is_plain_form() -> bool {
    parts().is_some_and(|p| {
        p.headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|accept| accept.contains("text/html"))
    })
}

/// The path (no query) of the page this request was sent from, by its `Referer` (the portal's
/// `Referrer-Policy: same-origin` keeps it on our own requests): where a flash cookie for that
/// page belongs when the server function cannot tell which page posted.
pub fn referer_path() -> Option<String> {
    let parts = parts()?;
    let referer = parts.headers.get(header::REFERER)?.to_str().ok()?;
    let (_, rest) = referer.split_once("://")?;
    let path = &rest[rest.find('/')?..];
    let path = path.split(['?', '#']).next()?;
    (path.starts_with('/') && !path.starts_with("//")).then(|| path.to_string())
}

/// Sends a form posted without JavaScript to `path`. With JavaScript the page decides what to do
/// (after signing in or out it reloads, so the whole page follows the account's language).
pub fn redirect_plain_form(path: &str) {
    if is_plain_form() {
        leptos_axum::redirect(path);
    }
}

/// The cookie that carries a form's typed values (never passwords) or a one-time result back to
/// the page after a no-JavaScript post, for a few minutes and only to that page.
const FLASH_COOKIE: &str = "portal_flash";

/// Remembers `fields` for the next render of the page at `path` (plain form posts only).
pub fn flash(path: &str, fields: &std::collections::BTreeMap<&str, String>) {
    use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
    if is_plain_form() {
        let json = serde_json::to_string(fields).unwrap_or_default();
        set_cookie(FLASH_COOKIE, &URL_SAFE_NO_PAD.encode(json), path, Some(300));
    }
}

/// Reads, and forgets, what [`flash`] remembered for the page at `path`.
pub fn take_flash(path: &str) -> std::collections::BTreeMap<String, String> {
    use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
    let Some(value) = cookie(FLASH_COOKIE) else {
        return Default::default();
    };
    set_cookie(FLASH_COOKIE, "", path, Some(0));
    URL_SAFE_NO_PAD
        .decode(value)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

/// Hands the browser a new session's cookie and, for a plain form, sends it home.
pub fn start_session(token: &str) {
    set_session_cookie(token);
    redirect_plain_form("/");
}

/// Replaces the session cookie (a new session at sign-in and whenever privileges change).
pub fn set_session_cookie(token: &str) {
    let https = use_context::<ServerContext>().is_some_and(|c| c.https);
    set_cookie(session_cookie_name(https), token, "/", None);
}

pub fn session_cookie_name(https: bool) -> &'static str {
    if https {
        "__Host-portal_session"
    } else {
        "portal_session"
    }
}

/// The value of cookie `name` among request headers (the server's layers use this too).
pub fn cookie_in(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (key, value) = pair.trim().split_once('=')?;
            (key == name).then(|| value.to_string())
        })
}

/// The value of cookie `name` in this request.
pub fn cookie(name: &str) -> Option<String> {
    cookie_in(&parts()?.headers, name)
}

/// Adds a `Set-Cookie` to the response: `HttpOnly`, `SameSite=Lax`, `Secure` over HTTPS. Without
/// `max_age` it lasts until the browser closes; zero deletes it.
pub fn set_cookie(name: &str, value: &str, path: &str, max_age_seconds: Option<i64>) {
    let https = use_context::<ServerContext>().is_some_and(|c| c.https);
    let secure = if https { "; Secure" } else { "" };
    let max_age = max_age_seconds
        .map(|s| format!("; Max-Age={s}"))
        .unwrap_or_default();
    let cookie = format!("{name}={value}; Path={path}{max_age}; HttpOnly; SameSite=Lax{secure}");
    if let (Some(response), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        HeaderValue::from_str(&cookie),
    ) {
        response.append_header(header::SET_COOKIE, value);
    }
}
