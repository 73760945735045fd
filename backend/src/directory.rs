//! The public provider directory ("Find a doctor"): search with filters, and a provider's
//! profile. Directory data is published information about clinicians, not anyone's health data,
//! so these functions take no actor; they only ever show active providers and locations.

mod provider_profile;
pub use provider_profile::{provider_profile, PlaceBooking, ProviderProfile};

use crate::db::{Db, DbError, DbKind};
use domain::time::{parse_time_of_day, UtcMillis};
use jiff::civil::Time;
use sqlx::{any::AnyRow, Any, Row, Transaction};
use std::collections::HashMap;

/// Results per page.
pub const PAGE_SIZE: i64 = 10;
/// How many matches a search by someone not signed in sorts by the soonest free time: each
/// costs its free times over the booking horizon, so an unnarrowed search of every provider
/// would cost them all, again on every request.
pub const ANONYMOUS_SOONEST_MATCHES: usize = 100;
/// The widest distance a search accepts, in kilometres.
pub const MAX_DISTANCE_KM: f64 = 500.0;

/// How a patient can see the provider.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VisitMode {
    InPerson,
    Telehealth,
}

/// A search as the GET form sends it; every filter is optional.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filters {
    /// Part of the given or family name (letter case does not matter).
    pub name: Option<String>,
    /// A specialty code; a specialty also finds its subspecialties.
    pub specialty: Option<String>,
    pub location_id: Option<i64>,
    /// A postcode the directory knows, and how far from it (km).
    pub near: Option<(String, f64)>,
    /// A BCP 47 tag from the controlled list.
    pub language: Option<String>,
    pub plan: Option<String>,
    pub visit_mode: Option<VisitMode>,
    pub accepting_new_patients: bool,
    /// Sort by the soonest free time from this instant (providers with none last) instead of
    /// by relevance.
    pub soonest_from: Option<UtcMillis>,
    /// With `soonest_from`: sort only the first this many matches (in relevance order) by their
    /// soonest free time, the rest after them in relevance order; `None` sorts every match.
    /// Bounds the work one request can cause ([`ANONYMOUS_SOONEST_MATCHES`]).
    pub soonest_among: Option<usize>,
    /// Also find each result's soonest free time from this instant ([`SearchPage::next_available`]).
    pub free_times_from: Option<UtcMillis>,
    /// 1-based.
    pub page: i64,
}

/// A location as a search result lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceSummary {
    pub id: i64,
    pub name: String,
    pub city: String,
    pub time_zone: String,
    /// From the searched postcode, when one was given.
    pub distance_km: Option<f64>,
}

/// One provider in the results.
#[derive(Clone, Debug, PartialEq)]
pub struct ProviderSummary {
    pub id: i64,
    pub given_name: String,
    pub family_name: String,
    pub credentials_suffix: Option<String>,
    pub role: String,
    pub specialties: Vec<String>,
    pub locations: Vec<PlaceSummary>,
    pub languages: Vec<String>,
    pub accepting_new_patients: bool,
    pub in_person: bool,
    pub telehealth: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SearchPage {
    pub results: Vec<ProviderSummary>,
    /// Matches over all pages.
    pub total: i64,
    pub page: i64,
    /// The postcode was not one the directory knows (the distance filter was not applied).
    pub unknown_postcode: bool,
    /// Sorting by the soonest free time left out matches beyond [`Filters::soonest_among`].
    pub soonest_limited: bool,
    /// Each result's soonest free time, when [`Filters::free_times_from`] asked for them;
    /// providers with none are left out.
    pub next_available: HashMap<i64, crate::scheduling::NextAvailable>,
}

/// The provider's name as the directory shows it.
pub fn display_name(given: &str, family: &str, suffix: Option<&str>) -> String {
    match suffix.filter(|s| !s.is_empty()) {
        Some(suffix) => format!("{given} {family}, {suffix}"),
        None => format!("{given} {family}"),
    }
}

/// Great-circle distance in kilometres (haversine; the Earth as a sphere is near enough here).
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1) = (a.0.to_radians(), a.1.to_radians());
    let (lat2, lon2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

/// A condition and the values it binds, appended in order.
#[derive(Default)]
struct Query {
    conditions: Vec<String>,
    binds: Vec<Bind>,
}

enum Bind {
    Text(String),
    Int(i64),
}

impl Query {
    /// The next placeholder (`$n`) for a value.
    fn bind(&mut self, value: Bind) -> String {
        self.binds.push(value);
        format!("${}", self.binds.len())
    }

    /// `$n, $n+1, …` for the ids, bound in order (for an `IN (…)` list; never empty: an empty
    /// list matches nothing).
    fn list(&mut self, ids: &[i64]) -> String {
        if ids.is_empty() {
            return "NULL".into();
        }
        ids.iter()
            .map(|id| self.bind(Bind::Int(*id)))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn apply<'q>(
        &'q self,
        mut query: sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>,
    ) -> sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>> {
        for bind in &self.binds {
            query = match bind {
                Bind::Text(text) => query.bind(text.as_str()),
                Bind::Int(n) => query.bind(*n),
            };
        }
        query
    }
}

/// The active locations within `km` of `postcode`, with their distances; `None` when the
/// postcode is unknown.
async fn locations_near(
    tx: &mut Transaction<'static, Any>,
    postcode: &str,
    km: f64,
) -> Result<Option<Vec<(i64, f64)>>, DbError> {
    let origin = sqlx::query("SELECT latitude, longitude FROM postcodes WHERE postcode = $1")
        .bind(postcode.trim().to_uppercase())
        .fetch_optional(&mut **tx)
        .await?;
    let Some(origin) = origin else {
        return Ok(None);
    };
    let origin = (origin.try_get("latitude")?, origin.try_get("longitude")?);
    let rows = sqlx::query("SELECT id, latitude, longitude FROM locations WHERE active = 1")
        .fetch_all(&mut **tx)
        .await?;
    let mut near = Vec::new();
    for row in rows {
        let distance = distance_km(
            origin,
            (row.try_get("latitude")?, row.try_get("longitude")?),
        );
        if distance <= km.min(MAX_DISTANCE_KM) {
            near.push((row.try_get("id")?, distance));
        }
    }
    Ok(Some(near))
}

/// A search as SQL: the conditions over `providers p` with their values, the relevance order,
/// and what the distance filter found.
struct Built {
    q: Query,
    /// Which providers match, as the page reads them.
    condition: String,
    /// The same providers, as counting them is quickest.
    count_condition: String,
    order: String,
    /// Narrowed by name, specialty, language or plan: few enough matches that the page query
    /// counts them as it goes (`COUNT(*) OVER ()`), sparing a second pass.
    windowed: bool,
    distances: Vec<(i64, f64)>,
    unknown_postcode: bool,
}

/// The columns a result row needs.
const COLUMNS: &str = "p.id, p.given_name, p.family_name, p.credentials_suffix, p.role, \
    p.accepting_new_patients, p.in_person, p.telehealth";

/// The query for one page of results in relevance order (with the number of matches in
/// `total` when the search is windowed).
fn page_sql(built: &Built, page: i64) -> String {
    format!(
        "SELECT {COLUMNS}{} FROM providers p WHERE {} ORDER BY {} LIMIT {PAGE_SIZE} OFFSET {}",
        if built.windowed {
            ", COUNT(*) OVER () AS total"
        } else {
            ""
        },
        built.condition,
        built.order,
        (page - 1) * PAGE_SIZE
    )
}

fn count_sql(built: &Built) -> String {
    format!(
        "SELECT COUNT(*) AS n FROM providers p WHERE {}",
        built.count_condition
    )
}

async fn count(tx: &mut Transaction<'static, Any>, built: &Built) -> Result<i64, DbError> {
    Ok(built
        .q
        .apply(sqlx::query(&count_sql(built)))
        .fetch_one(&mut **tx)
        .await?
        .try_get("n")?)
}

/// Finds active providers matching every filter given, sorted by relevance (a family name that
/// starts with the searched name first, then by name), a page at a time.
pub async fn search(db: &Db, filters: &Filters) -> Result<SearchPage, DbError> {
    let mut tx = db.begin_read().await?;
    let built = build(&mut tx, db.kind(), filters).await?;
    let page = filters.page.max(1);
    let mut soonest_limited = false;
    let (total, rows, soonest) = match filters.soonest_from {
        None => {
            let rows = built
                .q
                .apply(sqlx::query(&page_sql(&built, page)))
                .fetch_all(&mut *tx)
                .await?;
            let total = match rows.first() {
                Some(row) if built.windowed => row.try_get("total")?,
                None if built.windowed && page == 1 => 0,
                _ => count(&mut tx, &built).await?,
            };
            (total, rows, None)
        }
        Some(now) => {
            // Every match in relevance order, then a stable sort by the soonest free time.
            let mut ids: Vec<i64> = built
                .q
                .apply(sqlx::query(&format!(
                    "SELECT p.id FROM providers p WHERE {} ORDER BY {}",
                    built.condition, built.order
                )))
                .fetch_all(&mut *tx)
                .await?
                .iter()
                .map(|r| r.try_get("id"))
                .collect::<Result<_, _>>()?;
            let total = ids.len() as i64;
            // The best matches only, when bounded; the rest keep their relevance order.
            let sorted = filters
                .soonest_among
                .map_or(ids.len(), |n| n.min(ids.len()));
            soonest_limited = sorted < ids.len();
            let next = crate::scheduling::next_available_in(&mut tx, &ids[..sorted], now).await?;
            ids[..sorted].sort_by_key(|id| next.get(id).map_or(i64::MAX, |n| n.slot.start.0));
            let start = usize::try_from((page - 1) * PAGE_SIZE).unwrap_or(usize::MAX);
            let chosen: Vec<i64> = ids
                .into_iter()
                .skip(start)
                .take(PAGE_SIZE as usize)
                .collect();
            let mut q = Query::default();
            let list = q.list(&chosen);
            let mut rows = q
                .apply(sqlx::query(&format!(
                    "SELECT {COLUMNS} FROM providers p WHERE p.id IN ({list})"
                )))
                .fetch_all(&mut *tx)
                .await?
                .into_iter()
                .map(|row| Ok((row.try_get::<i64, _>("id")?, row)))
                .collect::<Result<Vec<_>, DbError>>()?;
            rows.sort_by_key(|(id, _)| chosen.iter().position(|c| c == id));
            let rows = rows.into_iter().map(|(_, row)| row).collect();
            (total, rows, Some((now, next)))
        }
    };
    let results = summaries(&mut tx, &rows, &built.distances).await?;
    let next_available = match (filters.free_times_from, soonest) {
        (None, _) => HashMap::new(),
        // Sorting by the soonest time found them already, from the same instant (for every
        // result, unless it was bounded).
        (Some(from), Some((at, mut next))) if at == from && !soonest_limited => {
            next.retain(|id, _| results.iter().any(|r| r.id == *id));
            next
        }
        (Some(from), _) => {
            let ids: Vec<i64> = results.iter().map(|r| r.id).collect();
            crate::scheduling::next_available_in(&mut tx, &ids, from).await?
        }
    };
    tx.commit().await?;
    Ok(SearchPage {
        results,
        total,
        page,
        unknown_postcode: built.unknown_postcode,
        soonest_limited,
        next_available,
    })
}

/// How the database runs a search's count and its page in relevance order, as it reports it
/// (SQLite's `EXPLAIN QUERY PLAN`, PostgreSQL's `EXPLAIN`): the benchmark prints it, and a test
/// checks that indexes serve the searches.
pub async fn search_plan(db: &Db, filters: &Filters) -> Result<SearchPlan, DbError> {
    let mut tx = db.begin_read().await?;
    let built = build(&mut tx, db.kind(), filters).await?;
    let explain = match db.kind() {
        DbKind::Sqlite => "EXPLAIN QUERY PLAN",
        DbKind::Postgres => "EXPLAIN",
    };
    let mut plans = Vec::new();
    for sql in [count_sql(&built), page_sql(&built, filters.page.max(1))] {
        let rows = built
            .q
            .apply(sqlx::query(&format!("{explain} {sql}")))
            .fetch_all(&mut *tx)
            .await?;
        let lines = rows
            .iter()
            .map(|row| match db.kind() {
                DbKind::Sqlite => row.try_get::<String, _>("detail"),
                DbKind::Postgres => row.try_get::<String, _>(0),
            })
            .collect::<Result<Vec<_>, _>>()?;
        plans.push(lines);
    }
    tx.commit().await?;
    let [count, page] =
        <[Vec<String>; 2]>::try_from(plans).map_err(|_| DbError::Invalid("plan"))?;
    Ok(SearchPlan { count, page })
}

/// The plans of a search's two queries, a line per step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchPlan {
    pub count: Vec<String>,
    pub page: Vec<String>,
}

async fn build(
    tx: &mut Transaction<'static, Any>,
    kind: DbKind,
    filters: &Filters,
) -> Result<Built, DbError> {
    let mut q = Query::default();
    q.conditions.push("p.active = 1".into());
    // Each word of the name must start the given or the family name: "ana gar" finds Ana
    // García. A prefix is searched as a range, so the indexes on the lower-cased names serve it.
    let words: Vec<String> = filters
        .name
        .as_deref()
        .unwrap_or_default()
        .split_whitespace()
        .take(3)
        .map(str::to_lowercase)
        .collect();
    let mut order = "lower(p.family_name), lower(p.given_name), p.id".to_string();
    for (index, word) in words.iter().enumerate() {
        let starts = |column: &str, q: &mut Query| match kind {
            // SQLite compares text byte by byte, so a range is exact and uses the index.
            DbKind::Sqlite => {
                let from = q.bind(Bind::Text(word.clone()));
                let to = q.bind(Bind::Text(format!("{word}\u{10FFFF}")));
                format!("(lower({column}) >= {from} AND lower({column}) < {to})")
            }
            // PostgreSQL compares by collation, where no sentinel is safe: a LIKE prefix.
            DbKind::Postgres => {
                let escaped = word
                    .replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_");
                let pattern = q.bind(Bind::Text(format!("{escaped}%")));
                format!("lower({column}) LIKE {pattern}")
            }
        };
        let family = starts("p.family_name", &mut q);
        let given = starts("p.given_name", &mut q);
        q.conditions.push(format!("({family} OR {given})"));
        if index == 0 {
            order = format!("CASE WHEN {family} THEN 0 ELSE 1 END, {order}");
        }
    }
    if let Some(code) = filters.specialty.as_deref().filter(|c| !c.is_empty()) {
        let code = q.bind(Bind::Text(code.to_string()));
        q.conditions.push(format!(
            "p.id IN (SELECT ps.provider_id FROM provider_specialties ps \
             WHERE ps.specialty_code IN (SELECT s.code FROM specialties s \
             WHERE s.code = {code} OR s.parent_code = {code}))"
        ));
    }
    if let Some(tag) = filters.language.as_deref().filter(|t| !t.is_empty()) {
        let tag = q.bind(Bind::Text(tag.to_string()));
        q.conditions.push(format!(
            "p.id IN (SELECT pl.provider_id FROM provider_languages pl WHERE pl.language = {tag})"
        ));
    }
    if let Some(plan) = filters.plan.as_deref().filter(|p| !p.is_empty()) {
        let plan = q.bind(Bind::Text(plan.to_string()));
        q.conditions.push(format!(
            "p.id IN (SELECT pp.provider_id FROM provider_plans pp WHERE pp.plan_code = {plan})"
        ));
    }
    match filters.visit_mode {
        Some(VisitMode::InPerson) => q.conditions.push("p.in_person = 1".into()),
        Some(VisitMode::Telehealth) => q.conditions.push("p.telehealth = 1".into()),
        None => {}
    }
    if filters.accepting_new_patients {
        q.conditions.push("p.accepting_new_patients = 1".into());
    }
    // Locations: a chosen one, those near a postcode, or any active one.
    let mut distances: Vec<(i64, f64)> = Vec::new();
    let mut unknown_postcode = false;
    let mut places: Option<Vec<i64>> = filters.location_id.map(|id| vec![id]);
    if let Some((postcode, km)) = filters.near.as_ref().filter(|(p, _)| !p.trim().is_empty()) {
        match locations_near(tx, postcode, *km).await? {
            Some(near) => {
                let ids: Vec<i64> = near.iter().map(|(id, _)| *id).collect();
                places = Some(match places {
                    Some(chosen) => chosen.into_iter().filter(|id| ids.contains(id)).collect(),
                    None => ids,
                });
                distances = near;
            }
            None => unknown_postcode = true,
        }
    }
    // Chosen locations drive the search from their providers (an index). With none chosen, a
    // search narrowed by name, specialty, language or plan checks each candidate for an active
    // location (those filters' indexes drive it); an unnarrowed one takes the set of providers
    // with an active location at once.
    let narrowed = !words.is_empty()
        || [&filters.specialty, &filters.language, &filters.plan]
            .iter()
            .any(|f| f.as_deref().is_some_and(|v| !v.is_empty()));
    let exists = "EXISTS (SELECT 1 FROM provider_locations pl JOIN locations l \
        ON l.id = pl.location_id WHERE pl.provider_id = p.id AND l.active = 1)";
    let (location_condition, count_location_condition) = match &places {
        Some(ids) if ids.is_empty() => ("1 = 0".to_string(), None),
        Some(ids) => {
            let list = q.list(ids);
            (
                format!(
                    "p.id IN (SELECT pl.provider_id FROM provider_locations pl JOIN locations l \
                     ON l.id = pl.location_id WHERE l.active = 1 AND l.id IN ({list}))"
                ),
                None,
            )
        }
        None if narrowed => (exists.to_string(), None),
        // Unnarrowed, a page walks the providers in name order (an index) and stops once it is
        // full, checking each for an active location; counting them all takes the set of
        // providers with an active location at once.
        None => (
            exists.to_string(),
            Some(
                "p.id IN (SELECT pl.provider_id FROM provider_locations pl JOIN locations l \
                 ON l.id = pl.location_id WHERE l.active = 1)"
                    .to_string(),
            ),
        ),
    };
    let count_condition = [
        q.conditions.as_slice(),
        &[count_location_condition.unwrap_or_else(|| location_condition.clone())],
    ]
    .concat()
    .join(" AND ");
    q.conditions.push(location_condition);

    let condition = q.conditions.join(" AND ");
    Ok(Built {
        q,
        condition,
        count_condition,
        order,
        windowed: narrowed,
        distances,
        unknown_postcode,
    })
}

/// The result rows as the results list shows them: their specialties, languages and active
/// locations read for all of them at once.
async fn summaries(
    tx: &mut Transaction<'static, Any>,
    rows: &[AnyRow],
    distances: &[(i64, f64)],
) -> Result<Vec<ProviderSummary>, DbError> {
    if rows.is_empty() {
        // No results (or a page past the last): nothing to read.
        return Ok(Vec::new());
    }
    let ids = rows
        .iter()
        .map(|row| row.try_get::<i64, _>("id"))
        .collect::<Result<Vec<_>, _>>()?;
    let mut q = Query::default();
    let list = q.list(&ids);
    let mut specialties: HashMap<i64, Vec<String>> = HashMap::new();
    let mut languages: HashMap<i64, Vec<String>> = HashMap::new();
    for (sql, found) in [
        (
            format!(
                "SELECT provider_id, specialty_code AS item FROM provider_specialties \
                 WHERE provider_id IN ({list}) ORDER BY specialty_code"
            ),
            &mut specialties,
        ),
        (
            format!(
                "SELECT provider_id, language AS item FROM provider_languages \
                 WHERE provider_id IN ({list}) ORDER BY language"
            ),
            &mut languages,
        ),
    ] {
        for row in q.apply(sqlx::query(&sql)).fetch_all(&mut **tx).await? {
            found
                .entry(row.try_get("provider_id")?)
                .or_default()
                .push(row.try_get("item")?);
        }
    }
    let mut places: HashMap<i64, Vec<PlaceSummary>> = HashMap::new();
    let sql = format!(
        "SELECT pl.provider_id, l.id, l.name, l.city, l.time_zone FROM provider_locations pl \
         JOIN locations l ON l.id = pl.location_id WHERE pl.provider_id IN ({list}) \
         AND l.active = 1 ORDER BY l.name"
    );
    for r in q.apply(sqlx::query(&sql)).fetch_all(&mut **tx).await? {
        let location_id: i64 = r.try_get("id")?;
        places
            .entry(r.try_get("provider_id")?)
            .or_default()
            .push(PlaceSummary {
                id: location_id,
                name: r.try_get("name")?,
                city: r.try_get("city")?,
                time_zone: r.try_get("time_zone")?,
                distance_km: distances
                    .iter()
                    .find(|(near, _)| *near == location_id)
                    .map(|(_, km)| *km),
            });
    }
    rows.iter()
        .zip(ids)
        .map(|(row, id)| {
            Ok(ProviderSummary {
                id,
                given_name: row.try_get("given_name")?,
                family_name: row.try_get("family_name")?,
                credentials_suffix: row.try_get("credentials_suffix")?,
                role: row.try_get("role")?,
                specialties: specialties.remove(&id).unwrap_or_default(),
                locations: places.remove(&id).unwrap_or_default(),
                languages: languages.remove(&id).unwrap_or_default(),
                accepting_new_patients: row.try_get::<i64, _>("accepting_new_patients")? == 1,
                in_person: row.try_get::<i64, _>("in_person")? == 1,
                telehealth: row.try_get::<i64, _>("telehealth")? == 1,
            })
        })
        .collect()
}

/// What the search form offers to choose from.
#[derive(Clone, Debug, PartialEq)]
pub struct Choices {
    /// `(code, parent code)`, specialties before their subspecialties.
    pub specialties: Vec<(String, Option<String>)>,
    /// `(id, name, city)` of active locations.
    pub locations: Vec<(i64, String, String)>,
    /// Tags spoken by at least one active provider.
    pub languages: Vec<String>,
    /// `(code, name)`.
    pub plans: Vec<(String, String)>,
}

pub async fn choices(db: &Db) -> Result<Choices, DbError> {
    let mut tx = db.begin_read().await?;
    let specialties = sqlx::query("SELECT code, parent_code FROM specialties ORDER BY code")
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("code")?, r.try_get("parent_code")?)))
        .collect::<Result<Vec<_>, DbError>>()?;
    let locations =
        sqlx::query("SELECT id, name, city FROM locations WHERE active = 1 ORDER BY city, name")
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .map(|r| Ok((r.try_get("id")?, r.try_get("name")?, r.try_get("city")?)))
            .collect::<Result<Vec<_>, DbError>>()?;
    // One index probe per language of the controlled list, not a scan of every provider.
    let languages = sqlx::query(
        "SELECT s.tag AS language FROM spoken_languages s WHERE EXISTS (SELECT 1 \
         FROM provider_languages pl JOIN providers p ON p.id = pl.provider_id \
         WHERE pl.language = s.tag AND p.active = 1) ORDER BY s.tag",
    )
    .fetch_all(&mut *tx)
    .await?
    .iter()
    .map(|r| r.try_get("language").map_err(DbError::from))
    .collect::<Result<Vec<_>, DbError>>()?;
    let plans = sqlx::query("SELECT code, name FROM insurance_plans ORDER BY name")
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("code")?, r.try_get("name")?)))
        .collect::<Result<Vec<_>, DbError>>()?;
    tx.commit().await?;
    Ok(Choices {
        specialties,
        locations,
        languages,
        plans,
    })
}

/// A location on a provider's profile, with its opening hours in its own time zone.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceDetail {
    pub id: i64,
    pub name: String,
    pub street: String,
    pub city: String,
    pub postcode: String,
    pub phone: String,
    pub time_zone: String,
    pub jurisdiction: String,
    /// `(ISO weekday, opens, closes)`, in the location's wall-clock time.
    pub hours: Vec<(i64, Time, Time)>,
}

/// A credential as the public profile shows it (no evidence notes, no verifier).
#[derive(Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct CredentialView {
    pub kind: String,
    pub issuer: String,
    pub number: String,
    pub jurisdiction: Option<String>,
    pub valid_from: String,
    pub valid_to: String,
    pub status: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    pub summary: ProviderSummary,
    /// In the reader's language, else English.
    pub bio: Option<String>,
    pub gender: Option<String>,
    /// `(path, alt text)`.
    pub photo: Option<(String, String)>,
    pub places: Vec<PlaceDetail>,
    /// `(code, name)`.
    pub plans: Vec<(String, String)>,
    pub credentials: Vec<CredentialView>,
}

/// An active provider's profile; `None` for an unknown or inactive id.
pub async fn profile(db: &Db, id: i64, locale_tag: &str) -> Result<Option<Profile>, DbError> {
    let mut tx = db.begin_read().await?;
    let found = profile_in(&mut tx, id, locale_tag).await?;
    tx.commit().await?;
    Ok(found)
}

/// [`profile`] in `tx`.
pub(crate) async fn profile_in(
    tx: &mut Transaction<'static, Any>,
    id: i64,
    locale_tag: &str,
) -> Result<Option<Profile>, DbError> {
    let row = sqlx::query(
        "SELECT id, given_name, family_name, credentials_suffix, role, accepting_new_patients, \
         in_person, telehealth, gender, photo_path, photo_alt FROM providers \
         WHERE id = $1 AND active = 1",
    )
    .bind(id)
    .fetch_optional(&mut **tx)
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let summary = summaries(tx, std::slice::from_ref(&row), &[])
        .await?
        .remove(0);
    let bio = sqlx::query(
        "SELECT bio FROM provider_bios WHERE provider_id = $1 AND locale IN ($2, 'en') \
         ORDER BY CASE WHEN locale = $2 THEN 0 ELSE 1 END LIMIT 1",
    )
    .bind(id)
    .bind(locale_tag)
    .fetch_optional(&mut **tx)
    .await?
    .map(|r| r.try_get("bio"))
    .transpose()?;
    let mut places = Vec::new();
    for place in &summary.locations {
        let detail = sqlx::query(
            "SELECT street, city, postcode, phone, time_zone, jurisdiction FROM locations \
             WHERE id = $1",
        )
        .bind(place.id)
        .fetch_one(&mut **tx)
        .await?;
        let hours = sqlx::query(
            "SELECT weekday, opens, closes FROM location_hours WHERE location_id = $1 \
             ORDER BY weekday",
        )
        .bind(place.id)
        .fetch_all(&mut **tx)
        .await?
        .iter()
        .map(|r| {
            Ok((
                r.try_get("weekday")?,
                parse_time_of_day(&r.try_get::<String, _>("opens")?)?,
                parse_time_of_day(&r.try_get::<String, _>("closes")?)?,
            ))
        })
        .collect::<Result<Vec<_>, DbError>>()?;
        places.push(PlaceDetail {
            id: place.id,
            name: place.name.clone(),
            street: detail.try_get("street")?,
            city: detail.try_get("city")?,
            postcode: detail.try_get("postcode")?,
            phone: detail.try_get("phone")?,
            time_zone: detail.try_get("time_zone")?,
            jurisdiction: detail.try_get("jurisdiction")?,
            hours,
        });
    }
    let plans = sqlx::query(
        "SELECT i.code, i.name FROM provider_plans pp JOIN insurance_plans i \
         ON i.code = pp.plan_code WHERE pp.provider_id = $1 ORDER BY i.name",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|r| Ok((r.try_get("code")?, r.try_get("name")?)))
    .collect::<Result<Vec<_>, DbError>>()?;
    let credentials = sqlx::query_as(
        "SELECT kind, issuer, number, jurisdiction, valid_from, valid_to, status \
         FROM credentials WHERE provider_id = $1 ORDER BY kind, jurisdiction, valid_to DESC",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?;
    let photo_path: Option<String> = row.try_get("photo_path")?;
    let photo_alt: Option<String> = row.try_get("photo_alt")?;
    Ok(Some(Profile {
        summary,
        bio,
        gender: row.try_get("gender")?,
        photo: photo_path.zip(photo_alt),
        places,
        plans,
        credentials,
    }))
}

#[cfg(test)]
mod tests {
    use super::distance_km;

    #[test]
    fn distances_are_great_circle_kilometres() {
        let manhattan = (40.7128, -74.0060);
        let chicago = (41.8781, -87.6298);
        let d = distance_km(manhattan, chicago);
        assert!((1140.0..1150.0).contains(&d), "{d}");
        assert!(distance_km(chicago, chicago) < 1e-9);
        assert!((distance_km(manhattan, chicago) - distance_km(chicago, manhattan)).abs() < 1e-9);
    }
}
