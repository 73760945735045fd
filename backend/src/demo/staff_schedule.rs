//! The staff schedule's part of the demo: a blocked morning (a procedure) for Dr Okonkwo on her
//! next clinic day at her first location, Dr Lee (the provider demo account) on call there
//! over the coming weekend, and two of his patients due earlier today (Tomás Reyes and Grace
//! Kim, who have no accounts), so `/staff/schedule` shows blocks, the rota, and appointments
//! front desk can mark arrived or missed whenever the demo is loaded.

use super::DemoError;
use crate::{clock::zone, db::DbError, scheduling};
use domain::time::{instant, local_date, TimeError, UtcMillis, MINUTE_MS};
use jiff::{
    civil::{Date, Time},
    tz::TimeZone,
    Span,
};
use sqlx::{Any, Row, Transaction};

/// A provider (by family name), their first location and its zone.
async fn provider_place(
    tx: &mut Transaction<'static, Any>,
    family_name: &str,
) -> Result<Option<(i64, i64, TimeZone)>, DbError> {
    let row = sqlx::query(
        "SELECT p.id, l.id AS location_id, l.time_zone FROM providers p \
         JOIN provider_locations pl ON pl.provider_id = p.id \
         JOIN locations l ON l.id = pl.location_id \
         WHERE p.family_name = $1 ORDER BY l.id LIMIT 1",
    )
    .bind(family_name)
    .fetch_optional(&mut **tx)
    .await?;
    row.map(|row| {
        Ok((
            row.try_get("id")?,
            row.try_get("location_id")?,
            zone(&row.try_get::<String, _>("time_zone")?)?,
        ))
    })
    .transpose()
}

async fn user_id(tx: &mut Transaction<'static, Any>, email: &str) -> Result<i64, DbError> {
    let row = sqlx::query("SELECT id FROM users WHERE email_key = $1")
        .bind(email)
        .fetch_one(&mut **tx)
        .await?;
    Ok(row.try_get("id")?)
}

/// The instant `date` at `hour`:00 in `zone`.
fn at(date: Date, hour: i8, zone: &TimeZone) -> Result<i64, DbError> {
    let time = Time::new(hour, 0, 0, 0).map_err(|_| TimeError::NotATime)?;
    Ok(instant(date, time, zone)?.0)
}

pub(super) async fn load(
    tx: &mut Transaction<'static, Any>,
    now: UtcMillis,
) -> Result<(), DemoError> {
    let desk = user_id(tx, "desk@demo.test").await?;
    let today_in = |zone: &TimeZone| local_date(now, zone).map_err(DbError::from);
    let mut block = None;
    if let Some((provider, location, zone)) = provider_place(tx, "Okonkwo").await? {
        let tomorrow = today_in(&zone)?
            .tomorrow()
            .map_err(|_| DbError::Invalid("a date"))?;
        let free = scheduling::free_slots_in(tx, provider, location, Some(tomorrow), 14, now)
            .await?
            .map(|(_, free)| free)
            .unwrap_or_default();
        if let Some(first) = free.first() {
            let day = local_date(first.start, &zone).map_err(DbError::from)?;
            block = Some((provider, location, at(day, 9, &zone)?, at(day, 12, &zone)?));
        }
    }
    let mut on_call = None;
    if let Some((provider, location, zone)) = provider_place(tx, "Lee").await? {
        let today = today_in(&zone)?;
        // Saturday 08:00 to Monday 08:00 of this week (from today, when today is a Saturday).
        let to_saturday = (5 - i64::from(today.weekday().to_monday_zero_offset())).rem_euclid(7);
        let saturday = today
            .checked_add(Span::new().days(to_saturday))
            .map_err(|_| DbError::Invalid("a date"))?;
        let monday = saturday
            .checked_add(Span::new().days(2))
            .map_err(|_| DbError::Invalid("a date"))?;
        on_call = Some((
            provider,
            location,
            at(saturday, 8, &zone)?,
            at(monday, 8, &zone)?,
        ));
    }
    let today = match provider_place(tx, "Lee").await? {
        Some((provider, location, zone)) => {
            let midnight = at(today_in(&zone)?, 0, &zone)?;
            // Started before now (so they may be marked missed) and today (so arrived).
            let start = |minutes_ago: i64| {
                let at = (now.0 - minutes_ago * MINUTE_MS).max(midnight);
                at - at.rem_euclid(5 * MINUTE_MS)
            };
            vec![
                (provider, location, ("Reyes", "1988-07-22"), start(90)),
                (provider, location, ("Kim", "1962-01-09"), start(45)),
            ]
        }
        None => Vec::new(),
    };
    for (provider, location, (family_name, born), starts_at) in today {
        sqlx::query(
            "INSERT INTO appointments (patient_id, provider_id, location_id, starts_at, ends_at, \
             visit_mode, visit_type, reason, status, booked_by, created_at, updated_at) \
             SELECT id, $1, $2, $3, $4, 'in_person', 'follow_up', 'Follow-up visit', 'booked', \
             $5, $6, $6 FROM patients WHERE family_name = $7 AND date_of_birth = $8",
        )
        .bind(provider)
        .bind(location)
        .bind(starts_at)
        .bind(starts_at + 30 * MINUTE_MS)
        .bind(desk)
        .bind(now.0)
        .bind(family_name)
        .bind(born)
        .execute(&mut **tx)
        .await
        .map_err(DbError::from)?;
    }
    if let Some((provider, location, starts_at, ends_at)) = block {
        sqlx::query(
            "INSERT INTO schedule_blocks (provider_id, location_id, starts_at, ends_at, \
             reason, created_by, created_at) VALUES ($1, $2, $3, $4, 'procedure', $5, $6)",
        )
        .bind(provider)
        .bind(location)
        .bind(starts_at)
        .bind(ends_at)
        .bind(desk)
        .bind(now.0)
        .execute(&mut **tx)
        .await
        .map_err(DbError::from)?;
    }
    if let Some((provider, location, starts_at, ends_at)) = on_call {
        sqlx::query(
            "INSERT INTO on_call (provider_id, location_id, starts_at, ends_at, created_by, \
             created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(provider)
        .bind(location)
        .bind(starts_at)
        .bind(ends_at)
        .bind(desk)
        .bind(now.0)
        .execute(&mut **tx)
        .await
        .map_err(DbError::from)?;
    }
    Ok(())
}
