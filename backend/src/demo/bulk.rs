//! Many generated providers on top of the demo data set, for measuring the directory search
//! (`portal demo --providers N`, used by `cargo xtask bench`). Deterministic: the same count gives
//! the same providers.

use super::DemoError;
use crate::db::{Db, DbError};
use domain::time::UtcMillis;
use rand::{rngs::StdRng, Rng, SeedableRng};
use sqlx::Row;

const GIVEN: [&str; 12] = [
    "Alex", "Sam", "Jordan", "Rosa", "Minh", "Wei", "Layla", "Omar", "Grace", "Ivan", "Priya",
    "Kofi",
];
const FAMILY: [&str; 12] = [
    "Nguyen", "Garcia", "Smith", "Haddad", "Chen", "Okafor", "Kowalski", "Singh", "Rossi",
    "Tanaka", "Johnson", "Ali",
];

async fn texts(db: &Db, sql: &str, column: &str) -> Result<Vec<String>, DbError> {
    let mut tx = db.begin_read().await?;
    let rows = sqlx::query(sql).fetch_all(&mut *tx).await?;
    tx.commit().await?;
    rows.iter()
        .map(|r| r.try_get::<String, _>(column).map_err(DbError::from))
        .collect()
}

/// Adds `count` active providers spread over the existing locations, specialties, languages and
/// plans, each with a verified licence for their location's jurisdiction.
pub async fn add_providers(db: &Db, count: usize, now: UtcMillis) -> Result<(), DemoError> {
    let specialties = texts(db, "SELECT code FROM specialties ORDER BY code", "code").await?;
    let languages = texts(db, "SELECT tag FROM spoken_languages ORDER BY tag", "tag").await?;
    let plans = texts(db, "SELECT code FROM insurance_plans ORDER BY code", "code").await?;
    let mut tx = db.begin_read().await?;
    let locations: Vec<(i64, String)> =
        sqlx::query("SELECT id, jurisdiction FROM locations WHERE active = 1 ORDER BY id")
            .fetch_all(&mut *tx)
            .await
            .map_err(DbError::from)?
            .iter()
            .map(|r| Ok((r.try_get("id")?, r.try_get("jurisdiction")?)))
            .collect::<Result<_, DbError>>()?;
    tx.commit().await.map_err(DbError::from)?;
    if locations.is_empty() || specialties.is_empty() || plans.is_empty() {
        return Ok(());
    }
    let mut rng = StdRng::seed_from_u64(count as u64);
    let picks: Vec<_> = (0..count)
        .map(|n| {
            (
                GIVEN[rng.random_range(0..GIVEN.len())],
                format!("{}{n}", FAMILY[rng.random_range(0..FAMILY.len())]),
                specialties[rng.random_range(0..specialties.len())].clone(),
                languages[rng.random_range(0..languages.len())].clone(),
                plans[rng.random_range(0..plans.len())].clone(),
                locations[rng.random_range(0..locations.len())].clone(),
                rng.random_bool(0.8),
                rng.random_bool(0.3),
            )
        })
        .collect();
    let mut tx = db.begin_write().await?;
    for (given, family, specialty, language, plan, (location, jurisdiction), accepting, video) in
        picks
    {
        let id: i64 = sqlx::query(
            "INSERT INTO providers (given_name, family_name, credentials_suffix, role, \
             accepting_new_patients, in_person, telehealth, created_at) \
             VALUES ($1, $2, 'MD', 'physician', $3, 1, $4, $5) RETURNING id",
        )
        .bind(given)
        .bind(&family)
        .bind(i64::from(accepting))
        .bind(i64::from(video))
        .bind(now.0)
        .fetch_one(&mut *tx)
        .await
        .map_err(DbError::from)?
        .try_get("id")
        .map_err(DbError::from)?;
        for (sql, value) in [
            (
                "INSERT INTO provider_specialties (provider_id, specialty_code) VALUES ($1, $2)",
                specialty.as_str(),
            ),
            (
                "INSERT INTO provider_languages (provider_id, language) VALUES ($1, $2) \
                 ON CONFLICT DO NOTHING",
                "en",
            ),
            (
                "INSERT INTO provider_languages (provider_id, language) VALUES ($1, $2) \
                 ON CONFLICT DO NOTHING",
                language.as_str(),
            ),
            (
                "INSERT INTO provider_plans (provider_id, plan_code) VALUES ($1, $2)",
                plan.as_str(),
            ),
        ] {
            sqlx::query(sql)
                .bind(id)
                .bind(value)
                .execute(&mut *tx)
                .await
                .map_err(DbError::from)?;
        }
        sqlx::query("INSERT INTO provider_locations (provider_id, location_id) VALUES ($1, $2)")
            .bind(id)
            .bind(location)
            .execute(&mut *tx)
            .await
            .map_err(DbError::from)?;
        sqlx::query(
            "INSERT INTO credentials (provider_id, kind, issuer, number, jurisdiction, valid_from, \
             valid_to, status, created_at, updated_at) \
             VALUES ($1, 'licence', 'Generated board', $2, $3, '2020-01-01', '2099-12-31', \
             'pending', $4, $4)",
        )
        .bind(id)
        .bind(format!("GEN-{id}"))
        .bind(&jurisdiction)
        .bind(now.0)
        .execute(&mut *tx)
        .await
        .map_err(DbError::from)?;
    }
    tx.commit().await.map_err(DbError::from)?;
    // After a bulk load PostgreSQL's planner needs fresh statistics (autovacuum would gather them
    // later); without them it plans the directory's queries as if the tables were empty.
    if db.kind() == crate::db::DbKind::Postgres {
        db.analyze().await?;
    }
    Ok(())
}
