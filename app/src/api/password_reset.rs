//! "Forgot your password?": asking for a link by email, and choosing a new password with it.

use super::error::AppError;
use leptos::prelude::*;

pub const FORGOT_PAGE: &str = "/forgot-password";
pub const RESET_PAGE: &str = "/reset-password";
/// Where a reset sends the person: the sign-in page, which then says the password was changed.
pub const AFTER_RESET: &str = "/sign-in?reset=done";

/// Always answers the same, whether or not the address has an account.
#[server(prefix = "/api", endpoint = "request_password_reset")]
#[middleware(crate::api::known_fields::KnownFields::<RequestPasswordReset>::new())]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    use super::context::{client, redirect_plain_form, server};
    use backend::accounts::password_reset::{self, LinkBase};

    let context = server()?;
    let link = LinkBase {
        origin: &context.public_origin,
        path: RESET_PAGE,
    };
    let locale = crate::i18n::use_i18n().locale();
    let now = backend::clock::now();
    let queued = password_reset::request(&context.db, &email, &link, locale, &client(), now)
        .await
        .map_err(AppError::internal)?;
    if queued {
        context.outbox_wake.notify_one();
    }
    redirect_plain_form(&format!("{FORGOT_PAGE}?sent"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "reset_password")]
#[middleware(crate::api::known_fields::KnownFields::<ResetPassword>::new())]
pub async fn reset_password(token: String, password: String) -> Result<(), AppError> {
    use super::context::{client, redirect_plain_form, refuse, server};
    use backend::accounts::password_reset::{self, ResetError};

    let now = backend::clock::now();
    password_reset::complete(&server()?.db, &token, &password, &client(), now)
        .await
        .map_err(|error| match error {
            ResetError::InvalidLink => refuse(AppError::InvalidResetLink),
            ResetError::Password(problem) => refuse(AppError::Password(problem)),
            ResetError::Database(e) => AppError::internal(e),
        })?;
    redirect_plain_form(AFTER_RESET);
    Ok(())
}
