//! Two-step verification: the code step of signing in, and setting it up, turning it off and
//! making new recovery codes on `/account/security`.

use super::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The page that manages it; a no-JavaScript post returns there.
pub const SECURITY_PAGE: &str = "/account/security";
/// The code step of signing in.
pub const CODE_PAGE: &str = "/sign-in/code";
/// Where recovery codes travel back to the page after a no-JavaScript post (shown once).
pub const RECOVERY_CODES_FIELD: &str = "recovery_codes";

/// A secret waiting for its first code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingSetup {
    /// In groups of four, for typing into an app by hand.
    pub secret: String,
    /// An SVG data URL of the QR code.
    pub qr_code: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TwoFactorView {
    pub on: bool,
    pub pending: Option<PendingSetup>,
    pub recovery_codes_left: i64,
    /// A staff role waits for it.
    pub needed: bool,
}

#[cfg(feature = "ssr")]
fn refusal(error: backend::accounts::two_factor::TwoFactorError) -> AppError {
    use backend::accounts::two_factor::TwoFactorError;
    super::context::refuse(match error {
        TwoFactorError::Reentry(refused) => return super::accounts::reentry_refusal(refused),
        TwoFactorError::WrongCode => AppError::WrongCode,
        TwoFactorError::Throttled {
            retry_after_minutes,
        } => AppError::TooManyAttempts {
            minutes: retry_after_minutes,
        },
        TwoFactorError::AlreadyOn | TwoFactorError::NotOn => AppError::StaleForm,
        TwoFactorError::Database(e) => return AppError::internal(e),
    })
}

/// Recovery codes for the page: in the answer with JavaScript, in the one-time cookie without.
#[cfg(feature = "ssr")]
fn hand_over(codes: Vec<String>) -> Vec<String> {
    use super::context::{flash, redirect_plain_form};
    flash(
        SECURITY_PAGE,
        &[(RECOVERY_CODES_FIELD, codes.join(" "))].into(),
    );
    redirect_plain_form(SECURITY_PAGE);
    codes
}

#[server(prefix = "/api", endpoint = "two_factor_status")]
#[middleware(crate::api::known_fields::KnownFields::<TwoFactorStatus>::new())]
pub async fn two_factor_status() -> Result<TwoFactorView, AppError> {
    use super::context::{require_actor, server};
    let actor = require_actor()?;
    let status =
        backend::accounts::two_factor::status(&server()?.db, &actor, backend::clock::now())
            .await
            .map_err(AppError::internal)?;
    Ok(TwoFactorView {
        on: status.on,
        pending: status.pending.map(|p| PendingSetup {
            secret: p.secret,
            qr_code: p.qr_code,
        }),
        recovery_codes_left: status.recovery_codes_left,
        needed: status.needed,
    })
}

#[server(prefix = "/api", endpoint = "start_two_factor")]
#[middleware(crate::api::known_fields::KnownFields::<StartTwoFactor>::new())]
pub async fn start_two_factor(current_password: String) -> Result<(), AppError> {
    use super::context::{redirect_plain_form, require_actor, server};
    let actor = require_actor()?;
    let now = backend::clock::now();
    backend::accounts::two_factor::begin(&server()?.db, &actor, &current_password, now)
        .await
        .map_err(refusal)?;
    redirect_plain_form(SECURITY_PAGE);
    Ok(())
}

/// Turns it on with a first code; the session is replaced (a staff role may now be used).
#[server(prefix = "/api", endpoint = "confirm_two_factor")]
#[middleware(crate::api::known_fields::KnownFields::<ConfirmTwoFactor>::new())]
pub async fn confirm_two_factor(code: String) -> Result<Vec<String>, AppError> {
    use super::context::{require_actor, server, set_session_cookie};
    let actor = require_actor()?;
    let now = backend::clock::now();
    let (signed_in, codes) =
        backend::accounts::two_factor::confirm(&server()?.db, &actor, &code, now)
            .await
            .map_err(refusal)?;
    set_session_cookie(&signed_in.token);
    Ok(hand_over(codes))
}

#[server(prefix = "/api", endpoint = "new_recovery_codes")]
#[middleware(crate::api::known_fields::KnownFields::<NewRecoveryCodes>::new())]
pub async fn new_recovery_codes(current_password: String) -> Result<Vec<String>, AppError> {
    use super::context::{require_actor, server};
    let actor = require_actor()?;
    let now = backend::clock::now();
    let codes = backend::accounts::two_factor::new_recovery_codes(
        &server()?.db,
        &actor,
        &current_password,
        now,
    )
    .await
    .map_err(refusal)?;
    Ok(hand_over(codes))
}

#[server(prefix = "/api", endpoint = "turn_off_two_factor")]
#[middleware(crate::api::known_fields::KnownFields::<TurnOffTwoFactor>::new())]
pub async fn turn_off_two_factor(current_password: String) -> Result<(), AppError> {
    use super::context::{redirect_plain_form, require_actor, server};
    let actor = require_actor()?;
    let now = backend::clock::now();
    backend::accounts::two_factor::turn_off(&server()?.db, &actor, &current_password, now)
        .await
        .map_err(refusal)?;
    redirect_plain_form(&super::accounts::SecurityDone::TwoFactorOff.path());
    Ok(())
}

/// The second step of signing in: the session cookie holds the waiting session's token.
#[server(prefix = "/api", endpoint = "verify_sign_in_code")]
#[middleware(crate::api::known_fields::KnownFields::<VerifySignInCode>::new())]
pub async fn verify_sign_in_code(code: String) -> Result<(), AppError> {
    use super::context::{client, cookie, server, session_cookie_name, start_session};
    let context = server()?;
    let token = cookie(session_cookie_name(context.https)).unwrap_or_default();
    let now = backend::clock::now();
    match backend::accounts::two_factor::complete_sign_in(&context.db, &token, &code, client(), now)
        .await
    {
        Ok(signed_in) => {
            start_session(&signed_in.token);
            Ok(())
        }
        Err(error) => Err(refusal(error)),
    }
}
