//! "Who viewed my record" for patients, and the audit log search for administrators.

use super::error::AppError;
use domain::{accounts::Role, audit::AuditAction, time::ZonedDateTime};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One line of `/account/activity`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityLine {
    pub at: ZonedDateTime,
    pub who: Option<String>,
    pub role: Option<Role>,
    /// `Err` holds the stored text when it names no [`AuditAction`] (a row from another version).
    pub action: Result<AuditAction, String>,
    pub refused: bool,
}

/// One row of `/admin/audit`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditLine {
    pub seq: i64,
    pub at: ZonedDateTime,
    pub who: Option<String>,
    /// `Err` holds the stored text when it names no [`AuditAction`] (a row from another version).
    pub action: Result<AuditAction, String>,
    pub object: String,
    pub patient_id: Option<i64>,
    pub outcome: String,
    pub address: String,
    /// For a refused object, how many refusals in that minute the row stands for.
    pub refusals: Option<i64>,
}

#[server(prefix = "/api", endpoint = "my_record_activity")]
#[middleware(crate::api::known_fields::KnownFields::<MyRecordActivity>::new())]
pub async fn my_record_activity() -> Result<Vec<ActivityLine>, AppError> {
    use super::context::{require_actor, server};

    let actor = require_actor()?;
    let activity = backend::audit::activity_for_patient(&server()?.db, &actor, 200)
        .await
        .map_err(AppError::internal)?;
    Ok(activity
        .into_iter()
        .map(|a| ActivityLine {
            at: ZonedDateTime::utc(a.at),
            who: a.actor_name,
            role: a.actor_role,
            refused: a.outcome != "success",
            action: a.action,
        })
        .collect())
}

/// Searches the audit log; empty filters match everything. `action` is an [`AuditAction`]'s
/// stored text; dates are `YYYY-MM-DD`, in UTC; `refused` (a ticked box: any text) keeps only
/// refusals.
#[server(prefix = "/api", endpoint = "search_audit")]
#[middleware(crate::api::known_fields::KnownFields::<SearchAudit>::new())]
pub async fn search_audit(
    person: String,
    patient: String,
    action: String,
    from: String,
    until: String,
    #[server(default)] refused: String,
) -> Result<Vec<AuditLine>, AppError> {
    use super::context::{require_actor, server};
    use backend::audit::{search, AuditFilter, AuditSearchError};
    use domain::time::{UtcMillis, DAY_MS};

    let actor = require_actor()?;
    let text = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    let day = |s: &str| -> Result<Option<UtcMillis>, AppError> {
        match text(s) {
            None => Ok(None),
            Some(date) => domain::time::midnight_utc(&date)
                .map(Some)
                .ok_or_else(|| super::context::refuse(AppError::Request)),
        }
    };
    let filter = AuditFilter {
        person: text(&person),
        patient_id: match text(&patient) {
            None => None,
            Some(id) => Some(
                id.parse()
                    .map_err(|_| super::context::refuse(AppError::Request))?,
            ),
        },
        action: match text(&action) {
            None => None,
            Some(action) => Some(
                AuditAction::parse(&action)
                    .ok_or_else(|| super::context::refuse(AppError::Request))?,
            ),
        },
        from: day(&from)?,
        until: day(&until)?.map(|d| UtcMillis(d.0 + DAY_MS)),
        refusals_only: !refused.is_empty(),
    };
    let rows = search(&server()?.db, &actor, &filter, 200, backend::clock::now())
        .await
        .map_err(|error| match error {
            AuditSearchError::NotFound => super::context::refuse(AppError::NotFound),
            AuditSearchError::Database(e) => AppError::internal(e),
        })?;
    Ok(rows
        .into_iter()
        .map(|r| AuditLine {
            seq: r.seq,
            at: ZonedDateTime::utc(r.at),
            who: r.actor_email,
            object: match r.object_id {
                Some(id) => format!("{} {id}", r.object_type),
                None => r.object_type,
            },
            action: r.action,
            patient_id: r.patient_id,
            outcome: r.outcome,
            address: r.client_addr,
            refusals: r.refusals,
        })
        .collect())
}
