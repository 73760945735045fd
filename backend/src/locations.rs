//! The credentialing office keeps the clinic's locations: list (inactive ones too, marked), read,
//! create, edit, deactivate and reactivate. Nothing is deleted: a deactivated location leaves the
//! public directory (`crate::directory` shows active locations only) while its hours, its
//! providers and every audit row about it stay. Each change is audited in its own transaction.

use crate::{
    activation::{self, Listed},
    actor::Actor,
    audit::{self, Entry},
    credentials::may_credential,
    db::{Db, DbError},
};
use domain::{
    audit::AuditAction,
    directory::{Location, LocationDraft, LocationProblem},
    time::UtcMillis,
};
use sqlx::{Any, Row, Transaction};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum LocationError {
    /// Not the credentialing office or a system administrator, or no such location: the same
    /// answer.
    #[error("not found")]
    NotFound,
    /// Fields to correct, each problem once.
    #[error("the location has problems: {0:?}")]
    Invalid(Vec<LocationProblem>),
    #[error(transparent)]
    Database(#[from] DbError),
}

impl From<sqlx::Error> for LocationError {
    fn from(error: sqlx::Error) -> Self {
        LocationError::Database(error.into())
    }
}

/// A location in the office's list.
#[derive(Clone, Debug, PartialEq)]
pub struct LocationLine {
    pub id: i64,
    pub name: String,
    pub city: String,
    pub jurisdiction: String,
    pub time_zone: String,
    pub active: bool,
    /// Active providers who work there.
    pub providers: i64,
}

/// A location as stored, in the shape of the form that edits it.
#[derive(Clone, Debug, PartialEq)]
pub struct LocationRecord {
    pub id: i64,
    pub draft: LocationDraft,
    pub active: bool,
}

/// The canonical IANA name of a time zone the server knows (`jiff`'s bundled database).
pub fn canonical_zone(name: &str) -> Option<String> {
    let zone = crate::clock::zone(name.trim()).ok()?;
    Some(zone.iana_name().unwrap_or(name.trim()).to_string())
}

fn check(draft: &LocationDraft) -> Result<Location, LocationError> {
    draft.check(canonical_zone).map_err(LocationError::Invalid)
}

/// Every location, active first, then by city and name.
pub async fn list(db: &Db, actor: &Actor) -> Result<Vec<LocationLine>, LocationError> {
    if !may_credential(actor) {
        return Err(LocationError::NotFound);
    }
    let mut tx = db.begin_read().await?;
    let rows = sqlx::query(
        "SELECT l.id, l.name, l.city, l.jurisdiction, l.time_zone, l.active, \
         (SELECT COUNT(*) FROM provider_locations pl JOIN providers p ON p.id = pl.provider_id \
          WHERE pl.location_id = l.id AND p.active = 1) AS providers \
         FROM locations l ORDER BY l.active DESC, l.city, l.name, l.id",
    )
    .fetch_all(&mut *tx)
    .await?;
    tx.commit().await?;
    rows.iter()
        .map(|r| {
            Ok(LocationLine {
                id: r.try_get("id")?,
                name: r.try_get("name")?,
                city: r.try_get("city")?,
                jurisdiction: r.try_get("jurisdiction")?,
                time_zone: r.try_get("time_zone")?,
                active: r.try_get::<i64, _>("active")? == 1,
                providers: r.try_get("providers")?,
            })
        })
        .collect()
}

/// One location with its opening hours, as the edit form shows it.
pub async fn get(db: &Db, actor: &Actor, id: i64) -> Result<LocationRecord, LocationError> {
    if !may_credential(actor) {
        return Err(LocationError::NotFound);
    }
    let mut tx = db.begin_read().await?;
    let row = sqlx::query(
        "SELECT name, street, city, postcode, jurisdiction, latitude, longitude, phone, \
         time_zone, active FROM locations WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(LocationError::NotFound)?;
    let mut hours = vec![(String::new(), String::new()); 7];
    for hour in sqlx::query(
        "SELECT weekday, opens, closes FROM location_hours WHERE location_id = $1 ORDER BY weekday",
    )
    .bind(id)
    .fetch_all(&mut *tx)
    .await?
    {
        let weekday: i64 = hour.try_get("weekday")?;
        if let Some(slot) = usize::try_from(weekday - 1)
            .ok()
            .and_then(|i| hours.get_mut(i))
        {
            *slot = (hour.try_get("opens")?, hour.try_get("closes")?);
        }
    }
    tx.commit().await?;
    Ok(LocationRecord {
        id,
        draft: LocationDraft {
            name: row.try_get("name")?,
            street: row.try_get("street")?,
            city: row.try_get("city")?,
            postcode: row.try_get("postcode")?,
            jurisdiction: row.try_get("jurisdiction")?,
            latitude: row.try_get::<f64, _>("latitude")?.to_string(),
            longitude: row.try_get::<f64, _>("longitude")?.to_string(),
            phone: row.try_get("phone")?,
            time_zone: row.try_get("time_zone")?,
            hours,
        },
        active: row.try_get::<i64, _>("active")? == 1,
    })
}

async fn write_hours(
    tx: &mut Transaction<'static, Any>,
    id: i64,
    location: &Location,
) -> Result<(), DbError> {
    sqlx::query("DELETE FROM location_hours WHERE location_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for (weekday, opens, closes) in &location.hours {
        sqlx::query(
            "INSERT INTO location_hours (location_id, weekday, opens, closes) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(i64::from(*weekday))
        .bind(opens)
        .bind(closes)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Adds a location (active), with its opening hours. Returns its id.
pub async fn create(
    db: &Db,
    actor: &Actor,
    draft: &LocationDraft,
    now: UtcMillis,
) -> Result<i64, LocationError> {
    if !may_credential(actor) {
        return Err(LocationError::NotFound);
    }
    let location = check(draft)?;
    let mut tx = db.begin_write().await?;
    let id: i64 = sqlx::query(
        "INSERT INTO locations (name, street, city, jurisdiction, postcode, latitude, longitude, \
         phone, time_zone, active, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10) RETURNING id",
    )
    .bind(&location.name)
    .bind(&location.street)
    .bind(&location.city)
    .bind(&location.jurisdiction)
    .bind(&location.postcode)
    .bind(location.latitude)
    .bind(location.longitude)
    .bind(&location.phone)
    .bind(&location.time_zone)
    .bind(now.0)
    .fetch_one(&mut *tx)
    .await?
    .try_get("id")?;
    write_hours(&mut tx, id, &location).await?;
    let entry = Entry::by(
        actor,
        AuditAction::LocationCreate,
        "location",
        Some(id.to_string()),
        None,
    );
    audit::append(&mut tx, now, &entry).await?;
    tx.commit().await?;
    Ok(id)
}

/// Changes a location's details and hours (active or not).
pub async fn update(
    db: &Db,
    actor: &Actor,
    id: i64,
    draft: &LocationDraft,
    now: UtcMillis,
) -> Result<(), LocationError> {
    if !may_credential(actor) {
        return Err(LocationError::NotFound);
    }
    let location = check(draft)?;
    let mut tx = db.begin_write().await?;
    let changed = sqlx::query(
        "UPDATE locations SET name = $1, street = $2, city = $3, jurisdiction = $4, \
         postcode = $5, latitude = $6, longitude = $7, phone = $8, time_zone = $9 WHERE id = $10",
    )
    .bind(&location.name)
    .bind(&location.street)
    .bind(&location.city)
    .bind(&location.jurisdiction)
    .bind(&location.postcode)
    .bind(location.latitude)
    .bind(location.longitude)
    .bind(&location.phone)
    .bind(&location.time_zone)
    .bind(id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed != 1 {
        return Err(LocationError::NotFound);
    }
    write_hours(&mut tx, id, &location).await?;
    let entry = Entry::by(
        actor,
        AuditAction::LocationUpdate,
        "location",
        Some(id.to_string()),
        None,
    );
    audit::append(&mut tx, now, &entry).await?;
    tx.commit().await?;
    Ok(())
}

/// Deactivates (`active` false) or reactivates a location. Setting what it already is changes
/// nothing and records nothing (a repeated click).
pub async fn set_active(
    db: &Db,
    actor: &Actor,
    id: i64,
    active: bool,
    now: UtcMillis,
) -> Result<(), LocationError> {
    if !may_credential(actor) {
        return Err(LocationError::NotFound);
    }
    if activation::set_active(db, actor, Listed::Location, id, active, now).await? {
        Ok(())
    } else {
        Err(LocationError::NotFound)
    }
}
