//! Staff–location assignments: where a front-desk account works ([`domain::desk`]). A system
//! administrator reads them, assigns and removes them (each change audited in its own
//! transaction); every function front desk can call reads the actor's reach with [`reach_in`]
//! inside its own transaction and acts only on what is at a location it covers.

use crate::{
    actor::Actor,
    audit::{self, Entry},
    db::{Db, DbError},
};
use domain::{accounts::Role, audit::AuditAction, desk::DeskReach, time::UtcMillis};
use sqlx::{Any, Row, Transaction};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum StaffLocationError {
    /// Not a system administrator, or no such front-desk account or active location: the same
    /// answer.
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Database(#[from] DbError),
}

impl From<sqlx::Error> for StaffLocationError {
    fn from(error: sqlx::Error) -> Self {
        StaffLocationError::Database(error.into())
    }
}

/// Where `actor` may act as front desk, read in `tx`.
pub(crate) async fn reach_in(
    tx: &mut Transaction<'static, Any>,
    actor: &Actor,
) -> Result<DeskReach, DbError> {
    if !actor.has_role(Role::FrontDesk) {
        return Ok(DeskReach::default());
    }
    let rows = sqlx::query("SELECT location_id FROM staff_locations WHERE user_id = $1")
        .bind(actor.user_id)
        .fetch_all(&mut **tx)
        .await?;
    let assigned = rows
        .iter()
        .map(|row| row.try_get::<i64, _>("location_id"))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(DeskReach::new(true, assigned))
}

/// A location as the page names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceName {
    pub id: i64,
    pub name: String,
}

/// A front-desk account and the locations it works at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeskMember {
    pub user_id: i64,
    pub name: String,
    pub locations: Vec<PlaceName>,
}

/// What the assignments page shows: every front-desk account with its locations, and the
/// active locations one may be assigned to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Assignments {
    pub staff: Vec<DeskMember>,
    pub locations: Vec<PlaceName>,
}

fn administrator_only(actor: &Actor) -> Result<(), StaffLocationError> {
    if actor.has_role(Role::SystemAdmin) {
        Ok(())
    } else {
        Err(StaffLocationError::NotFound)
    }
}

/// The assignments page, for a system administrator, in one read transaction.
pub async fn assignments(db: &Db, actor: &Actor) -> Result<Assignments, StaffLocationError> {
    administrator_only(actor)?;
    let mut tx = db.begin_read().await?;
    let people = sqlx::query(
        "SELECT u.id, u.display_name FROM users u JOIN user_roles r ON r.user_id = u.id \
         WHERE r.role = 'front_desk' ORDER BY u.display_name, u.id",
    )
    .fetch_all(&mut *tx)
    .await?;
    let assigned = sqlx::query(
        "SELECT s.user_id, l.id, l.name FROM staff_locations s \
         JOIN locations l ON l.id = s.location_id ORDER BY l.name, l.id",
    )
    .fetch_all(&mut *tx)
    .await?;
    let active = sqlx::query("SELECT id, name FROM locations WHERE active = 1 ORDER BY name, id")
        .fetch_all(&mut *tx)
        .await?;
    tx.commit().await?;
    let place = |row: &sqlx::any::AnyRow| -> Result<PlaceName, sqlx::Error> {
        Ok(PlaceName {
            id: row.try_get("id")?,
            name: row.try_get("name")?,
        })
    };
    let mut staff = people
        .iter()
        .map(|row| {
            Ok(DeskMember {
                user_id: row.try_get("id")?,
                name: row.try_get("display_name")?,
                locations: Vec::new(),
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    for row in &assigned {
        let user_id: i64 = row.try_get("user_id")?;
        if let Some(member) = staff.iter_mut().find(|m| m.user_id == user_id) {
            member.locations.push(place(row)?);
        }
    }
    Ok(Assignments {
        staff,
        locations: active.iter().map(place).collect::<Result<_, _>>()?,
    })
}

/// Assigns front-desk account `user_id` to active location `location_id`; assigning it again
/// changes nothing.
pub async fn assign(
    db: &Db,
    actor: &Actor,
    user_id: i64,
    location_id: i64,
    now: UtcMillis,
) -> Result<(), StaffLocationError> {
    administrator_only(actor)?;
    let mut tx = db.begin_write().await?;
    let known = sqlx::query(
        "SELECT 1 AS one FROM user_roles r, locations l WHERE r.user_id = $1 \
         AND r.role = 'front_desk' AND l.id = $2 AND l.active = 1",
    )
    .bind(user_id)
    .bind(location_id)
    .fetch_optional(&mut *tx)
    .await?;
    if known.is_none() {
        return Err(StaffLocationError::NotFound);
    }
    let added = sqlx::query(
        "INSERT INTO staff_locations (user_id, location_id, assigned_by, assigned_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, location_id) DO NOTHING",
    )
    .bind(user_id)
    .bind(location_id)
    .bind(actor.user_id)
    .bind(now.0)
    .execute(&mut *tx)
    .await?;
    if added.rows_affected() == 1 {
        append(
            &mut tx,
            actor,
            AuditAction::StaffLocationAssign,
            user_id,
            location_id,
            now,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Removes front-desk account `user_id` from location `location_id`; removing it again changes
/// nothing.
pub async fn remove(
    db: &Db,
    actor: &Actor,
    user_id: i64,
    location_id: i64,
    now: UtcMillis,
) -> Result<(), StaffLocationError> {
    administrator_only(actor)?;
    let mut tx = db.begin_write().await?;
    let removed =
        sqlx::query("DELETE FROM staff_locations WHERE user_id = $1 AND location_id = $2")
            .bind(user_id)
            .bind(location_id)
            .execute(&mut *tx)
            .await?;
    if removed.rows_affected() == 1 {
        append(
            &mut tx,
            actor,
            AuditAction::StaffLocationRemove,
            user_id,
            location_id,
            now,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The audit row of a change: the account changed, and the location in the object id
/// (`<user id>@<location id>`).
async fn append(
    tx: &mut Transaction<'static, Any>,
    actor: &Actor,
    action: AuditAction,
    user_id: i64,
    location_id: i64,
    now: UtcMillis,
) -> Result<(), DbError> {
    audit::append(
        tx,
        now,
        &Entry::by(
            actor,
            action,
            "staff_location",
            Some(format!("{user_id}@{location_id}")),
            None,
        ),
    )
    .await
}
