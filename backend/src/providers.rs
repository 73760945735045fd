//! The credentialing office keeps the provider directory: list (inactive providers too, marked,
//! searchable by name), read with credentials, create, edit, deactivate and reactivate. Nothing is
//! deleted: a deactivated provider leaves the public directory while their credentials and
//! every audit row about them stay. Each change is audited in its own transaction.

use crate::{
    actor::Actor,
    db::{Db, DbError},
    directory::CredentialView,
    listed::{self, office_only, Listed, ListedError},
};
use domain::{
    credentials::CredentialStatus,
    directory::{Provider, ProviderDraft, ProviderProblem},
    time::UtcMillis,
};
use sqlx::{Any, Transaction};

/// The most providers one list shows; a name narrows it.
pub const LIST_LIMIT: i64 = 50;

/// Not the credentialing office or a system administrator, or no such provider (the same
/// answer); or fields to correct, each problem once.
pub type ProviderError = ListedError<ProviderProblem>;

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
    office_only(actor)?;
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
    let mut count = sqlx::query_scalar(&count_sql);
    for word in &words {
        count = count.bind(word);
    }
    let total: i64 = count.fetch_one(&mut *tx).await?;
    let list_sql = format!(
        "SELECT p.id, p.given_name, p.family_name, p.credentials_suffix, p.role, p.active, \
         (SELECT COUNT(*) FROM credentials c WHERE c.provider_id = p.id \
          AND c.status = 'pending') AS pending \
         FROM providers p WHERE {condition} \
         ORDER BY p.active DESC, lower(p.family_name), lower(p.given_name), p.id \
         LIMIT {LIST_LIMIT}"
    );
    let mut query = sqlx::query_as(&list_sql);
    for word in &words {
        query = query.bind(word);
    }
    let rows: Vec<LineRow> = query.fetch_all(&mut *tx).await?;
    tx.commit().await?;
    Ok(ProviderList {
        lines: rows.into_iter().map(LineRow::into_line).collect(),
        total,
    })
}

/// A row of the office's list, as stored.
#[derive(sqlx::FromRow)]
struct LineRow {
    id: i64,
    given_name: String,
    family_name: String,
    credentials_suffix: Option<String>,
    role: String,
    active: i64,
    pending: i64,
}

impl LineRow {
    fn into_line(self) -> ProviderLine {
        ProviderLine {
            id: self.id,
            given_name: self.given_name,
            family_name: self.family_name,
            suffix: self.credentials_suffix,
            role: self.role,
            active: self.active == 1,
            pending_credentials: self.pending,
        }
    }
}

/// A provider's own row, as stored (flags are 0 or 1).
#[derive(sqlx::FromRow)]
struct ProviderRow {
    given_name: String,
    family_name: String,
    credentials_suffix: Option<String>,
    role: String,
    gender: Option<String>,
    accepting_new_patients: i64,
    in_person: i64,
    telehealth: i64,
    active: i64,
}

/// A provider's lists and bios, as stored.
struct Lists {
    specialties: Vec<String>,
    languages: Vec<String>,
    plans: Vec<String>,
    locations: Vec<i64>,
    bios: std::collections::BTreeMap<String, String>,
}

impl ProviderRow {
    fn into_record(
        self,
        id: i64,
        lists: Lists,
        credentials: Vec<CredentialLine>,
    ) -> ProviderRecord {
        ProviderRecord {
            id,
            draft: ProviderDraft {
                given_name: self.given_name,
                family_name: self.family_name,
                suffix: self.credentials_suffix.unwrap_or_default(),
                role: self.role,
                gender: self.gender.unwrap_or_default(),
                accepting_new_patients: self.accepting_new_patients == 1,
                in_person: self.in_person == 1,
                telehealth: self.telehealth == 1,
                specialties: lists.specialties,
                languages: lists.languages,
                plans: lists.plans,
                locations: lists.locations,
                bios: lists.bios,
            },
            active: self.active == 1,
            credentials,
        }
    }
}

/// A credential of the provider's page, as stored.
#[derive(sqlx::FromRow)]
struct CredentialRow {
    id: i64,
    #[sqlx(flatten)]
    view: CredentialView,
}

impl CredentialRow {
    fn into_line(self) -> CredentialLine {
        let view = self.view;
        CredentialLine {
            id: self.id,
            kind: view.kind,
            issuer: view.issuer,
            number: view.number,
            jurisdiction: view.jurisdiction,
            valid_from: view.valid_from,
            valid_to: view.valid_to,
            status: CredentialStatus::parse(&view.status).unwrap_or(CredentialStatus::Pending),
        }
    }
}

/// The `column` of provider `id`'s rows in `table`, in order.
async fn list_of<T>(
    tx: &mut Transaction<'static, Any>,
    table: &str,
    column: &str,
    id: i64,
) -> Result<Vec<T>, DbError>
where
    T: for<'r> sqlx::Decode<'r, Any> + sqlx::Type<Any> + Send + Unpin,
{
    let sql = format!("SELECT {column} FROM {table} WHERE provider_id = $1 ORDER BY {column}");
    Ok(sqlx::query_scalar(&sql)
        .bind(id)
        .fetch_all(&mut **tx)
        .await?)
}

/// One provider (active or not) with their lists, bios and credentials.
pub async fn get(db: &Db, actor: &Actor, id: i64) -> Result<ProviderRecord, ProviderError> {
    office_only(actor)?;
    let mut tx = db.begin_read().await?;
    let row: ProviderRow = sqlx::query_as(
        "SELECT given_name, family_name, credentials_suffix, role, gender, \
         accepting_new_patients, in_person, telehealth, active FROM providers WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(ProviderError::NotFound)?;
    let lists = Lists {
        specialties: list_of(&mut tx, "provider_specialties", "specialty_code", id).await?,
        languages: list_of(&mut tx, "provider_languages", "language", id).await?,
        plans: list_of(&mut tx, "provider_plans", "plan_code", id).await?,
        locations: list_of(&mut tx, "provider_locations", "location_id", id).await?,
        bios: sqlx::query_as::<_, (String, String)>(
            "SELECT locale, bio FROM provider_bios WHERE provider_id = $1",
        )
        .bind(id)
        .fetch_all(&mut *tx)
        .await?
        .into_iter()
        .collect(),
    };
    let credentials: Vec<CredentialRow> = sqlx::query_as(
        "SELECT id, kind, issuer, number, jurisdiction, valid_from, valid_to, status \
         FROM credentials WHERE provider_id = $1 ORDER BY valid_to DESC, id DESC",
    )
    .bind(id)
    .fetch_all(&mut *tx)
    .await?;
    tx.commit().await?;
    let credentials = credentials
        .into_iter()
        .map(CredentialRow::into_line)
        .collect();
    Ok(row.into_record(id, lists, credentials))
}

/// The controlled lists and every location (inactive ones marked: a provider keeps one they
/// have, but none is added).
pub async fn choices(db: &Db, actor: &Actor) -> Result<ProviderChoices, ProviderError> {
    office_only(actor)?;
    let mut tx = db.begin_read().await?;
    let specialties = sqlx::query_as("SELECT code, parent_code FROM specialties ORDER BY code")
        .fetch_all(&mut *tx)
        .await?;
    let languages = sqlx::query_scalar("SELECT tag FROM spoken_languages ORDER BY tag")
        .fetch_all(&mut *tx)
        .await?;
    let plans = sqlx::query_as("SELECT code, name FROM insurance_plans ORDER BY name")
        .fetch_all(&mut *tx)
        .await?;
    let locations: Vec<(i64, String, String, i64)> = sqlx::query_as(
        "SELECT id, name, city, active FROM locations ORDER BY active DESC, city, name, id",
    )
    .fetch_all(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(ProviderChoices {
        specialties,
        languages,
        plans,
        locations: locations
            .into_iter()
            .map(|(id, name, city, active)| (id, name, city, active == 1))
            .collect(),
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
    for (sql, values, problem) in [
        (
            "SELECT code FROM specialties WHERE code = $1",
            &draft.specialties,
            ProviderProblem::SpecialtyUnknown,
        ),
        (
            "SELECT tag FROM spoken_languages WHERE tag = $1",
            &draft.languages,
            ProviderProblem::LanguageUnknown,
        ),
        (
            "SELECT code FROM insurance_plans WHERE code = $1",
            &draft.plans,
            ProviderProblem::PlanUnknown,
        ),
    ] {
        if !all_known(tx, sql, values).await? {
            problems.push(problem);
        }
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

/// Adds a provider (`existing` is `None`; active) or changes provider `existing`'s details,
/// lists and bios (active or not), audited. Returns their id.
pub async fn save(
    db: &Db,
    actor: &Actor,
    existing: Option<i64>,
    draft: &ProviderDraft,
    now: UtcMillis,
) -> Result<i64, ProviderError> {
    office_only(actor)?;
    let mut tx = db.begin_write().await?;
    if let Some(id) = existing {
        sqlx::query("SELECT id FROM providers WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(ProviderError::NotFound)?;
    }
    let provider = check(&mut tx, existing, draft).await?;
    let statement = match existing {
        None => {
            "INSERT INTO providers (given_name, family_name, credentials_suffix, role, gender, \
             accepting_new_patients, in_person, telehealth, active, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9) RETURNING id"
        }
        Some(_) => {
            "UPDATE providers SET given_name = $1, family_name = $2, credentials_suffix = $3, \
             role = $4, gender = $5, accepting_new_patients = $6, in_person = $7, \
             telehealth = $8 WHERE id = $9 RETURNING id"
        }
    };
    let id = listed::save_row(&mut tx, statement, existing, now, |query| {
        query
            .bind(&provider.given_name)
            .bind(&provider.family_name)
            .bind(provider.suffix.as_deref())
            .bind(&provider.role)
            .bind(provider.gender.as_deref())
            .bind(i64::from(provider.accepting_new_patients))
            .bind(i64::from(provider.in_person))
            .bind(i64::from(provider.telehealth))
    })
    .await?;
    write_lists(&mut tx, id, &provider).await?;
    listed::commit_saved(tx, actor, Listed::Provider, existing, id, now).await?;
    Ok(id)
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
    listed::set_active(db, actor, Listed::Provider, id, active, now).await
}
