//! Blocked time: front desk adds it (for one provider at a location, or for everyone there) and
//! lifts it; both are audited. The appointments a block falls on keep their time and are listed
//! so that front desk can move or cancel them.

use super::{active_locations, full_name, provider_name, record_reads, StaffError};
use crate::{
    actor::Actor,
    audit::{self, Entry},
    db::Db,
    scheduling::{availability::in_list, placeholders},
    staff_locations::reach_in,
};
use domain::{
    audit::AuditAction,
    staff_schedule::{block_interval, AffectedAppointment, BlockReason, BlockTimes},
    time::UtcMillis,
};
use sqlx::{Any, Row, Transaction};
use std::collections::HashMap;

/// The statuses of appointments still to happen or happening: what blocked time falls on.
const COMING: &str = "('held', 'booked', 'arrived')";

/// The appointments still to come (or under way) that each of `blocks` falls on, whoever's
/// view they are in, in order of start: one query for all of them. A provider's block falls on
/// their appointments (at its location, when it has one), a location's on everyone's there.
pub(super) async fn affected_by(
    tx: &mut Transaction<'static, Any>,
    blocks: &[i64],
) -> Result<HashMap<i64, Vec<AffectedAppointment>>, StaffError> {
    let mut found: HashMap<i64, Vec<AffectedAppointment>> = HashMap::new();
    if blocks.is_empty() {
        return Ok(found);
    }
    let sql = format!(
        "SELECT b.id AS block_id, a.id, a.patient_id, a.starts_at, \
         p.given_name AS patient_given, p.family_name AS patient_family, \
         pr.given_name, pr.family_name, pr.credentials_suffix \
         FROM schedule_blocks b \
         JOIN appointments a ON a.starts_at < b.ends_at AND a.ends_at > b.starts_at \
         AND (a.provider_id = b.provider_id \
         OR (b.provider_id IS NULL AND a.location_id = b.location_id)) \
         AND (b.location_id IS NULL OR a.location_id = b.location_id) \
         JOIN patients p ON p.id = a.patient_id \
         JOIN providers pr ON pr.id = a.provider_id \
         WHERE b.id IN ({}) AND a.status IN {COMING} \
         ORDER BY b.id, a.starts_at, a.id",
        placeholders(1, blocks.len())
    );
    for row in in_list(sqlx::query(&sql), blocks)
        .fetch_all(&mut **tx)
        .await?
    {
        found
            .entry(row.try_get("block_id")?)
            .or_default()
            .push(AffectedAppointment {
                id: row.try_get("id")?,
                patient_id: row.try_get("patient_id")?,
                patient_name: full_name(&row, "patient_given", "patient_family")?,
                provider_name: provider_name(&row)?,
                starts_at: UtcMillis(row.try_get("starts_at")?),
            });
    }
    Ok(found)
}

/// Appends the audit row of a change to a block, in the change's transaction.
async fn audit_block(
    tx: &mut Transaction<'static, Any>,
    actor: &Actor,
    action: AuditAction,
    block_id: i64,
    now: UtcMillis,
) -> Result<(), StaffError> {
    let entry = Entry::by(
        actor,
        action,
        "schedule_block",
        Some(block_id.to_string()),
        None,
    );
    audit::append(tx, now, &entry).await?;
    Ok(())
}

/// Blocked time as front desk enters it: for one provider at the location, or (no provider)
/// for everyone there; the times are the location's wall-clock time.
#[derive(Clone, Copy, Debug)]
pub struct NewBlock<'a> {
    pub provider_id: Option<i64>,
    pub location_id: i64,
    pub reason: BlockReason,
    pub times: BlockTimes<'a>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AddedBlock {
    pub block_id: i64,
    pub time_zone: String,
    /// Booked, held or arrived appointments during it: they keep their time, and front desk
    /// moves or cancels them.
    pub affected: Vec<AffectedAppointment>,
}

/// Adds blocked time; from then on it is not offered to anyone. A block over appointments is
/// allowed (the answer lists them); the same block entered twice is kept once.
pub async fn add_block(
    db: &Db,
    actor: &Actor,
    block: &NewBlock<'_>,
    now: UtcMillis,
) -> Result<AddedBlock, StaffError> {
    let mut tx = db.begin_write().await?;
    if !reach_in(&mut tx, actor).await?.covers(block.location_id) {
        return Err(StaffError::NotFound);
    }
    let place = active_locations(&mut tx)
        .await?
        .into_iter()
        .find(|p| p.id == block.location_id)
        .ok_or(StaffError::NotFound)?;
    if let Some(provider_id) = block.provider_id {
        sqlx::query(
            "SELECT 1 AS one FROM provider_locations pl JOIN providers p ON p.id = pl.provider_id \
             WHERE pl.provider_id = $1 AND pl.location_id = $2 AND p.active = 1",
        )
        .bind(provider_id)
        .bind(place.id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StaffError::NotFound)?;
    }
    let (start, end) = block_interval(block.times, &place.zone).map_err(StaffError::Block)?;
    let same = match block.provider_id {
        Some(_) => "provider_id = $5",
        None => "provider_id IS NULL",
    };
    let sql = format!(
        "SELECT id FROM schedule_blocks WHERE location_id = $1 AND starts_at = $2 \
         AND ends_at = $3 AND reason = $4 AND lifted_at IS NULL AND {same}"
    );
    let mut existing = sqlx::query(&sql)
        .bind(place.id)
        .bind(start.0)
        .bind(end.0)
        .bind(block.reason.as_str());
    if let Some(provider_id) = block.provider_id {
        existing = existing.bind(provider_id);
    }
    let block_id: i64 = match existing.fetch_optional(&mut *tx).await? {
        Some(row) => row.try_get("id")?,
        None => {
            let id: i64 = sqlx::query(
                "INSERT INTO schedule_blocks (provider_id, location_id, starts_at, ends_at, \
                 reason, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            )
            .bind(block.provider_id)
            .bind(place.id)
            .bind(start.0)
            .bind(end.0)
            .bind(block.reason.as_str())
            .bind(actor.user_id)
            .bind(now.0)
            .fetch_one(&mut *tx)
            .await?
            .try_get("id")?;
            audit_block(&mut tx, actor, AuditAction::ScheduleBlockAdd, id, now).await?;
            id
        }
    };
    let affected = affected_by(&mut tx, &[block_id])
        .await?
        .remove(&block_id)
        .unwrap_or_default();
    tx.commit().await?;
    record_reads(
        db,
        actor,
        affected.iter().map(|a| (a.id, a.patient_id)),
        now,
    )
    .await?;
    Ok(AddedBlock {
        block_id,
        time_zone: place.time_zone,
        affected,
    })
}

/// Lifts blocked time (it stays as history); its time is offered again at once. Lifting it
/// again changes nothing.
pub async fn lift_block(
    db: &Db,
    actor: &Actor,
    block_id: i64,
    now: UtcMillis,
) -> Result<(), StaffError> {
    let mut tx = db.begin_write().await?;
    let row = sqlx::query("SELECT location_id, lifted_at FROM schedule_blocks WHERE id = $1")
        .bind(block_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StaffError::NotFound)?;
    // A block without a location holds the provider everywhere: not one front desk's to lift.
    let at: Option<i64> = row.try_get("location_id")?;
    let reach = reach_in(&mut tx, actor).await?;
    if !at.is_some_and(|location| reach.covers(location)) {
        return Err(StaffError::NotFound);
    }
    if row.try_get::<Option<i64>, _>("lifted_at")?.is_some() {
        tx.commit().await?;
        return Ok(());
    }
    sqlx::query("UPDATE schedule_blocks SET lifted_at = $1 WHERE id = $2 AND lifted_at IS NULL")
        .bind(now.0)
        .bind(block_id)
        .execute(&mut *tx)
        .await?;
    audit_block(
        &mut tx,
        actor,
        AuditAction::ScheduleBlockLift,
        block_id,
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
