//! The demo's schedules: weekly hours for every demo provider at each of their locations, a
//! blocked morning, an on-call weekend, and appointments for the demo patients (one coming, one
//! past), so the booking pages, "next available" and the staff schedule have something to show.

use super::DemoError;
use crate::{db::DbError, scheduling};
use domain::time::{local_date, UtcMillis, DAY_MS, HOUR_MS};
use sqlx::{Any, Row, Transaction};

/// `(weekday, starts, ends, new patients)` a provider works at their only location; with two
/// locations, Monday, Wednesday and Friday are at the first and Tuesday and Thursday at the
/// second.
const SESSIONS: [(&str, &str, bool); 2] = [("09:00", "12:00", true), ("13:00", "17:00", false)];

pub(super) async fn load(
    tx: &mut Transaction<'static, Any>,
    now: UtcMillis,
) -> Result<(), DemoError> {
    insert_hours(tx, now).await.map_err(DbError::from)?;
    book_demo_patients(tx, now).await
}

async fn insert_hours(
    tx: &mut Transaction<'static, Any>,
    now: UtcMillis,
) -> Result<(), sqlx::Error> {
    let rows = sqlx::query(
        "SELECT p.id, p.role, p.in_person, p.telehealth, pl.location_id FROM providers p \
         JOIN provider_locations pl ON pl.provider_id = p.id ORDER BY p.id, pl.location_id",
    )
    .fetch_all(&mut **tx)
    .await?;
    let mut places: Vec<(i64, String, i64, i64, Vec<i64>)> = Vec::new();
    for row in &rows {
        let id: i64 = row.try_get("id")?;
        let location: i64 = row.try_get("location_id")?;
        match places.last_mut() {
            Some(last) if last.0 == id => last.4.push(location),
            _ => places.push((
                id,
                row.try_get("role")?,
                row.try_get("in_person")?,
                row.try_get("telehealth")?,
                vec![location],
            )),
        }
    }
    for (id, role, in_person, telehealth, locations) in places {
        insert_weekly_hours(tx, id, &role, (in_person, telehealth), &locations, now).await?;
    }
    Ok(())
}

/// The demo's week for one provider: Monday to Friday, new patients in the morning and
/// follow-ups in the afternoon (therapists in hours, everyone else in half hours); with two
/// locations, Tuesday and Thursday at the second. One statement per provider, so thousands of
/// generated providers load quickly.
pub(super) async fn insert_weekly_hours(
    tx: &mut Transaction<'static, Any>,
    provider_id: i64,
    role: &str,
    (in_person, telehealth): (i64, i64),
    locations: &[i64],
    now: UtcMillis,
) -> Result<(), sqlx::Error> {
    let Some(&first) = locations.first() else {
        return Ok(());
    };
    // Therapy sessions are an hour; everything else half an hour.
    let minutes: i64 = if role == "therapist" { 60 } else { 30 };
    let mut rows = Vec::new();
    for weekday in 1..=5_i64 {
        let location = match locations.get(1) {
            Some(&second) if weekday % 2 == 0 => second,
            _ => first,
        };
        for (starts, ends, new_patients) in SESSIONS {
            rows.push((weekday, location, starts, ends, i64::from(new_patients)));
        }
    }
    let values: Vec<String> = (0..rows.len())
        .map(|n| {
            // $1–$5 are shared; each row binds five more: location, weekday, starts, ends,
            // new patients.
            let at = 6 + n * 5;
            format!(
                "($1, ${at}, ${}, ${}, ${}, $2, $3, $4, ${}, $5)",
                at + 1,
                at + 2,
                at + 3,
                at + 4
            )
        })
        .collect();
    let sql = format!(
        "INSERT INTO weekly_hours (provider_id, location_id, weekday, starts, ends, \
         slot_minutes, in_person, telehealth, new_patients, created_at) VALUES {}",
        values.join(", ")
    );
    let mut query = sqlx::query(&sql)
        .bind(provider_id)
        .bind(minutes)
        .bind(in_person)
        .bind(telehealth)
        .bind(now.0);
    for (weekday, location, starts, ends, new_patients) in rows {
        query = query
            .bind(location)
            .bind(weekday)
            .bind(starts)
            .bind(ends)
            .bind(new_patients);
    }
    query.execute(&mut **tx).await?;
    Ok(())
}

/// A demo patient's id and account, by email.
async fn patient(tx: &mut Transaction<'static, Any>, email: &str) -> Result<(i64, i64), DbError> {
    let row = sqlx::query(
        "SELECT p.id, u.id AS user_id FROM patients p JOIN users u ON u.id = p.user_id \
         WHERE u.email_key = $1",
    )
    .bind(email)
    .fetch_one(&mut **tx)
    .await?;
    Ok((row.try_get("id")?, row.try_get("user_id")?))
}

/// The first provider without an account (by id) who speaks `language`, and their first
/// location.
async fn provider_speaking(
    tx: &mut Transaction<'static, Any>,
    language: &str,
) -> Result<(i64, i64), DbError> {
    first_place(
        tx,
        "SELECT p.id, MIN(pl.location_id) AS location_id FROM providers p \
         JOIN provider_languages pg ON pg.provider_id = p.id \
         JOIN provider_locations pl ON pl.provider_id = p.id \
         WHERE pg.language = $1 AND p.user_id IS NULL GROUP BY p.id ORDER BY p.id LIMIT 1",
        language,
    )
    .await
}

/// The provider who is the staff account `email`, and their first location.
async fn provider_account(
    tx: &mut Transaction<'static, Any>,
    email: &str,
) -> Result<(i64, i64), DbError> {
    first_place(
        tx,
        "SELECT p.id, MIN(pl.location_id) AS location_id FROM providers p \
         JOIN users u ON u.id = p.user_id JOIN provider_locations pl ON pl.provider_id = p.id \
         WHERE u.email_key = $1 GROUP BY p.id",
        email,
    )
    .await
}

async fn first_place(
    tx: &mut Transaction<'static, Any>,
    sql: &str,
    value: &str,
) -> Result<(i64, i64), DbError> {
    let row = sqlx::query(sql).bind(value).fetch_one(&mut **tx).await?;
    Ok((row.try_get("id")?, row.try_get("location_id")?))
}

/// Books, as the demo patients themselves, a visit a few days ahead with Dr Lee (the provider
/// demo account) for the English-speaking patient and one with a Spanish-speaking provider for
/// María, and records a past visit for each.
async fn book_demo_patients(
    tx: &mut Transaction<'static, Any>,
    now: UtcMillis,
) -> Result<(), DemoError> {
    let lee = provider_account(tx, "dr.lee@demo.test").await?;
    let spanish = provider_speaking(tx, "es").await?;
    for (email, (provider, location), reason) in [
        ("pat@demo.test", lee, "Annual check-up"),
        ("maria@demo.test", spanish, "Control de presión arterial"),
    ] {
        let (patient_id, user_id) = patient(tx, email).await?;
        let first_day = local_date(UtcMillis(now.0 + 4 * DAY_MS), &jiff::tz::TimeZone::UTC)
            .map_err(DbError::from)?;
        let free = scheduling::free_slots_in(tx, provider, location, Some(first_day), 14, now)
            .await?
            .map(|(_, free)| free)
            .unwrap_or_default();
        // Mid-morning rather than the first time of the day.
        let Some(slot) = free
            .iter()
            .find(|s| s.kinds.new_patients)
            .and_then(|first| free.iter().find(|s| s.start.0 >= first.start.0 + HOUR_MS))
        else {
            continue;
        };
        for (starts_at, ends_at, status) in [
            (slot.start.0, slot.end.0, "booked"),
            (
                slot.start.0 - 60 * DAY_MS,
                slot.end.0 - 60 * DAY_MS,
                "completed",
            ),
        ] {
            sqlx::query(
                "INSERT INTO appointments (patient_id, provider_id, location_id, starts_at, \
                 ends_at, visit_mode, visit_type, reason, status, booked_by, created_at, \
                 updated_at) VALUES ($1, $2, $3, $4, $5, 'in_person', 'follow_up', $6, $7, $8, \
                 $9, $9)",
            )
            .bind(patient_id)
            .bind(provider)
            .bind(location)
            .bind(starts_at)
            .bind(ends_at)
            .bind(reason)
            .bind(status)
            .bind(user_id)
            .bind(now.0 - 61 * DAY_MS)
            .execute(&mut **tx)
            .await
            .map_err(DbError::from)?;
        }
    }
    Ok(())
}
