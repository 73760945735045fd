//! The credentialing office's dashboard and its status changes.

use super::error::AppError;
use domain::credentials::{CredentialStatus, ExpiryBand};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub const CREDENTIALS_PAGE: &str = "/admin/credentials";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardLine {
    pub credential_id: i64,
    pub provider_id: i64,
    pub provider_name: String,
    pub kind: String,
    pub issuer: String,
    pub number: String,
    pub jurisdiction: Option<String>,
    pub valid_to: String,
    pub status: CredentialStatus,
    pub band: Option<ExpiryBand>,
}

#[server(prefix = "/api", endpoint = "credential_dashboard")]
#[middleware(crate::api::known_fields::KnownFields::<CredentialDashboard>::new())]
pub async fn credential_dashboard() -> Result<Vec<DashboardLine>, AppError> {
    use super::context::{refuse, require_actor, server};
    use backend::credentials::{self, CredentialError};
    let actor = require_actor()?;
    let rows = credentials::dashboard(&server()?.db, &actor, backend::clock::now())
        .await
        .map_err(|error| match error {
            CredentialError::Database(e) => AppError::internal(e),
            _ => refuse(AppError::NotFound),
        })?;
    Ok(rows
        .into_iter()
        .map(|r| DashboardLine {
            credential_id: r.credential_id,
            provider_id: r.provider_id,
            provider_name: r.provider_name,
            kind: r.kind,
            issuer: r.issuer,
            number: r.number,
            jurisdiction: r.jurisdiction,
            valid_to: r.valid_to,
            status: r.status,
            band: r.band,
        })
        .collect())
}

/// Verify, revoke or reopen a credential (`status` is the new status's database name).
#[server(prefix = "/api", endpoint = "change_credential_status")]
#[middleware(crate::api::known_fields::KnownFields::<ChangeCredentialStatus>::new())]
pub async fn change_credential_status(
    credential_id: i64,
    status: String,
    evidence_note: Option<String>,
) -> Result<(), AppError> {
    use super::context::{redirect_plain_form, refuse, require_actor, server};
    use backend::credentials::{self, CredentialError};
    let actor = require_actor()?;
    let to = CredentialStatus::parse(&status).ok_or_else(|| refuse(AppError::Request))?;
    let note = evidence_note.unwrap_or_default();
    credentials::change_status(
        &server()?.db,
        &actor,
        credential_id,
        to,
        &note,
        backend::clock::now(),
    )
    .await
    .map_err(|error| match error {
        CredentialError::NotFound => refuse(AppError::NotFound),
        CredentialError::Transition(_) | CredentialError::NotPending => {
            refuse(AppError::TransitionNotAllowed)
        }
        // No fields are checked here; a problem would be a broken request.
        CredentialError::Invalid(_) => refuse(AppError::Request),
        CredentialError::Database(e) => AppError::internal(e),
    })?;
    redirect_plain_form(CREDENTIALS_PAGE);
    Ok(())
}
