//! The credentialing office keeps the provider directory: list (inactive providers too, marked,
//! searchable by name), read with credentials, create, edit, deactivate and reactivate. Nothing is
//! deleted: a deactivated provider leaves the public directory while their credentials and
//! every audit row about them stay. Each change is audited in its own transaction.

use crate::{
    activation::{self, Listed},
    actor::Actor,
    audit::{self, Entry},
    credentials::may_credential,
    db::{Db, DbError},
};
use domain::{
    audit::AuditAction,
    credentials::CredentialStatus,
    directory::{Provider, ProviderDraft, ProviderProblem},
    time::UtcMillis,
};
use sqlx::{Any, Row, Transaction};
use thiserror::Error;

/// The most providers one list shows; a name narrows it.
pub const LIST_LIMIT: i64 = 50;

#[derive(Debug, Error)]
pub enum ProviderError {
    /// Not the credentialing office or a system administrator, or no such provider: the same
    /// answer.
    #[error("not found")]
    NotFound,
    /// Fields to correct, each problem once.
    #[error("the provider has problems: {0:?}")]
    Invalid(Vec<ProviderProblem>),
    #[error(transparent)]
    Database(#[from] DbError),
}

impl From<sqlx::Error> for ProviderError {
    fn from(error: sqlx::Error) -> Self {
        ProviderError::Database(error.into())
    }
}

/// A provider in the office's list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderLine {
    pub id: i64,
    pub given_name: String,
    pub family_name: String,
    pub suffix: Option<String>,
    pub role: String,
    pub active: bool,
    /// Credentials waiting for verification.
    pub pending_credentials: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderList {
    /// At most [`LIST_LIMIT`], by family name.
    pub lines: Vec<ProviderLine>,
    /// How many match in all.
    pub total: i64,
}

/// A credential as the provider's page lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CredentialLine {
    pub id: i64,
    pub kind: String,
    pub issuer: String,
    pub number: String,
    pub jurisdiction: Option<String>,
    pub valid_from: String,
    pub valid_to: String,
    pub status: CredentialStatus,
}

/// A provider as stored, in the shape of the form that edits them, with their credentials.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderRecord {
    pub id: i64,
    pub draft: ProviderDraft,
    pub active: bool,
    pub credentials: Vec<CredentialLine>,
}

/// What the provider form offers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderChoices {
    /// `(code, parent code)`, specialties before their subspecialties' codes sort.
    pub specialties: Vec<(String, Option<String>)>,
    pub languages: Vec<String>,
    /// `(code, name)`.
    pub plans: Vec<(String, String)>,
    /// `(id, name, city, active)`.
    pub locations: Vec<(i64, String, String, bool)>,
}

/// `%word%` for `LIKE … ESCAPE '\'`, the word's own `%`, `_` and `\` taken literally.
fn contains_pattern(word: &str) -> String {
    let escaped = word
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// Providers whose given or family name contains every word of `name` (letter case ignored),
/// active first, then by family name; all of them when `name` is blank.
pub async fn list(db: &Db, actor: &Actor, name: &str) -> Result<ProviderList, ProviderError> {
    if !may_credential(actor) {
        return Err(ProviderError::NotFound);
    }
    let words: Vec<String> = name
        .split_whitespace()
        .take(3)
        .map(|w| contains_pattern(&w.to_lowercase()))
        .collect();
    let condition = if words.is_empty() {
        "1 = 1".to_string()
    } else {
        (1..=words.len())
            .map(|n| {
                format!(
                    "(lower(p.given_name) LIKE ${n} ESCAPE '\\' \
                     OR lower(p.family_name) LIKE ${n} ESCAPE '\\')"
                )
            })
            .collect::<Vec<_>>()
            .join(" AND ")
    };
    let mut tx = db.begin_read().await?;
    let count_sql = format!("SELECT COUNT(*) AS n FROM providers p WHERE {condition}");
    let mut count = sqlx::query(&count_sql);
    for word in &words {
        count = count.bind(word);
    }
    let total: i64 = count.fetch_one(&mut *tx).await?.try_get("n")?;
    let list_sql = format!(
        "SELECT p.id, p.given_name, p.family_name, p.credentials_suffix, p.role, p.active, \
         (SELECT COUNT(*) FROM credentials c WHERE c.provider_id = p.id \
          AND c.status = 'pending') AS pending \
         FROM providers p WHERE {condition} \
         ORDER BY p.active DESC, lower(p.family_name), lower(p.given_name), p.id \
         LIMIT {LIST_LIMIT}"
    );
    let mut query = sqlx::query(&list_sql);
    for word in &words {
        query = query.bind(word);
    }
    let rows = query.fetch_all(&mut *tx).await?;
    tx.commit().await?;
    let lines = rows
        .iter()
        .map(|r| {
            Ok(ProviderLine {
                id: r.try_get("id")?,
                given_name: r.try_get("given_name")?,
                family_name: r.try_get("family_name")?,
                suffix: r.try_get("credentials_suffix")?,
                role: r.try_get("role")?,
                active: r.try_get::<i64, _>("active")? == 1,
                pending_credentials: r.try_get("pending")?,
            })
        })
        .collect::<Result<Vec<_>, ProviderError>>()?;
    Ok(ProviderList { lines, total })
}

async fn texts(
    tx: &mut Transaction<'static, Any>,
    sql: &str,
    id: i64,
) -> Result<Vec<String>, DbError> {
    sqlx::query(sql)
        .bind(id)
        .fetch_all(&mut **tx)
        .await?
        .iter()
        .map(|r| r.try_get(0).map_err(DbError::from))
        .collect()
}

/// One provider (active or not) with their lists, bios and credentials.
pub async fn get(db: &Db, actor: &Actor, id: i64) -> Result<ProviderRecord, ProviderError> {
    if !may_credential(actor) {
        return Err(ProviderError::NotFound);
    }
    let mut tx = db.begin_read().await?;
    let row = sqlx::query(
        "SELECT given_name, family_name, credentials_suffix, role, gender, \
         accepting_new_patients, in_person, telehealth, active FROM providers WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(ProviderError::NotFound)?;
    let specialties = texts(
        &mut tx,
        "SELECT specialty_code FROM provider_specialties WHERE provider_id = $1 \
         ORDER BY specialty_code",
        id,
    )
    .await?;
    let languages = texts(
        &mut tx,
        "SELECT language FROM provider_languages WHERE provider_id = $1 ORDER BY language",
        id,
    )
    .await?;
    let plans = texts(
        &mut tx,
        "SELECT plan_code FROM provider_plans WHERE provider_id = $1 ORDER BY plan_code",
        id,
    )
    .await?;
    let locations = sqlx::query(
        "SELECT location_id FROM provider_locations WHERE provider_id = $1 ORDER BY location_id",
    )
    .bind(id)
    .fetch_all(&mut *tx)
    .await?
    .iter()
    .map(|r| r.try_get("location_id"))
    .collect::<Result<Vec<i64>, _>>()?;
    let bios = sqlx::query("SELECT locale, bio FROM provider_bios WHERE provider_id = $1")
        .bind(id)
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("locale")?, r.try_get("bio")?)))
        .collect::<Result<_, DbError>>()?;
    let credentials = sqlx::query(
        "SELECT id, kind, issuer, number, jurisdiction, valid_from, valid_to, status \
         FROM credentials WHERE provider_id = $1 ORDER BY valid_to DESC, id DESC",
    )
    .bind(id)
    .fetch_all(&mut *tx)
    .await?
    .iter()
    .map(|r| {
        Ok(CredentialLine {
            id: r.try_get("id")?,
            kind: r.try_get("kind")?,
            issuer: r.try_get("issuer")?,
            number: r.try_get("number")?,
            jurisdiction: r.try_get("jurisdiction")?,
            valid_from: r.try_get("valid_from")?,
            valid_to: r.try_get("valid_to")?,
            status: CredentialStatus::parse(&r.try_get::<String, _>("status")?)
                .unwrap_or(CredentialStatus::Pending),
        })
    })
    .collect::<Result<Vec<_>, DbError>>()?;
    tx.commit().await?;
    let flag =
        |column: &str| -> Result<bool, sqlx::Error> { Ok(row.try_get::<i64, _>(column)? == 1) };
    Ok(ProviderRecord {
        id,
        draft: ProviderDraft {
            given_name: row.try_get("given_name")?,
            family_name: row.try_get("family_name")?,
            suffix: row
                .try_get::<Option<String>, _>("credentials_suffix")?
                .unwrap_or_default(),
            role: row.try_get("role")?,
            gender: row
                .try_get::<Option<String>, _>("gender")?
                .unwrap_or_default(),
            accepting_new_patients: flag("accepting_new_patients")?,
            in_person: flag("in_person")?,
            telehealth: flag("telehealth")?,
            specialties,
            languages,
            plans,
            locations,
            bios,
        },
        active: flag("active")?,
        credentials,
    })
}

/// The controlled lists and every location (inactive ones marked: a provider keeps one they
/// have, but none is added).
pub async fn choices(db: &Db, actor: &Actor) -> Result<ProviderChoices, ProviderError> {
    if !may_credential(actor) {
        return Err(ProviderError::NotFound);
    }
    let mut tx = db.begin_read().await?;
    let specialties = sqlx::query("SELECT code, parent_code FROM specialties ORDER BY code")
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("code")?, r.try_get("parent_code")?)))
        .collect::<Result<Vec<_>, DbError>>()?;
    let languages = sqlx::query("SELECT tag FROM spoken_languages ORDER BY tag")
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(|r| r.try_get("tag").map_err(DbError::from))
        .collect::<Result<Vec<_>, DbError>>()?;
    let plans = sqlx::query("SELECT code, name FROM insurance_plans ORDER BY name")
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("code")?, r.try_get("name")?)))
        .collect::<Result<Vec<_>, DbError>>()?;
    let locations = sqlx::query(
        "SELECT id, name, city, active FROM locations ORDER BY active DESC, city, name, id",
    )
    .fetch_all(&mut *tx)
    .await?
    .iter()
    .map(|r| {
        Ok((
            r.try_get("id")?,
            r.try_get("name")?,
            r.try_get("city")?,
            r.try_get::<i64, _>("active")? == 1,
        ))
    })
    .collect::<Result<Vec<_>, DbError>>()?;
    tx.commit().await?;
    Ok(ProviderChoices {
        specialties,
        languages,
        plans,
        locations,
    })
}

/// Whether every value is in the controlled list `sql` (`… WHERE key = $1`) answers for.
async fn all_known(
    tx: &mut Transaction<'static, Any>,
    sql: &str,
    values: &[String],
) -> Result<bool, DbError> {
    for value in values {
        if sqlx::query(sql)
            .bind(value)
            .fetch_optional(&mut **tx)
            .await?
            .is_none()
        {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Checks the draft, then its codes against the controlled lists and its locations: each must be
/// active, or already one of `provider_id`'s (a provider keeps a deactivated location's history).
async fn check(
    tx: &mut Transaction<'static, Any>,
    provider_id: Option<i64>,
    draft: &ProviderDraft,
) -> Result<Provider, ProviderError> {
    let (provider, mut problems) = match draft.check() {
        Ok(provider) => (Some(provider), Vec::new()),
        Err(problems) => (None, problems),
    };
    if !all_known(
        tx,
        "SELECT code FROM specialties WHERE code = $1",
        &draft.specialties,
    )
    .await?
    {
        problems.push(ProviderProblem::SpecialtyUnknown);
    }
    if !all_known(
        tx,
        "SELECT tag FROM spoken_languages WHERE tag = $1",
        &draft.languages,
    )
    .await?
    {
        problems.push(ProviderProblem::LanguageUnknown);
    }
    if !all_known(
        tx,
        "SELECT code FROM insurance_plans WHERE code = $1",
        &draft.plans,
    )
    .await?
    {
        problems.push(ProviderProblem::PlanUnknown);
    }
    for location in &draft.locations {
        let usable = sqlx::query(
            "SELECT l.id FROM locations l WHERE l.id = $1 AND (l.active = 1 OR EXISTS \
             (SELECT 1 FROM provider_locations pl WHERE pl.location_id = l.id \
              AND pl.provider_id = $2))",
        )
        .bind(location)
        .bind(provider_id.unwrap_or(0))
        .fetch_optional(&mut **tx)
        .await?;
        if usable.is_none() {
            problems.push(ProviderProblem::LocationUnavailable);
            break;
        }
    }
    match provider {
        Some(provider) if problems.is_empty() => Ok(provider),
        _ => Err(ProviderError::Invalid(problems)),
    }
}

/// Replaces the provider's lists and bios with the checked ones.
async fn write_lists(
    tx: &mut Transaction<'static, Any>,
    id: i64,
    provider: &Provider,
) -> Result<(), DbError> {
    let lists: [(&str, &str, &[String]); 3] = [
        (
            "provider_specialties",
            "specialty_code",
            &provider.specialties,
        ),
        ("provider_languages", "language", &provider.languages),
        ("provider_plans", "plan_code", &provider.plans),
    ];
    for (table, column, values) in lists {
        sqlx::query(&format!("DELETE FROM {table} WHERE provider_id = $1"))
            .bind(id)
            .execute(&mut **tx)
            .await?;
        for value in values {
            sqlx::query(&format!(
                "INSERT INTO {table} (provider_id, {column}) VALUES ($1, $2)"
            ))
            .bind(id)
            .bind(value)
            .execute(&mut **tx)
            .await?;
        }
    }
    sqlx::query("DELETE FROM provider_locations WHERE provider_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for location in &provider.locations {
        sqlx::query("INSERT INTO provider_locations (provider_id, location_id) VALUES ($1, $2)")
            .bind(id)
            .bind(location)
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query("DELETE FROM provider_bios WHERE provider_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for (locale, bio) in &provider.bios {
        sqlx::query("INSERT INTO provider_bios (provider_id, locale, bio) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(locale)
            .bind(bio)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Adds a provider (active). Returns their id.
pub async fn create(
    db: &Db,
    actor: &Actor,
    draft: &ProviderDraft,
    now: UtcMillis,
) -> Result<i64, ProviderError> {
    if !may_credential(actor) {
        return Err(ProviderError::NotFound);
    }
    let mut tx = db.begin_write().await?;
    let provider = check(&mut tx, None, draft).await?;
    let id: i64 = sqlx::query(
        "INSERT INTO providers (given_name, family_name, credentials_suffix, role, gender, \
         accepting_new_patients, in_person, telehealth, active, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9) RETURNING id",
    )
    .bind(&provider.given_name)
    .bind(&provider.family_name)
    .bind(provider.suffix.as_deref())
    .bind(&provider.role)
    .bind(provider.gender.as_deref())
    .bind(i64::from(provider.accepting_new_patients))
    .bind(i64::from(provider.in_person))
    .bind(i64::from(provider.telehealth))
    .bind(now.0)
    .fetch_one(&mut *tx)
    .await?
    .try_get("id")?;
    write_lists(&mut tx, id, &provider).await?;
    let entry = Entry::by(
        actor,
        AuditAction::ProviderCreate,
        "provider",
        Some(id.to_string()),
        None,
    );
    audit::append(&mut tx, now, &entry).await?;
    tx.commit().await?;
    Ok(id)
}

/// Changes a provider's details, lists and bios (active or not).
pub async fn update(
    db: &Db,
    actor: &Actor,
    id: i64,
    draft: &ProviderDraft,
    now: UtcMillis,
) -> Result<(), ProviderError> {
    if !may_credential(actor) {
        return Err(ProviderError::NotFound);
    }
    let mut tx = db.begin_write().await?;
    let exists = sqlx::query("SELECT id FROM providers WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
    if exists.is_none() {
        return Err(ProviderError::NotFound);
    }
    let provider = check(&mut tx, Some(id), draft).await?;
    sqlx::query(
        "UPDATE providers SET given_name = $1, family_name = $2, credentials_suffix = $3, \
         role = $4, gender = $5, accepting_new_patients = $6, in_person = $7, telehealth = $8 \
         WHERE id = $9",
    )
    .bind(&provider.given_name)
    .bind(&provider.family_name)
    .bind(provider.suffix.as_deref())
    .bind(&provider.role)
    .bind(provider.gender.as_deref())
    .bind(i64::from(provider.accepting_new_patients))
    .bind(i64::from(provider.in_person))
    .bind(i64::from(provider.telehealth))
    .bind(id)
    .execute(&mut *tx)
    .await?;
    write_lists(&mut tx, id, &provider).await?;
    let entry = Entry::by(
        actor,
        AuditAction::ProviderUpdate,
        "provider",
        Some(id.to_string()),
        None,
    );
    audit::append(&mut tx, now, &entry).await?;
    tx.commit().await?;
    Ok(())
}

/// Deactivates (`active` false) or reactivates a provider. Setting what they already are
/// changes nothing and records nothing.
pub async fn set_active(
    db: &Db,
    actor: &Actor,
    id: i64,
    active: bool,
    now: UtcMillis,
) -> Result<(), ProviderError> {
    if !may_credential(actor) {
        return Err(ProviderError::NotFound);
    }
    if activation::set_active(db, actor, Listed::Provider, id, active, now).await? {
        Ok(())
    } else {
        Err(ProviderError::NotFound)
    }
}
