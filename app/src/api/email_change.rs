//! Changing the sign-in email: asking (a link goes to the new address), seeing and cancelling the
//! change that waits for it, and confirming it from the link's page.

use super::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The page the emailed link opens (`?token=…`); it confirms only with its button, a POST.
pub const CONFIRM_PAGE: &str = "/account/email/confirm";
/// Where confirming leads: the same page, saying the address changed.
pub const AFTER_CONFIRM: &str = "/account/email/confirm?done";

/// The email part of `/account/security`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailStatus {
    /// The address the person signs in with (and gets mail at) now.
    pub current: String,
    /// The new address waiting for its link, masked (`n…@example.org`).
    pub pending: Option<String>,
}

#[server(prefix = "/api", endpoint = "account_email")]
#[middleware(crate::api::known_fields::KnownFields::<AccountEmail>::new())]
pub async fn account_email() -> Result<EmailStatus, AppError> {
    use super::context::{require_actor, server};
    let actor = require_actor()?;
    let status =
        backend::accounts::email_change::status(&server()?.db, &actor, backend::clock::now())
            .await
            .map_err(AppError::internal)?;
    Ok(EmailStatus {
        current: status.current,
        pending: status.pending,
    })
}

/// Asks to change the sign-in email (the current password is asked again). Answers the same
/// whether or not another account has the address; the change waits for the emailed link.
#[server(prefix = "/api", endpoint = "request_email_change")]
#[middleware(crate::api::known_fields::KnownFields::<RequestEmailChange>::new())]
pub async fn request_email_change(current_password: String, email: String) -> Result<(), AppError> {
    use super::{
        accounts::SecurityDone,
        context::{flash, redirect_plain_form, refuse, require_actor, server},
        two_factor::SECURITY_PAGE,
    };
    use backend::accounts::email_change::{self, Links, RequestError};

    let actor = require_actor()?;
    let context = server()?;
    let links = Links {
        origin: &context.public_origin,
        confirm_path: CONFIRM_PAGE,
        account_path: &format!("{SECURITY_PAGE}#email"),
    };
    let locale = crate::i18n::use_i18n().locale();
    let asked = email_change::request(
        &context.db,
        &actor,
        &current_password,
        &email,
        &links,
        locale,
        backend::clock::now(),
    )
    .await;
    match asked {
        Ok(()) => {
            context.outbox_wake.notify_one();
            redirect_plain_form(&SecurityDone::EmailChangeRequested.path());
            Ok(())
        }
        Err(error) => {
            flash(
                SECURITY_PAGE,
                &[("email", email.chars().take(254).collect())].into(),
            );
            Err(refuse(match error {
                RequestError::Reentry(refused) => {
                    return Err(super::accounts::reentry_refusal(refused))
                }
                RequestError::Throttled {
                    retry_after_minutes,
                } => AppError::TooManyAttempts {
                    minutes: retry_after_minutes,
                },
                RequestError::InvalidEmail => AppError::InvalidEmail,
                RequestError::Database(e) => return Err(AppError::internal(e)),
            }))
        }
    }
}

/// Withdraws the change waiting for its link (its link stops working).
#[server(prefix = "/api", endpoint = "cancel_email_change")]
#[middleware(crate::api::known_fields::KnownFields::<CancelEmailChange>::new())]
pub async fn cancel_email_change() -> Result<(), AppError> {
    use super::{
        accounts::SecurityDone,
        context::{redirect_plain_form, require_actor, server},
    };
    let actor = require_actor()?;
    backend::accounts::email_change::cancel(&server()?.db, &actor, backend::clock::now())
        .await
        .map_err(AppError::internal)?;
    redirect_plain_form(&SecurityDone::EmailChangeCancelled.path());
    Ok(())
}

/// Confirms a change with the token from the emailed link. Needs no session: the person may open
/// the link on another device.
#[server(prefix = "/api", endpoint = "confirm_email_change")]
#[middleware(crate::api::known_fields::KnownFields::<ConfirmEmailChange>::new())]
pub async fn confirm_email_change(token: String) -> Result<(), AppError> {
    use super::context::{client, redirect_plain_form, refuse, server};
    use backend::accounts::email_change::{self, ConfirmError};

    let context = server()?;
    let locale = crate::i18n::use_i18n().locale();
    email_change::confirm(
        &context.db,
        &token,
        &client(),
        locale,
        backend::clock::now(),
    )
    .await
    .map_err(|error| match error {
        ConfirmError::InvalidLink => refuse(AppError::InvalidEmailChangeLink),
        ConfirmError::EmailTaken => refuse(AppError::EmailTakenMeanwhile),
        ConfirmError::Database(e) => AppError::internal(e),
    })?;
    context.outbox_wake.notify_one();
    redirect_plain_form(AFTER_CONFIRM);
    Ok(())
}
