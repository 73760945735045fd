//! A system administrator's staff invitations, and a new staff member signing up with one.

use super::error::AppError;
use domain::time::ZonedDateTime;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The administrator's page; a no-JavaScript post returns there.
pub const STAFF_PAGE: &str = "/admin/staff";
/// Where a new staff member signs up.
pub const STAFF_SIGN_UP_PAGE: &str = "/sign-up/staff";

/// A new staff code, shown once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedStaffCode {
    pub code: String,
    pub name: String,
    pub expires: ZonedDateTime,
}

/// Checkboxes send "on" when ticked and nothing otherwise, so each role is its own field.
#[server(prefix = "/api", endpoint = "issue_staff_invitation")]
#[middleware(crate::api::known_fields::KnownFields::<IssueStaffInvitation>::new())]
pub async fn issue_staff_invitation(
    name: String,
    provider: Option<String>,
    front_desk: Option<String>,
    credentialing_admin: Option<String>,
    system_admin: Option<String>,
) -> Result<IssuedStaffCode, AppError> {
    use super::context::{flash, refuse, require_actor, server};
    use backend::accounts::staff_invitations::{self, StaffInvitationError};
    use domain::accounts::Role;

    let actor = require_actor()?;
    let roles: Vec<Role> = [
        (provider, Role::Provider),
        (front_desk, Role::FrontDesk),
        (credentialing_admin, Role::CredentialingAdmin),
        (system_admin, Role::SystemAdmin),
    ]
    .into_iter()
    .filter_map(|(ticked, role)| ticked.map(|_| role))
    .collect();
    let now = backend::clock::now();
    let issued = staff_invitations::issue(&server()?.db, &actor, &name, &roles, now)
        .await
        .map_err(|error| {
            if !matches!(error, StaffInvitationError::NotFound) {
                flash(
                    STAFF_PAGE,
                    &[("name", name.chars().take(200).collect())].into(),
                );
            }
            refuse(match error {
                StaffInvitationError::NotFound => AppError::NotFound,
                StaffInvitationError::InvalidName => AppError::NameRequired,
                StaffInvitationError::InvalidRoles => AppError::RoleRequired,
                StaffInvitationError::Database(e) => return AppError::internal(e),
            })
        })?;
    let name = name.trim().to_string();
    flash(
        STAFF_PAGE,
        &[
            ("code", issued.code.clone()),
            ("issued_name", name.clone()),
            ("expires", issued.expires_at.0.to_string()),
        ]
        .into(),
    );
    Ok(IssuedStaffCode {
        code: issued.code,
        name,
        expires: ZonedDateTime::utc(issued.expires_at),
    })
}

#[server(prefix = "/api", endpoint = "staff_sign_up")]
#[middleware(crate::api::known_fields::KnownFields::<StaffSignUp>::new())]
pub async fn staff_sign_up(code: String, email: String, password: String) -> Result<(), AppError> {
    use super::context::{client, flash, refuse, server, start_session};
    use backend::accounts::staff_invitations::{self, StaffSignUp};

    let context = server()?;
    let form = StaffSignUp {
        code: &code,
        email: &email,
        password: &password,
    };
    match staff_invitations::sign_up(&context.db, &form, client(), backend::clock::now()).await {
        Ok(signed_in) => {
            start_session(&signed_in.token);
            Ok(())
        }
        Err(error) => {
            flash(
                STAFF_SIGN_UP_PAGE,
                &[
                    ("code", code.chars().take(40).collect()),
                    ("email", email.chars().take(254).collect()),
                ]
                .into(),
            );
            Err(refuse(super::invitations::sign_up_refusal(error)))
        }
    }
}
