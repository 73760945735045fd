//! What the directory office's record forms (a location's, a provider's) share. Each form posts
//! one draft, `draft[…]` (`domain::directory::LocationDraft`, `ProviderDraft`), the same for
//! adding and for editing: the server cuts it to what its fields may hold, the backend checks and
//! saves it, and the answer is the same for both. A plain form post goes back to the list (after
//! adding) or to the record's page (after editing), with what was saved, or with what was typed
//! and the problems to fix.

/// A record's own page in the office: below its list's page.
pub fn record_page(list_page: &str, id: i64) -> String {
    format!("{list_page}/{id}")
}

#[cfg(feature = "ssr")]
pub(crate) use server::{cut, not_found_unless_broken, save};

#[cfg(feature = "ssr")]
mod server {
    use super::record_page;
    use crate::api::{
        admin_locations::{Saved, LOCATIONS_PAGE, SAVED_ID, SAVED_NAME, TYPED_DRAFT},
        admin_providers::PROVIDERS_PAGE,
        context::{flash, redirect_plain_form, refuse, require_actor, server},
        error::AppError,
    };
    use backend::{actor::Actor, db::Db, listed::ListedError};
    use domain::{
        directory::{DayHours, LocationDraft, LocationProblem, ProviderDraft, ProviderProblem},
        time::UtcMillis,
    };
    use std::future::Future;

    /// A record form's draft, as the backend saves it.
    pub(crate) trait OfficeDraft: serde::Serialize + Send + Sync + Sized {
        type Problem: Send;
        /// The list's page; a record's page is below it ([`record_page`]).
        const LIST_PAGE: &'static str;
        /// The refusal that names each problem's field.
        const INVALID: fn(Vec<Self::Problem>) -> AppError;
        /// The draft as the server reads it: every text cut to what its field may hold, lists to
        /// what a form offers.
        fn bounded(self) -> Self;
        /// What the confirmation calls the saved record.
        fn saved_name(&self) -> String;
        /// What a refused plain form post keeps for the next page: JSON of the draft, in a cookie.
        fn kept(&self) -> String {
            serde_json::to_string(self).unwrap_or_default()
        }
        /// Adds the record (`at.existing` is `None`) or changes it; answers its id.
        fn store(
            &self,
            at: Store<'_>,
        ) -> impl Future<Output = Result<i64, ListedError<Self::Problem>>> + Send;
    }

    /// Who saves a draft, into which record (`None`: a new one), and when.
    pub(crate) struct Store<'a> {
        db: &'a Db,
        actor: &'a Actor,
        existing: Option<i64>,
        now: UtcMillis,
    }

    /// `text`, at most `max` characters of it.
    pub(crate) fn cut(text: String, max: usize) -> String {
        text.chars().take(max).collect()
    }

    impl OfficeDraft for LocationDraft {
        type Problem = LocationProblem;
        const LIST_PAGE: &'static str = LOCATIONS_PAGE;
        const INVALID: fn(Vec<LocationProblem>) -> AppError = AppError::LocationInvalid;

        /// Texts to 400 characters; seven days of hours (a day not sent is closed).
        fn bounded(self) -> Self {
            let text = |text: String| cut(text, 400);
            let mut hours = self.hours;
            hours.resize_with(7, DayHours::default);
            LocationDraft {
                name: text(self.name),
                street: text(self.street),
                city: text(self.city),
                postcode: text(self.postcode),
                jurisdiction: text(self.jurisdiction),
                latitude: text(self.latitude),
                longitude: text(self.longitude),
                phone: text(self.phone),
                time_zone: text(self.time_zone),
                hours: hours
                    .into_iter()
                    .map(|day| DayHours::new(text(day.opens), text(day.closes)))
                    .collect(),
            }
        }

        fn saved_name(&self) -> String {
            self.name.trim().to_string()
        }

        async fn store(&self, at: Store<'_>) -> Result<i64, ListedError<LocationProblem>> {
            backend::locations::save(at.db, at.actor, at.existing, self, at.now).await
        }
    }

    impl OfficeDraft for ProviderDraft {
        type Problem = ProviderProblem;
        const LIST_PAGE: &'static str = PROVIDERS_PAGE;
        const INVALID: fn(Vec<ProviderProblem>) -> AppError = AppError::ProviderInvalid;

        fn bounded(self) -> Self {
            let list =
                |items: Vec<String>| items.into_iter().take(100).map(|i| cut(i, 60)).collect();
            ProviderDraft {
                given_name: cut(self.given_name, 200),
                family_name: cut(self.family_name, 200),
                suffix: cut(self.suffix, 80),
                role: cut(self.role, 60),
                gender: cut(self.gender, 60),
                accepting_new_patients: self.accepting_new_patients,
                in_person: self.in_person,
                telehealth: self.telehealth,
                specialties: list(self.specialties),
                languages: list(self.languages),
                plans: list(self.plans),
                locations: self.locations.into_iter().take(100).collect(),
                bios: self
                    .bios
                    .into_iter()
                    .take(10)
                    .map(|(tag, bio)| (cut(tag, 10), cut(bio, 4000)))
                    .collect(),
            }
        }

        fn saved_name(&self) -> String {
            backend::directory::display_name(
                self.given_name.trim(),
                self.family_name.trim(),
                Some(self.suffix.trim()),
            )
        }

        /// A cookie holds about 4 KB, and base64 adds a third: long bios are shortened to fit.
        fn kept(&self) -> String {
            let mut kept = self.clone();
            let mut json = serde_json::to_string(&kept).unwrap_or_default();
            for keep in [200, 50, 0] {
                if json.len() <= 2800 {
                    break;
                }
                for bio in kept.bios.values_mut() {
                    *bio = bio.chars().take(keep).collect();
                }
                json = serde_json::to_string(&kept).unwrap_or_default();
            }
            json
        }

        async fn store(&self, at: Store<'_>) -> Result<i64, ListedError<ProviderProblem>> {
            backend::providers::save(at.db, at.actor, at.existing, self, at.now).await
        }
    }

    /// A refusal to read or change a record: "not found" (also for whoever may not see it), or a
    /// failure.
    pub(crate) fn not_found_unless_broken<P>(error: ListedError<P>) -> AppError {
        match error {
            ListedError::Database(e) => AppError::internal(e),
            _ => refuse(AppError::NotFound),
        }
    }

    /// Saves a posted draft: adds a record when `existing` is `None` (a plain form post goes back
    /// to the list, which names and links what was added), else changes record `existing` (back
    /// to its page, which says it was saved). A refusal with field problems keeps what was typed
    /// for that page.
    pub(crate) async fn save<D: OfficeDraft>(
        existing: Option<i64>,
        draft: D,
    ) -> Result<Saved, AppError> {
        let actor = require_actor()?;
        let typed = draft.bounded();
        let page = existing.map_or_else(
            || D::LIST_PAGE.to_string(),
            |id| record_page(D::LIST_PAGE, id),
        );
        let at = Store {
            db: &server()?.db,
            actor: &actor,
            existing,
            now: backend::clock::now(),
        };
        let id = match typed.store(at).await {
            Ok(id) => id,
            Err(ListedError::Invalid(problems)) => {
                flash(&page, &[(TYPED_DRAFT, typed.kept())].into());
                return Err(refuse((D::INVALID)(problems)));
            }
            Err(other) => return Err(not_found_unless_broken(other)),
        };
        let name = typed.saved_name();
        let mut shown = vec![(SAVED_NAME, name.clone())];
        if existing.is_none() {
            shown.push((SAVED_ID, id.to_string()));
        }
        flash(&page, &shown.into_iter().collect());
        redirect_plain_form(&page);
        Ok(Saved { id, name })
    }
}
