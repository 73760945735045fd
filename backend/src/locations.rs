//! The credentialing office keeps the clinic's locations: list (inactive ones too, marked), read,
//! create, edit, deactivate and reactivate. Nothing is deleted: a deactivated location leaves the
//! public directory (`crate::directory` shows active locations only) while its hours, its
//! providers and every audit row about it stay. Each change is audited in its own transaction.

use crate::{
    actor::Actor,
    db::{Db, DbError},
    listed::{self, office_only, Listed, ListedError},
};
use domain::{
    directory::{DayHours, Location, LocationDraft, LocationProblem},
    time::UtcMillis,
};
use sqlx::{Any, Transaction};

/// Not the credentialing office or a system administrator, or no such location (the same
/// answer); or fields to correct, each problem once.
pub type LocationError = ListedError<LocationProblem>;

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

/// A row of the office's list, as stored.
#[derive(sqlx::FromRow)]
struct LineRow {
    id: i64,
    name: String,
    city: String,
    jurisdiction: String,
    time_zone: String,
    active: i64,
    providers: i64,
}

impl LineRow {
    fn into_line(self) -> LocationLine {
        LocationLine {
            id: self.id,
            name: self.name,
            city: self.city,
            jurisdiction: self.jurisdiction,
            time_zone: self.time_zone,
            active: self.active == 1,
            providers: self.providers,
        }
    }
}

/// Every location, active first, then by city and name.
pub async fn list(db: &Db, actor: &Actor) -> Result<Vec<LocationLine>, LocationError> {
    office_only(actor)?;
    let mut tx = db.begin_read().await?;
    let rows: Vec<LineRow> = sqlx::query_as(
        "SELECT l.id, l.name, l.city, l.jurisdiction, l.time_zone, l.active, \
         (SELECT COUNT(*) FROM provider_locations pl JOIN providers p ON p.id = pl.provider_id \
          WHERE pl.location_id = l.id AND p.active = 1) AS providers \
         FROM locations l ORDER BY l.active DESC, l.city, l.name, l.id",
    )
    .fetch_all(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(rows.into_iter().map(LineRow::into_line).collect())
}

/// A location's own row, as stored.
#[derive(sqlx::FromRow)]
struct LocationRow {
    name: String,
    street: String,
    city: String,
    postcode: String,
    jurisdiction: String,
    latitude: f64,
    longitude: f64,
    phone: String,
    time_zone: String,
    active: i64,
}

impl LocationRow {
    /// The record with its `hours` (one per ISO weekday, Monday first).
    fn into_record(self, id: i64, hours: Vec<DayHours>) -> LocationRecord {
        LocationRecord {
            id,
            draft: LocationDraft {
                name: self.name,
                street: self.street,
                city: self.city,
                postcode: self.postcode,
                jurisdiction: self.jurisdiction,
                latitude: self.latitude.to_string(),
                longitude: self.longitude.to_string(),
                phone: self.phone,
                time_zone: self.time_zone,
                hours,
            },
            active: self.active == 1,
        }
    }
}

/// One location with its opening hours, as the edit form shows it.
pub async fn get(db: &Db, actor: &Actor, id: i64) -> Result<LocationRecord, LocationError> {
    office_only(actor)?;
    let mut tx = db.begin_read().await?;
    let row: LocationRow = sqlx::query_as(
        "SELECT name, street, city, postcode, jurisdiction, latitude, longitude, phone, \
         time_zone, active FROM locations WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(LocationError::NotFound)?;
    let mut hours = vec![DayHours::default(); 7];
    let stored: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT weekday, opens, closes FROM location_hours WHERE location_id = $1 ORDER BY weekday",
    )
    .bind(id)
    .fetch_all(&mut *tx)
    .await?;
    for (weekday, opens, closes) in stored {
        if let Some(slot) = usize::try_from(weekday - 1)
            .ok()
            .and_then(|i| hours.get_mut(i))
        {
            *slot = DayHours { opens, closes };
        }
    }
    tx.commit().await?;
    Ok(row.into_record(id, hours))
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

/// Adds a location (`existing` is `None`; active) or changes location `existing`'s details and
/// hours (active or not), audited. Returns its id.
pub async fn save(
    db: &Db,
    actor: &Actor,
    existing: Option<i64>,
    draft: &LocationDraft,
    now: UtcMillis,
) -> Result<i64, LocationError> {
    office_only(actor)?;
    let location = check(draft)?;
    let mut tx = db.begin_write().await?;
    let statement = match existing {
        None => {
            "INSERT INTO locations (name, street, city, jurisdiction, postcode, latitude, \
             longitude, phone, time_zone, active, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10) RETURNING id"
        }
        Some(_) => {
            "UPDATE locations SET name = $1, street = $2, city = $3, jurisdiction = $4, \
             postcode = $5, latitude = $6, longitude = $7, phone = $8, time_zone = $9 \
             WHERE id = $10 RETURNING id"
        }
    };
    let id = listed::save_row(&mut tx, statement, existing, now, |query| {
        query
            .bind(&location.name)
            .bind(&location.street)
            .bind(&location.city)
            .bind(&location.jurisdiction)
            .bind(&location.postcode)
            .bind(location.latitude)
            .bind(location.longitude)
            .bind(&location.phone)
            .bind(&location.time_zone)
    })
    .await?;
    write_hours(&mut tx, id, &location).await?;
    listed::commit_saved(tx, actor, Listed::Location, existing, id, now).await?;
    Ok(id)
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
    listed::set_active(db, actor, Listed::Location, id, active, now).await
}
