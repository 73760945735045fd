//! Generated providers and patients on top of the demo data set, for measuring the directory
//! search and booking (`portal demo --providers N --patients M`, used by `cargo xtask bench` and
//! the booking race of `cargo xtask test`). Deterministic: the same counts give the same people.

use super::{schedule::insert_weekly_hours, DemoError, CREDENTIALING_ADMIN, PATIENT_PASSWORD};
use crate::{
    accounts::{self, password, NewUser},
    db::{Db, DbError},
};
use domain::{accounts::Role, locale::Locale, time::UtcMillis};
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
/// plans, each with a licence for their location's jurisdiction that the demo's credentialing
/// admin verified (so they can be booked) and the demo's weekly hours there (so they have free
/// times).
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
    let verifier: i64 = sqlx::query("SELECT id FROM users WHERE email_key = $1")
        .bind(CREDENTIALING_ADMIN)
        .fetch_one(&mut *tx)
        .await
        .map_err(DbError::from)?
        .try_get("id")
        .map_err(DbError::from)?;
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
             valid_to, status, verified_by, verified_at, evidence_note, created_at, updated_at) \
             VALUES ($1, 'licence', 'Generated board', $2, $3, '2020-01-01', '2099-12-31', \
             'verified', $4, $5, 'Generated', $5, $5)",
        )
        .bind(id)
        .bind(format!("GEN-{id}"))
        .bind(&jurisdiction)
        .bind(verifier)
        .bind(now.0)
        .execute(&mut *tx)
        .await
        .map_err(DbError::from)?;
        insert_weekly_hours(
            &mut tx,
            id,
            "physician",
            (1, i64::from(video)),
            &[location],
            now,
        )
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

/// The domain of generated patients' emails: `patient{n}@generated.test`.
pub const PATIENT_EMAIL_DOMAIN: &str = "generated.test";

/// Adds `count` patients, each with a patient account of their own (so a booking queues their
/// confirmation and reminders, as a real patient's does), numbered on from those generated
/// before: `patient{n}@generated.test`, password [`PATIENT_PASSWORD`], languages in turn. One
/// password hash serves them all: hashing thousands would take minutes.
pub async fn add_patients(db: &Db, count: usize, now: UtcMillis) -> Result<(), DemoError> {
    if !super::is_loaded(db).await? {
        return Err(DemoError::NotADemoDatabase);
    }
    let hash = password::hash(PATIENT_PASSWORD.to_string()).await;
    let mut tx = db.begin_write().await?;
    let existing: i64 = sqlx::query("SELECT COUNT(*) AS n FROM users WHERE email_key LIKE $1")
        .bind(format!("%@{PATIENT_EMAIL_DOMAIN}"))
        .fetch_one(&mut *tx)
        .await
        .map_err(DbError::from)?
        .try_get("n")
        .map_err(DbError::from)?;
    let first = usize::try_from(existing).unwrap_or_default();
    for n in first..first + count {
        let given = GIVEN[n % GIVEN.len()];
        let family = format!("{}{n}", FAMILY[(n / GIVEN.len()) % FAMILY.len()]);
        let email = format!("patient{n}@{PATIENT_EMAIL_DOMAIN}");
        let user_id = accounts::insert_user(
            &mut tx,
            &NewUser {
                email: &email,
                display_name: &format!("{given} {family}"),
                password: PATIENT_PASSWORD,
                preferred_locale: Some(Locale::ALL[n % Locale::ALL.len()]),
                roles: &[Role::Patient],
            },
            &hash,
            now,
        )
        .await?;
        sqlx::query(
            "INSERT INTO patients (user_id, given_name, family_name, date_of_birth, created_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(user_id)
        .bind(given)
        .bind(&family)
        .bind(format!(
            "{}-{:02}-{:02}",
            1940 + n % 65,
            1 + n % 12,
            1 + n % 28
        ))
        .bind(now.0)
        .execute(&mut *tx)
        .await
        .map_err(DbError::from)?;
    }
    tx.commit().await.map_err(DbError::from)?;
    if db.kind() == crate::db::DbKind::Postgres {
        db.analyze().await?;
    }
    Ok(())
}
