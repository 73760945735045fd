//! Credentialing: the credentialing office's dashboard of credentials to verify and about to
//! expire, status changes (only as `domain::credentials::transition` allows, each audited), and
//! in the background, credentials whose validity has ended moving to "expired" by themselves
//! (the booking rule never waits for this: it checks the dates itself).

use crate::{
    actor::{Actor, Client},
    audit::{self, Entry, Outcome},
    clock::zone,
    db::{Db, DbError},
};
use domain::{
    accounts::Role,
    audit::AuditAction,
    credentials::{
        due_to_expire, expiry_band, transition, CredentialStatus, ExpiryBand, TransitionError,
    },
    directory::{Credential, CredentialDraft, CredentialProblem},
    time::{local_date, UtcMillis, DAY_MS},
};
use sqlx::{Any, Row, Transaction};
use thiserror::Error;

/// "Today" for a provider's credentials: the earliest local date among their locations' zones,
/// so nothing counts as past its last day before that day has ended everywhere they work.
async fn provider_today(
    tx: &mut Transaction<'static, Any>,
    provider_id: i64,
    now: UtcMillis,
) -> Result<String, DbError> {
    let zones: Vec<String> = sqlx::query(
        "SELECT DISTINCT l.time_zone FROM provider_locations pl \
         JOIN locations l ON l.id = pl.location_id WHERE pl.provider_id = $1",
    )
    .bind(provider_id)
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|r| r.try_get("time_zone"))
    .collect::<Result<_, _>>()?;
    let dates = zones
        .iter()
        .map(|name| Ok(local_date(now, &zone(name)?)?))
        .collect::<Result<Vec<_>, DbError>>()?;
    let earliest = match dates.into_iter().min() {
        Some(date) => date,
        None => local_date(now, &jiff::tz::TimeZone::UTC)?,
    };
    Ok(earliest.to_string())
}

/// The credentialing office and system administrators keep credentials, providers and locations.
pub(crate) fn may_credential(actor: &Actor) -> bool {
    actor.has_role(Role::CredentialingAdmin) || actor.has_role(Role::SystemAdmin)
}

#[derive(Debug, Error)]
pub enum CredentialError {
    /// Not the credentialing office, or no such credential: the same answer.
    #[error("not found")]
    NotFound,
    #[error("that change is not allowed: {0}")]
    Transition(#[from] TransitionError),
    /// Fields to correct, each problem once.
    #[error("the credential has problems: {0:?}")]
    Invalid(Vec<CredentialProblem>),
    /// Only a pending credential (not yet verified) may be corrected; the others keep what was
    /// verified, and a renewal is a new credential.
    #[error("only a pending credential can be edited")]
    NotPending,
    #[error(transparent)]
    Database(#[from] DbError),
}

impl From<sqlx::Error> for CredentialError {
    fn from(error: sqlx::Error) -> Self {
        CredentialError::Database(error.into())
    }
}

/// A credential on the dashboard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DashboardRow {
    pub credential_id: i64,
    pub provider_id: i64,
    pub provider_name: String,
    pub kind: String,
    pub issuer: String,
    pub number: String,
    pub jurisdiction: Option<String>,
    pub valid_to: String,
    pub status: CredentialStatus,
    /// Where it stands against today; `None` for a pending credential far from its end.
    pub band: Option<ExpiryBand>,
}

/// Pending credentials to verify, and credentials expired or ending within 90 days, most urgent
/// first. The credentialing office and system administrators only.
pub async fn dashboard(
    db: &Db,
    actor: &Actor,
    now: UtcMillis,
) -> Result<Vec<DashboardRow>, CredentialError> {
    if !may_credential(actor) {
        return Err(CredentialError::NotFound);
    }
    let horizon = local_date(UtcMillis(now.0 + 92 * DAY_MS), &jiff::tz::TimeZone::UTC)
        .map_err(DbError::from)?
        .to_string();
    let mut tx = db.begin_read().await?;
    let rows = sqlx::query(
        "SELECT c.id, c.provider_id, p.given_name, p.family_name, c.kind, c.issuer, c.number, \
         c.jurisdiction, c.valid_to, c.status FROM credentials c \
         JOIN providers p ON p.id = c.provider_id \
         WHERE p.active = 1 AND (c.status = 'pending' OR c.status = 'expired' \
         OR (c.status = 'verified' AND c.valid_to <= $1)) \
         ORDER BY c.valid_to, c.id",
    )
    .bind(&horizon)
    .fetch_all(&mut *tx)
    .await?;
    let mut dashboard = Vec::with_capacity(rows.len());
    for row in rows {
        let provider_id: i64 = row.try_get("provider_id")?;
        let today = provider_today(&mut tx, provider_id, now).await?;
        let status = CredentialStatus::parse(&row.try_get::<String, _>("status")?)
            .unwrap_or(CredentialStatus::Pending);
        let valid_to: String = row.try_get("valid_to")?;
        let band = expiry_band(status, &valid_to, &today);
        if band.is_none() && status != CredentialStatus::Pending {
            continue;
        }
        dashboard.push(DashboardRow {
            credential_id: row.try_get("id")?,
            provider_id,
            provider_name: format!(
                "{} {}",
                row.try_get::<String, _>("given_name")?,
                row.try_get::<String, _>("family_name")?
            ),
            kind: row.try_get("kind")?,
            issuer: row.try_get("issuer")?,
            number: row.try_get("number")?,
            jurisdiction: row.try_get("jurisdiction")?,
            valid_to,
            status,
            band,
        });
    }
    tx.commit().await?;
    dashboard.sort_by(|a, b| a.band.cmp(&b.band).then(a.valid_to.cmp(&b.valid_to)));
    Ok(dashboard)
}

/// Changes a credential's status as the credentialing office decides (verify, revoke, reopen
/// for a renewal), only as the domain's transitions allow; verifying records who and when, with
/// an evidence note. Audited in the same transaction.
pub async fn change_status(
    db: &Db,
    actor: &Actor,
    credential_id: i64,
    to: CredentialStatus,
    evidence_note: &str,
    now: UtcMillis,
) -> Result<(), CredentialError> {
    if !may_credential(actor) {
        return Err(CredentialError::NotFound);
    }
    let mut tx = db.begin_write().await?;
    let row = sqlx::query("SELECT provider_id, status, valid_to FROM credentials WHERE id = $1")
        .bind(credential_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(CredentialError::NotFound)?;
    let from = CredentialStatus::parse(&row.try_get::<String, _>("status")?)
        .ok_or(CredentialError::NotFound)?;
    let valid_to: String = row.try_get("valid_to")?;
    let today = provider_today(&mut tx, row.try_get("provider_id")?, now).await?;
    transition(from, to, &valid_to, &today)?;
    let note = evidence_note.trim();
    let note = (!note.is_empty()).then(|| note.chars().take(2000).collect::<String>());
    let verified = to == CredentialStatus::Verified;
    sqlx::query(
        "UPDATE credentials SET status = $1, updated_at = $2, \
         verified_by = CASE WHEN $3 = 1 THEN $4 ELSE verified_by END, \
         verified_at = CASE WHEN $3 = 1 THEN $2 ELSE verified_at END, \
         evidence_note = COALESCE($5, evidence_note) WHERE id = $6 AND status = $7",
    )
    .bind(to.as_str())
    .bind(now.0)
    .bind(i64::from(verified))
    .bind(actor.user_id)
    .bind(note)
    .bind(credential_id)
    .bind(from.as_str())
    .execute(&mut *tx)
    .await?;
    let entry = Entry::by(
        actor,
        AuditAction::credential_status(to),
        "credential",
        Some(credential_id.to_string()),
        None,
    );
    audit::append(&mut tx, now, &entry).await?;
    tx.commit().await?;
    Ok(())
}

/// Records a credential for a provider (active or not), pending verification. Returns its id.
pub async fn add(
    db: &Db,
    actor: &Actor,
    provider_id: i64,
    draft: &CredentialDraft,
    now: UtcMillis,
) -> Result<i64, CredentialError> {
    if !may_credential(actor) {
        return Err(CredentialError::NotFound);
    }
    let credential: Credential = draft.check().map_err(CredentialError::Invalid)?;
    let mut tx = db.begin_write().await?;
    let provider = sqlx::query("SELECT id FROM providers WHERE id = $1")
        .bind(provider_id)
        .fetch_optional(&mut *tx)
        .await?;
    if provider.is_none() {
        return Err(CredentialError::NotFound);
    }
    let id: i64 = sqlx::query(
        "INSERT INTO credentials (provider_id, kind, issuer, number, jurisdiction, valid_from, \
         valid_to, status, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8, $8) RETURNING id",
    )
    .bind(provider_id)
    .bind(credential.kind.as_str())
    .bind(&credential.issuer)
    .bind(&credential.number)
    .bind(credential.jurisdiction.as_deref())
    .bind(&credential.valid_from)
    .bind(&credential.valid_to)
    .bind(now.0)
    .fetch_one(&mut *tx)
    .await?
    .try_get("id")?;
    let entry = Entry::by(
        actor,
        AuditAction::CredentialAdd,
        "credential",
        Some(id.to_string()),
        None,
    );
    audit::append(&mut tx, now, &entry).await?;
    tx.commit().await?;
    Ok(id)
}

/// Corrects a pending credential (a typing mistake before verification). Returns its
/// provider's id.
pub async fn edit_pending(
    db: &Db,
    actor: &Actor,
    credential_id: i64,
    draft: &CredentialDraft,
    now: UtcMillis,
) -> Result<i64, CredentialError> {
    if !may_credential(actor) {
        return Err(CredentialError::NotFound);
    }
    let mut tx = db.begin_write().await?;
    let row = sqlx::query("SELECT provider_id, status FROM credentials WHERE id = $1")
        .bind(credential_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(CredentialError::NotFound)?;
    let provider_id: i64 = row.try_get("provider_id")?;
    if row.try_get::<String, _>("status")? != CredentialStatus::Pending.as_str() {
        return Err(CredentialError::NotPending);
    }
    let credential: Credential = draft.check().map_err(CredentialError::Invalid)?;
    let changed = sqlx::query(
        "UPDATE credentials SET kind = $1, issuer = $2, number = $3, jurisdiction = $4, \
         valid_from = $5, valid_to = $6, updated_at = $7 WHERE id = $8 AND status = 'pending'",
    )
    .bind(credential.kind.as_str())
    .bind(&credential.issuer)
    .bind(&credential.number)
    .bind(credential.jurisdiction.as_deref())
    .bind(&credential.valid_from)
    .bind(&credential.valid_to)
    .bind(now.0)
    .bind(credential_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed != 1 {
        return Err(CredentialError::NotPending);
    }
    let entry = Entry::by(
        actor,
        AuditAction::CredentialEdit,
        "credential",
        Some(credential_id.to_string()),
        None,
    );
    audit::append(&mut tx, now, &entry).await?;
    tx.commit().await?;
    Ok(provider_id)
}

/// Moves every pending or verified credential past its `valid_to` to expired, each change
/// audited. "Past" is judged by the provider's earliest local date among their locations, so
/// nothing expires before its last day has ended everywhere the provider works. Idempotent, and
/// safe with several server processes running it: each change is a compare-and-set.
pub async fn expire_due(db: &Db, now: UtcMillis) -> Result<u64, DbError> {
    let utc_today = local_date(now, &jiff::tz::TimeZone::UTC)?.to_string();
    let mut tx = db.begin_read().await?;
    let candidates = sqlx::query(
        "SELECT c.id, c.provider_id, c.status, c.valid_to FROM credentials c \
         WHERE c.status IN ('pending', 'verified') AND c.valid_to < $1 ORDER BY c.id",
    )
    .bind(&utc_today)
    .fetch_all(&mut *tx)
    .await?;
    let mut due = Vec::new();
    for row in &candidates {
        let provider_id: i64 = row.try_get("provider_id")?;
        let today = provider_today(&mut tx, provider_id, now).await?;
        let status: String = row.try_get("status")?;
        let valid_to: String = row.try_get("valid_to")?;
        let Some(status) = CredentialStatus::parse(&status) else {
            continue;
        };
        if due_to_expire(status, &valid_to, &today) {
            due.push((row.try_get::<i64, _>("id")?, status));
        }
    }
    tx.commit().await?;
    if due.is_empty() {
        return Ok(0);
    }
    let client = Client::new("system", "credential expiry");
    let mut tx = db.begin_write().await?;
    let mut expired = 0;
    for (id, status) in due {
        let changed = sqlx::query(
            "UPDATE credentials SET status = 'expired', updated_at = $1 \
             WHERE id = $2 AND status = $3",
        )
        .bind(now.0)
        .bind(id)
        .bind(status.as_str())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 1 {
            let entry = Entry {
                actor_user_id: None,
                on_behalf_of_patient_id: None,
                action: AuditAction::CredentialExpired,
                object_type: "credential",
                object_id: Some(id.to_string()),
                patient_id: None,
                outcome: Outcome::Success,
                client: &client,
            };
            audit::append(&mut tx, now, &entry).await?;
            expired += 1;
        }
    }
    tx.commit().await?;
    Ok(expired)
}
