//! Credentialing in the background: credentials whose validity has ended move to "expired" by
//! themselves (the booking rule never waits for this: it checks the dates itself).

use crate::{
    actor::Client,
    audit::{self, Entry, Outcome},
    clock::local_date,
    db::{Db, DbError},
};
use domain::{
    credentials::{due_to_expire, CredentialStatus},
    time::UtcMillis,
};
use sqlx::Row;

/// Moves every pending or verified credential past its `valid_to` to expired, each change
/// audited. "Past" is judged by the provider's earliest local date among their locations, so
/// nothing expires before its last day has ended everywhere the provider works. Idempotent, and
/// safe with several server processes running it: each change is a compare-and-set.
pub async fn expire_due(db: &Db, now: UtcMillis) -> Result<u64, DbError> {
    let utc_today = local_date(now, "UTC").unwrap_or_default();
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
        let zones: Vec<String> = sqlx::query(
            "SELECT DISTINCT l.time_zone FROM provider_locations pl \
             JOIN locations l ON l.id = pl.location_id WHERE pl.provider_id = $1",
        )
        .bind(provider_id)
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(|r| r.try_get("time_zone"))
        .collect::<Result<_, _>>()?;
        let today = zones
            .iter()
            .filter_map(|zone| local_date(now, zone))
            .min()
            .unwrap_or_else(|| utc_today.clone());
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
                action: "credential_expired",
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
