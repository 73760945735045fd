//! Signing in and out, and the signed-in person's sessions.

use super::error::AppError;
use domain::{accounts::Role, time::ZonedDateTime};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Who is signed in, for the header and the navigation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedInUser {
    pub name: String,
    pub roles: Vec<Role>,
    pub is_patient: bool,
    /// Quiet time after which the session ends (15 minutes for staff, 30 for patients).
    pub idle_limit_ms: i64,
    /// A staff role waits for two-step verification.
    pub two_factor_needed: bool,
}

/// One of the signed-in person's sessions, as `/account/security` lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRow {
    pub id: String,
    pub browser: Option<String>,
    pub system: Option<String>,
    /// What kind of network the session signed in from, and its address with the last part
    /// hidden.
    pub network: domain::accounts::Network,
    pub address: String,
    pub started: ZonedDateTime,
    pub last_active: ZonedDateTime,
    pub current: bool,
}

/// What a post on `/account/security` did, said on the page it returns to (`?done=…&count=…`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SecurityDone {
    PasswordChanged,
    /// A link went to the new address (or, unsaid, its owner was told it has an account).
    EmailChangeRequested,
    EmailChangeCancelled,
    SessionEnded,
    /// "Sign out everywhere else", with how many sessions ended.
    SessionsEnded(u64),
    TwoFactorOff,
}

impl SecurityDone {
    /// The page's address saying so (with the section to land on).
    pub fn path(self) -> String {
        use super::two_factor::SECURITY_PAGE;
        match self {
            SecurityDone::PasswordChanged => format!("{SECURITY_PAGE}?done=password_changed"),
            SecurityDone::EmailChangeRequested => {
                format!("{SECURITY_PAGE}?done=email_change_requested#email")
            }
            SecurityDone::EmailChangeCancelled => {
                format!("{SECURITY_PAGE}?done=email_change_cancelled#email")
            }
            SecurityDone::SessionEnded => format!("{SECURITY_PAGE}?done=session_ended"),
            SecurityDone::SessionsEnded(count) => {
                format!("{SECURITY_PAGE}?done=sessions_ended&count={count}")
            }
            SecurityDone::TwoFactorOff => format!("{SECURITY_PAGE}?done=two_factor_off#two-factor"),
        }
    }

    /// Reads `done` and `count` back from the page's query.
    pub fn from_query(done: Option<&str>, count: Option<&str>) -> Option<SecurityDone> {
        Some(match done? {
            "password_changed" => SecurityDone::PasswordChanged,
            "email_change_requested" => SecurityDone::EmailChangeRequested,
            "email_change_cancelled" => SecurityDone::EmailChangeCancelled,
            "session_ended" => SecurityDone::SessionEnded,
            "sessions_ended" => SecurityDone::SessionsEnded(count?.parse().ok()?),
            "two_factor_off" => SecurityDone::TwoFactorOff,
            _ => return None,
        })
    }
}

/// Where a right password leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignInNext {
    Home,
    /// The account has two-step verification: the code page.
    Code,
}

#[server(prefix = "/api", endpoint = "sign_in")]
#[middleware(crate::api::known_fields::KnownFields::<SignIn>::new())]
pub async fn sign_in(email: String, password: String) -> Result<SignInNext, AppError> {
    use super::context::{
        client, flash, redirect_plain_form, server, set_session_cookie, start_session,
    };
    use backend::accounts::{SignInError, SignInStep};

    let context = server()?;
    let outcome = backend::accounts::sign_in(
        &context.db,
        &email,
        &password,
        client(),
        backend::clock::now(),
    )
    .await;
    match outcome {
        Ok(SignInStep::SignedIn(signed_in)) => {
            start_session(&signed_in.token);
            Ok(SignInNext::Home)
        }
        Ok(SignInStep::SecondFactor { token }) => {
            set_session_cookie(&token);
            redirect_plain_form(super::two_factor::CODE_PAGE);
            Ok(SignInNext::Code)
        }
        Err(error) => {
            // Shown again without JavaScript, with no personal data in the address bar.
            flash(
                "/sign-in",
                &[("email", email.chars().take(254).collect())].into(),
            );
            Err(super::context::refuse(match error {
                SignInError::InvalidCredentials => AppError::InvalidCredentials,
                SignInError::Throttled {
                    retry_after_minutes,
                } => AppError::TooManyAttempts {
                    minutes: retry_after_minutes,
                },
                SignInError::Database(e) => AppError::internal(e),
            }))
        }
    }
}

/// What was typed into the form at `path` before a failed no-JavaScript post (never passwords),
/// or the one-time result of one; forgotten once read.
#[server(prefix = "/api", endpoint = "typed_fields")]
#[middleware(crate::api::known_fields::KnownFields::<TypedFields>::new())]
pub async fn typed_fields(
    path: String,
) -> Result<std::collections::BTreeMap<String, String>, AppError> {
    Ok(super::context::take_flash(&path))
}

#[server(prefix = "/api", endpoint = "sign_out")]
#[middleware(crate::api::known_fields::KnownFields::<SignOut>::new())]
pub async fn sign_out() -> Result<(), AppError> {
    use super::context::{
        client, cookie, redirect_plain_form, server, session_cookie_name, set_cookie,
    };

    let context = server()?;
    if let Some(token) = cookie(session_cookie_name(context.https)) {
        backend::accounts::sessions::sign_out(
            &context.db,
            &token,
            &client(),
            backend::clock::now(),
        )
        .await
        .map_err(AppError::internal)?;
    }
    set_cookie(session_cookie_name(context.https), "", "/", Some(0));
    redirect_plain_form("/");
    Ok(())
}

#[server(prefix = "/api", endpoint = "current_user")]
#[middleware(crate::api::known_fields::KnownFields::<CurrentUser>::new())]
pub async fn current_user() -> Result<Option<SignedInUser>, AppError> {
    Ok(super::context::actor().map(|actor| SignedInUser {
        is_patient: actor.patient_id.is_some(),
        idle_limit_ms: actor.idle_limit_ms(),
        two_factor_needed: actor.two_factor_needed,
        name: actor.display_name,
        roles: actor.roles,
    }))
}

#[server(prefix = "/api", endpoint = "list_sessions")]
#[middleware(crate::api::known_fields::KnownFields::<ListSessions>::new())]
pub async fn list_sessions() -> Result<Vec<SessionRow>, AppError> {
    use super::context::{require_actor, server};
    use domain::accounts::{device_summary, masked_address, network_of};

    let actor = require_actor()?;
    let sessions = backend::accounts::sessions::list(&server()?.db, &actor, backend::clock::now())
        .await
        .map_err(AppError::internal)?;
    Ok(sessions
        .into_iter()
        .map(|session| {
            let (browser, system) = device_summary(&session.user_agent);
            SessionRow {
                id: session.id,
                browser: browser.map(str::to_string),
                system: system.map(str::to_string),
                network: network_of(&session.client_addr),
                address: masked_address(&session.client_addr),
                started: ZonedDateTime::utc(session.created_at),
                last_active: ZonedDateTime::utc(session.last_seen_at),
                current: session.current,
            }
        })
        .collect())
}

/// Ends one of the signed-in person's other sessions (another person's id ends nothing).
#[server(prefix = "/api", endpoint = "end_session")]
#[middleware(crate::api::known_fields::KnownFields::<EndSession>::new())]
pub async fn end_session(id: String) -> Result<(), AppError> {
    use super::context::{require_actor, server};
    use backend::accounts::sessions::{end, Ending};

    let actor = require_actor()?;
    let ended = end(
        &server()?.db,
        &actor,
        Ending::One(id),
        backend::clock::now(),
    )
    .await
    .map_err(AppError::internal)?;
    if ended == 0 {
        return Err(super::context::refuse(AppError::NotFound));
    }
    super::context::redirect_plain_form(&SecurityDone::SessionEnded.path());
    Ok(())
}

/// "Sign out everywhere else": every session but this one ends at once.
#[server(prefix = "/api", endpoint = "end_other_sessions")]
#[middleware(crate::api::known_fields::KnownFields::<EndOtherSessions>::new())]
pub async fn end_other_sessions() -> Result<u64, AppError> {
    use super::context::{require_actor, server};
    use backend::accounts::sessions::{end, Ending};

    let actor = require_actor()?;
    let ended = end(
        &server()?.db,
        &actor,
        Ending::AllOthers,
        backend::clock::now(),
    )
    .await
    .map_err(AppError::internal)?;
    super::context::redirect_plain_form(&SecurityDone::SessionsEnded(ended).path());
    Ok(ended)
}

/// The language chooser of a signed-in person: saves the choice on the account (it outranks
/// `?lang=` and the cookie) and in the cookie.
#[server(prefix = "/api", endpoint = "set_language")]
#[middleware(crate::api::known_fields::KnownFields::<SetLanguage>::new())]
pub async fn set_language(lang: String) -> Result<(), AppError> {
    use super::context::{require_actor, server, set_cookie};
    use domain::locale::Locale;

    let actor = require_actor()?;
    let locale = Locale::parse(&lang).ok_or_else(|| super::context::refuse(AppError::Request))?;
    backend::accounts::set_preferred_locale(&server()?.db, &actor, locale, backend::clock::now())
        .await
        .map_err(AppError::internal)?;
    set_cookie("lang", locale.tag(), "/", Some(31_536_000));
    Ok(())
}

/// "Stay signed in": the idle clock starts again.
#[server(prefix = "/api", endpoint = "keep_alive")]
#[middleware(crate::api::known_fields::KnownFields::<KeepAlive>::new())]
pub async fn keep_alive() -> Result<(), AppError> {
    use super::context::{require_actor, server};
    let actor = require_actor()?;
    backend::accounts::sessions::touch(&server()?.db, &actor, backend::clock::now())
        .await
        .map_err(AppError::internal)
}

/// What a person is told when the current password, asked again before a change, did not let the
/// change go ahead.
#[cfg(feature = "ssr")]
pub(crate) fn reentry_refusal(refused: backend::accounts::Reentry) -> AppError {
    use backend::accounts::Reentry;
    super::context::refuse(match refused {
        Reentry::Wrong => AppError::WrongCurrentPassword,
        Reentry::Throttled {
            retry_after_minutes,
        } => AppError::TooManyAttempts {
            minutes: retry_after_minutes,
        },
        Reentry::Database(e) => return AppError::internal(e),
    })
}

/// Changes the password (the current one is asked again); every other session ends.
#[server(prefix = "/api", endpoint = "change_password")]
#[middleware(crate::api::known_fields::KnownFields::<ChangePassword>::new())]
pub async fn change_password(
    current_password: String,
    new_password: String,
) -> Result<(), AppError> {
    use super::context::{refuse, require_actor, server};
    use backend::accounts::ChangePasswordError;

    let actor = require_actor()?;
    backend::accounts::change_password(
        &server()?.db,
        &actor,
        &current_password,
        &new_password,
        backend::clock::now(),
    )
    .await
    .map_err(|error| match error {
        ChangePasswordError::Reentry(refused) => reentry_refusal(refused),
        ChangePasswordError::Password(problem) => refuse(AppError::Password(problem)),
        ChangePasswordError::Database(e) => AppError::internal(e),
    })?;
    super::context::redirect_plain_form(&SecurityDone::PasswordChanged.path());
    Ok(())
}
