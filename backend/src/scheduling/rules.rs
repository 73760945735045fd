//! The booking rule as the database states it: which provider may be booked at which location
//! today (`domain::credentials::bookability` over the stored credentials, "today" being the
//! location's own date).

use super::placeholders;
use crate::{
    clock::zone,
    db::{Db, DbError},
};
use domain::{
    credentials::{bookability, CredentialFacts, CredentialKind, CredentialStatus, NotBookable},
    time::{local_date, UtcMillis},
};
use jiff::civil::Date;
use sqlx::{Any, Row, Transaction};
use std::collections::HashMap;

/// A credential row, owned.
pub(super) struct StoredCredential {
    kind: String,
    status: String,
    jurisdiction: Option<String>,
    valid_from: String,
    valid_to: String,
}

impl StoredCredential {
    fn facts(&self) -> Option<CredentialFacts<'_>> {
        Some(CredentialFacts {
            kind: CredentialKind::parse(&self.kind)?,
            status: CredentialStatus::parse(&self.status)?,
            jurisdiction: self.jurisdiction.as_deref(),
            valid_from: &self.valid_from,
            valid_to: &self.valid_to,
        })
    }
}

/// What the booking rule needs to know about a provider.
pub(super) struct ProviderFacts {
    pub active: bool,
    pub accepting_new_patients: bool,
    credentials: Vec<StoredCredential>,
}

/// A location a provider works at, with what booking there needs.
#[derive(Clone, Debug)]
pub(super) struct Place {
    pub id: i64,
    pub name: String,
    pub time_zone: String,
    pub zone: jiff::tz::TimeZone,
    pub jurisdiction: String,
}

impl ProviderFacts {
    /// Whether a new (or returning) patient may book this provider at `place` on `today`, the
    /// place's own date (`local_date(now, &place.zone)`).
    pub fn bookable_at(
        &self,
        place: &Place,
        new_patient: bool,
        today: Date,
    ) -> Result<(), NotBookable> {
        let facts: Vec<CredentialFacts> =
            self.credentials.iter().filter_map(|c| c.facts()).collect();
        bookability(
            self.active,
            self.accepting_new_patients,
            new_patient,
            &facts,
            &place.jurisdiction,
            &today.to_string(),
        )
    }
}

/// The facts of each provider in `ids` that exists.
pub(super) async fn provider_facts(
    tx: &mut Transaction<'static, Any>,
    ids: &[i64],
) -> Result<HashMap<i64, ProviderFacts>, DbError> {
    let mut found = HashMap::new();
    for chunk in ids.chunks(500) {
        let list = placeholders(1, chunk.len());
        let sql = format!(
            "SELECT id, active, accepting_new_patients FROM providers WHERE id IN ({list})"
        );
        let mut query = sqlx::query(&sql);
        for id in chunk {
            query = query.bind(id);
        }
        for row in query.fetch_all(&mut **tx).await? {
            found.insert(
                row.try_get::<i64, _>("id")?,
                ProviderFacts {
                    active: row.try_get::<i64, _>("active")? == 1,
                    accepting_new_patients: row.try_get::<i64, _>("accepting_new_patients")? == 1,
                    credentials: Vec::new(),
                },
            );
        }
        let sql = format!(
            "SELECT provider_id, kind, status, jurisdiction, valid_from, valid_to \
             FROM credentials WHERE provider_id IN ({list}) AND kind = 'licence'"
        );
        let mut query = sqlx::query(&sql);
        for id in chunk {
            query = query.bind(id);
        }
        for row in query.fetch_all(&mut **tx).await? {
            if let Some(provider) = found.get_mut(&row.try_get::<i64, _>("provider_id")?) {
                provider.credentials.push(StoredCredential {
                    kind: row.try_get("kind")?,
                    status: row.try_get("status")?,
                    jurisdiction: row.try_get("jurisdiction")?,
                    valid_from: row.try_get("valid_from")?,
                    valid_to: row.try_get("valid_to")?,
                });
            }
        }
    }
    Ok(found)
}

/// The active locations each provider in `ids` works at.
pub(super) async fn places_of(
    tx: &mut Transaction<'static, Any>,
    ids: &[i64],
) -> Result<HashMap<i64, Vec<Place>>, DbError> {
    let mut found: HashMap<i64, Vec<Place>> = HashMap::new();
    for chunk in ids.chunks(500) {
        let sql = format!(
            "SELECT pl.provider_id, l.id, l.name, l.time_zone, l.jurisdiction \
             FROM provider_locations pl \
             JOIN locations l ON l.id = pl.location_id \
             WHERE pl.provider_id IN ({}) AND l.active = 1 ORDER BY l.id",
            placeholders(1, chunk.len())
        );
        let mut query = sqlx::query(&sql);
        for id in chunk {
            query = query.bind(id);
        }
        for row in query.fetch_all(&mut **tx).await? {
            let time_zone: String = row.try_get("time_zone")?;
            found
                .entry(row.try_get("provider_id")?)
                .or_default()
                .push(Place {
                    id: row.try_get("id")?,
                    name: row.try_get("name")?,
                    zone: zone(&time_zone)?,
                    time_zone,
                    jurisdiction: row.try_get("jurisdiction")?,
                });
        }
    }
    Ok(found)
}

/// One provider at one of their active locations, or `None` when either is unknown or they do
/// not work there.
pub(super) async fn provider_at(
    tx: &mut Transaction<'static, Any>,
    provider_id: i64,
    location_id: i64,
) -> Result<Option<(ProviderFacts, Place)>, DbError> {
    let mut facts = provider_facts(tx, &[provider_id]).await?;
    let mut places = places_of(tx, &[provider_id]).await?;
    let place = places
        .remove(&provider_id)
        .unwrap_or_default()
        .into_iter()
        .find(|p| p.id == location_id);
    Ok(facts.remove(&provider_id).zip(place))
}

/// Whether a provider can be booked at each of their active locations right now: for a
/// profile's "why not". `None` for an unknown provider.
pub async fn bookability_at(
    db: &Db,
    provider_id: i64,
    new_patient: bool,
    now: UtcMillis,
) -> Result<Option<Vec<(i64, Result<(), NotBookable>)>>, DbError> {
    let mut tx = db.begin_read().await?;
    let verdicts = bookability_in(&mut tx, provider_id, new_patient, now).await?;
    tx.commit().await?;
    Ok(verdicts)
}

/// [`bookability_at`] in `tx`.
pub(crate) async fn bookability_in(
    tx: &mut Transaction<'static, Any>,
    provider_id: i64,
    new_patient: bool,
    now: UtcMillis,
) -> Result<Option<Vec<(i64, Result<(), NotBookable>)>>, DbError> {
    let facts = provider_facts(tx, &[provider_id]).await?;
    let places = places_of(tx, &[provider_id]).await?;
    let Some(facts) = facts.get(&provider_id) else {
        return Ok(None);
    };
    let mut verdicts = Vec::new();
    for place in places.get(&provider_id).into_iter().flatten() {
        let today = local_date(now, &place.zone)?;
        verdicts.push((place.id, facts.bookable_at(place, new_patient, today)));
    }
    Ok(Some(verdicts))
}
