//! Front desk's patient look-up and invitation codes, and signing up with a code.

use super::error::AppError;
use domain::time::ZonedDateTime;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A patient as front desk's look-up lists them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PatientMatch {
    pub patient_id: i64,
    pub name: String,
    pub date_of_birth: String,
    pub has_account: bool,
}

/// A new code, shown once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedCode {
    pub code: String,
    pub patient_name: String,
    pub expires: ZonedDateTime,
}

/// Where a form sends its one-time result without JavaScript.
pub const PATIENTS_PAGE: &str = "/staff/patients";

#[server(prefix = "/api", endpoint = "find_patients")]
#[middleware(crate::api::known_fields::KnownFields::<FindPatients>::new())]
pub async fn find_patients(
    family_name: String,
    date_of_birth: String,
) -> Result<Vec<PatientMatch>, AppError> {
    use super::context::{require_actor, server};
    use backend::accounts::invitations::{self, InvitationError};

    let actor = require_actor()?;
    let found = invitations::find_patients(
        &server()?.db,
        &actor,
        &family_name,
        &date_of_birth,
        backend::clock::now(),
    )
    .await
    .map_err(|error| match error {
        InvitationError::NotFound | InvitationError::AlreadyHasAccount => {
            super::context::refuse(AppError::NotFound)
        }
        InvitationError::Database(e) => AppError::internal(e),
    })?;
    Ok(found
        .into_iter()
        .map(|p| PatientMatch {
            patient_id: p.patient_id,
            name: format!("{} {}", p.given_name, p.family_name),
            date_of_birth: p.date_of_birth,
            has_account: p.has_account,
        })
        .collect())
}

#[server(prefix = "/api", endpoint = "issue_invitation")]
#[middleware(crate::api::known_fields::KnownFields::<IssueInvitation>::new())]
pub async fn issue_invitation(patient_id: i64) -> Result<IssuedCode, AppError> {
    use super::context::{flash, require_actor, server};
    use backend::accounts::invitations::{self, InvitationError};

    let actor = require_actor()?;
    let issued = invitations::issue(&server()?.db, &actor, patient_id, backend::clock::now())
        .await
        .map_err(|error| match error {
            InvitationError::NotFound => super::context::refuse(AppError::NotFound),
            InvitationError::AlreadyHasAccount => {
                super::context::refuse(AppError::AlreadyHasAccount)
            }
            InvitationError::Database(e) => AppError::internal(e),
        })?;
    let expires = ZonedDateTime::utc(issued.expires_at);
    // Without JavaScript the page is reloaded: the code rides in a short-lived cookie, once.
    flash(
        PATIENTS_PAGE,
        &[
            ("code", issued.code.clone()),
            ("name", issued.patient_name.clone()),
            ("expires", issued.expires_at.0.to_string()),
        ]
        .into(),
    );
    Ok(IssuedCode {
        code: issued.code,
        patient_name: issued.patient_name,
        expires,
    })
}

#[server(prefix = "/api", endpoint = "sign_up")]
#[middleware(crate::api::known_fields::KnownFields::<SignUp>::new())]
pub async fn sign_up(
    code: String,
    date_of_birth: String,
    email: String,
    password: String,
) -> Result<(), AppError> {
    use super::context::{client, flash, server, start_session};
    use backend::accounts::invitations::{self, SignUp};

    let context = server()?;
    let outcome = invitations::sign_up(
        &context.db,
        &SignUp {
            code: &code,
            date_of_birth: &date_of_birth,
            email: &email,
            password: &password,
        },
        client(),
        backend::clock::now(),
    )
    .await;
    match outcome {
        Ok(signed_in) => {
            start_session(&signed_in.token);
            Ok(())
        }
        Err(error) => {
            flash(
                "/sign-up",
                &[
                    ("code", code.chars().take(40).collect()),
                    ("date_of_birth", date_of_birth.chars().take(10).collect()),
                    ("email", email.chars().take(254).collect()),
                ]
                .into(),
            );
            Err(super::context::refuse(sign_up_refusal(error)))
        }
    }
}

/// What a refused sign-up (patient or staff) tells the person.
#[cfg(feature = "ssr")]
pub fn sign_up_refusal(error: backend::accounts::invitations::SignUpError) -> AppError {
    use backend::accounts::invitations::SignUpError;
    match error {
        SignUpError::InvalidInvitation => AppError::InvalidInvitation,
        SignUpError::Password(problem) => AppError::Password(problem),
        SignUpError::InvalidEmail => AppError::InvalidEmail,
        SignUpError::EmailTaken => AppError::EmailTaken,
        SignUpError::Throttled {
            retry_after_minutes,
        } => AppError::TooManyAttempts {
            minutes: retry_after_minutes,
        },
        SignUpError::Database(e) => AppError::internal(e),
    }
}

/// The field a sign-up error is about, for the error summary's link.
pub fn sign_up_field(error: &AppError) -> &'static str {
    match error {
        AppError::Password(_) => "password",
        AppError::InvalidEmail | AppError::EmailTaken => "email",
        _ => "code",
    }
}
