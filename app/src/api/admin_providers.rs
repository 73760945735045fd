//! The credentialing office's providers: list (searchable by name), read with credentials,
//! create, edit, deactivate and reactivate; and a provider's credentials added (pending) or
//! corrected while pending.
// A provider form sends each field as its own argument (so `KnownFields` checks them), more than
// clippy's limit of arguments; the `#[server]` macro does not carry a per-function allow to the
// code it generates for the browser.
#![allow(clippy::too_many_arguments)]

pub use super::admin_locations::Saved;
use super::error::AppError;
#[cfg(feature = "ssr")]
use domain::directory::CredentialDraft;
use domain::{credentials::CredentialStatus, directory::ProviderDraft};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The list and its "Add a provider" form; a no-JavaScript post returns there.
pub const PROVIDERS_PAGE: &str = "/admin/providers";

/// A provider's own page in the office.
pub fn provider_page(id: i64) -> String {
    format!("{PROVIDERS_PAGE}/{id}")
}

/// The flash cookie's key for a typed credential form (JSON of a [`CredentialDraft`]).
pub const TYPED_CREDENTIAL: &str = "credential";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderListLine {
    pub id: i64,
    /// "Given Family, MD".
    pub name: String,
    pub role: String,
    pub active: bool,
    pub pending_credentials: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderListView {
    pub lines: Vec<ProviderListLine>,
    /// Matches in all (the list shows at most `limit`).
    pub total: i64,
    pub limit: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CredentialListLine {
    pub id: i64,
    pub kind: String,
    pub issuer: String,
    pub number: String,
    pub jurisdiction: Option<String>,
    pub valid_from: String,
    pub valid_to: String,
    pub status: CredentialStatus,
}

/// A provider as their page shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderForm {
    pub id: i64,
    pub name: String,
    pub draft: ProviderDraft,
    pub active: bool,
    pub credentials: Vec<CredentialListLine>,
}

/// What the provider form offers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderChoicesView {
    /// `(code, is a subspecialty)`, each specialty followed by its subspecialties.
    pub specialties: Vec<(String, bool)>,
    pub languages: Vec<String>,
    /// `(code, name)`.
    pub plans: Vec<(String, String)>,
    /// `(id, "Name, City", active)`.
    pub locations: Vec<(i64, String, bool)>,
}

#[cfg(feature = "ssr")]
fn not_found_unless_broken(error: backend::providers::ProviderError) -> AppError {
    use backend::providers::ProviderError;
    match error {
        ProviderError::Database(e) => AppError::internal(e),
        _ => super::context::refuse(AppError::NotFound),
    }
}

#[server(prefix = "/api", endpoint = "list_providers")]
#[middleware(crate::api::known_fields::KnownFields::<ListProviders>::new())]
pub async fn list_providers(name: Option<String>) -> Result<ProviderListView, AppError> {
    use super::context::{require_actor, server};
    use backend::directory::display_name;
    let actor = require_actor()?;
    let name: String = name.unwrap_or_default().chars().take(100).collect();
    let list = backend::providers::list(&server()?.db, &actor, &name)
        .await
        .map_err(not_found_unless_broken)?;
    Ok(ProviderListView {
        lines: list
            .lines
            .into_iter()
            .map(|l| ProviderListLine {
                id: l.id,
                name: display_name(&l.given_name, &l.family_name, l.suffix.as_deref()),
                role: l.role,
                active: l.active,
                pending_credentials: l.pending_credentials,
            })
            .collect(),
        total: list.total,
        limit: backend::providers::LIST_LIMIT,
    })
}

#[server(prefix = "/api", endpoint = "provider_record")]
#[middleware(crate::api::known_fields::KnownFields::<ProviderRecord>::new())]
pub async fn provider_record(id: i64) -> Result<ProviderForm, AppError> {
    use super::context::{require_actor, server};
    use backend::directory::display_name;
    let actor = require_actor()?;
    let record = backend::providers::get(&server()?.db, &actor, id)
        .await
        .map_err(not_found_unless_broken)?;
    let draft = record.draft;
    Ok(ProviderForm {
        id: record.id,
        name: display_name(&draft.given_name, &draft.family_name, Some(&draft.suffix)),
        draft,
        active: record.active,
        credentials: record
            .credentials
            .into_iter()
            .map(|c| CredentialListLine {
                id: c.id,
                kind: c.kind,
                issuer: c.issuer,
                number: c.number,
                jurisdiction: c.jurisdiction,
                valid_from: c.valid_from,
                valid_to: c.valid_to,
                status: c.status,
            })
            .collect(),
    })
}

#[server(prefix = "/api", endpoint = "provider_choices")]
#[middleware(crate::api::known_fields::KnownFields::<ProviderChoices>::new())]
pub async fn provider_choices() -> Result<ProviderChoicesView, AppError> {
    use super::context::{require_actor, server};
    let actor = require_actor()?;
    let choices = backend::providers::choices(&server()?.db, &actor)
        .await
        .map_err(not_found_unless_broken)?;
    let mut specialties = Vec::new();
    for (code, parent) in &choices.specialties {
        if parent.is_none() {
            specialties.push((code.clone(), false));
            for (sub, sub_parent) in &choices.specialties {
                if sub_parent.as_deref() == Some(code.as_str()) {
                    specialties.push((sub.clone(), true));
                }
            }
        }
    }
    Ok(ProviderChoicesView {
        specialties,
        languages: choices.languages,
        plans: choices.plans,
        locations: choices
            .locations
            .into_iter()
            .map(|(id, name, city, active)| (id, format!("{name}, {city}"), active))
            .collect(),
    })
}

/// A checkbox sends a value only when ticked.
#[cfg(feature = "ssr")]
fn ticked(value: &Option<String>) -> bool {
    value.as_deref().is_some_and(|v| !v.is_empty())
}

#[cfg(feature = "ssr")]
fn provider_draft(
    given_name: String,
    family_name: String,
    suffix: String,
    role: String,
    gender: String,
    accepting_new_patients: Option<String>,
    in_person: Option<String>,
    telehealth: Option<String>,
    specialties: Vec<String>,
    languages: Vec<String>,
    plans: Vec<String>,
    locations: Vec<i64>,
    bios: BTreeMap<String, String>,
) -> ProviderDraft {
    let cut = |text: String, max: usize| text.chars().take(max).collect::<String>();
    let list = |items: Vec<String>| items.into_iter().take(100).map(|i| cut(i, 60)).collect();
    ProviderDraft {
        given_name: cut(given_name, 200),
        family_name: cut(family_name, 200),
        suffix: cut(suffix, 80),
        role: cut(role, 60),
        gender: cut(gender, 60),
        accepting_new_patients: ticked(&accepting_new_patients),
        in_person: ticked(&in_person),
        telehealth: ticked(&telehealth),
        specialties: list(specialties),
        languages: list(languages),
        plans: list(plans),
        locations: locations.into_iter().take(100).collect(),
        bios: bios
            .into_iter()
            .take(10)
            .map(|(tag, bio)| (cut(tag, 10), cut(bio, 4000)))
            .collect(),
    }
}

/// Keeps a typed provider form for a plain form post's next page: in a cookie, so long bios are
/// shortened to fit.
#[cfg(feature = "ssr")]
fn keep_typed(path: &str, typed: &ProviderDraft) {
    // A cookie holds about 4 KB, and base64 adds a third.
    let mut kept = typed.clone();
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
    super::context::flash(path, &[(super::admin_locations::TYPED_DRAFT, json)].into());
}

#[cfg(feature = "ssr")]
fn provider_refusal(
    error: backend::providers::ProviderError,
    path: &str,
    typed: &ProviderDraft,
) -> AppError {
    use backend::providers::ProviderError;
    match error {
        ProviderError::Invalid(problems) => {
            keep_typed(path, typed);
            super::context::refuse(AppError::ProviderInvalid(problems))
        }
        other => not_found_unless_broken(other),
    }
}

/// Adds a provider. Checkboxes (`accepting_new_patients`, `in_person`, `telehealth`) count when
/// sent; lists arrive as `specialties[n]`, `locations[n]`…; bios as `bios[<locale tag>]`.
#[server(prefix = "/api", endpoint = "create_provider")]
#[middleware(crate::api::known_fields::KnownFields::<CreateProvider>::new())]
pub async fn create_provider(
    #[server(default)] given_name: String,
    #[server(default)] family_name: String,
    #[server(default)] suffix: String,
    #[server(default)] role: String,
    #[server(default)] gender: String,
    accepting_new_patients: Option<String>,
    in_person: Option<String>,
    telehealth: Option<String>,
    #[server(default)] specialties: Vec<String>,
    #[server(default)] languages: Vec<String>,
    #[server(default)] plans: Vec<String>,
    #[server(default)] locations: Vec<i64>,
    #[server(default)] bios: BTreeMap<String, String>,
) -> Result<Saved, AppError> {
    use super::{
        admin_locations::{SAVED_ID, SAVED_NAME},
        context::{flash, redirect_plain_form, require_actor, server},
    };
    let actor = require_actor()?;
    let typed = provider_draft(
        given_name,
        family_name,
        suffix,
        role,
        gender,
        accepting_new_patients,
        in_person,
        telehealth,
        specialties,
        languages,
        plans,
        locations,
        bios,
    );
    let id = backend::providers::create(&server()?.db, &actor, &typed, backend::clock::now())
        .await
        .map_err(|error| provider_refusal(error, PROVIDERS_PAGE, &typed))?;
    let name = backend::directory::display_name(
        typed.given_name.trim(),
        typed.family_name.trim(),
        Some(typed.suffix.trim()),
    );
    flash(
        PROVIDERS_PAGE,
        &[(SAVED_NAME, name.clone()), (SAVED_ID, id.to_string())].into(),
    );
    redirect_plain_form(PROVIDERS_PAGE);
    Ok(Saved { id, name })
}

/// Changes a provider's details, lists and bios.
#[server(prefix = "/api", endpoint = "update_provider")]
#[middleware(crate::api::known_fields::KnownFields::<UpdateProvider>::new())]
pub async fn update_provider(
    id: i64,
    #[server(default)] given_name: String,
    #[server(default)] family_name: String,
    #[server(default)] suffix: String,
    #[server(default)] role: String,
    #[server(default)] gender: String,
    accepting_new_patients: Option<String>,
    in_person: Option<String>,
    telehealth: Option<String>,
    #[server(default)] specialties: Vec<String>,
    #[server(default)] languages: Vec<String>,
    #[server(default)] plans: Vec<String>,
    #[server(default)] locations: Vec<i64>,
    #[server(default)] bios: BTreeMap<String, String>,
) -> Result<Saved, AppError> {
    use super::{
        admin_locations::SAVED_NAME,
        context::{flash, redirect_plain_form, require_actor, server},
    };
    let actor = require_actor()?;
    let typed = provider_draft(
        given_name,
        family_name,
        suffix,
        role,
        gender,
        accepting_new_patients,
        in_person,
        telehealth,
        specialties,
        languages,
        plans,
        locations,
        bios,
    );
    let page = provider_page(id);
    backend::providers::update(&server()?.db, &actor, id, &typed, backend::clock::now())
        .await
        .map_err(|error| provider_refusal(error, &page, &typed))?;
    let name = backend::directory::display_name(
        typed.given_name.trim(),
        typed.family_name.trim(),
        Some(typed.suffix.trim()),
    );
    flash(&page, &[(SAVED_NAME, name.clone())].into());
    redirect_plain_form(&page);
    Ok(Saved { id, name })
}

/// Deactivates (`active=false`) or reactivates (`active=true`) a provider; answers whether they
/// are active now.
#[server(prefix = "/api", endpoint = "set_provider_active")]
#[middleware(crate::api::known_fields::KnownFields::<SetProviderActive>::new())]
pub async fn set_provider_active(id: i64, active: bool) -> Result<bool, AppError> {
    use super::context::{redirect_plain_form, require_actor, server};
    let actor = require_actor()?;
    backend::providers::set_active(&server()?.db, &actor, id, active, backend::clock::now())
        .await
        .map_err(not_found_unless_broken)?;
    redirect_plain_form(&provider_page(id));
    Ok(active)
}

#[cfg(feature = "ssr")]
fn credential_draft(
    kind: String,
    issuer: String,
    number: String,
    jurisdiction: String,
    valid_from: String,
    valid_to: String,
) -> CredentialDraft {
    let cut = |text: String| text.chars().take(400).collect::<String>();
    CredentialDraft {
        kind: cut(kind),
        issuer: cut(issuer),
        number: cut(number),
        jurisdiction: cut(jurisdiction),
        valid_from: cut(valid_from),
        valid_to: cut(valid_to),
    }
}

#[cfg(feature = "ssr")]
fn credential_refusal(
    error: backend::credentials::CredentialError,
    path: &str,
    typed: &CredentialDraft,
) -> AppError {
    use super::context::{flash, refuse};
    use backend::credentials::CredentialError;
    match error {
        CredentialError::Invalid(problems) => {
            let json = serde_json::to_string(typed).unwrap_or_default();
            flash(path, &[(TYPED_CREDENTIAL, json)].into());
            refuse(AppError::CredentialInvalid(problems))
        }
        CredentialError::NotPending | CredentialError::Transition(_) => {
            refuse(AppError::TransitionNotAllowed)
        }
        CredentialError::NotFound => refuse(AppError::NotFound),
        CredentialError::Database(e) => AppError::internal(e),
    }
}

/// Records a credential for a provider, pending verification. Returns its id.
#[server(prefix = "/api", endpoint = "add_credential")]
#[middleware(crate::api::known_fields::KnownFields::<AddCredential>::new())]
pub async fn add_credential(
    provider_id: i64,
    #[server(default)] kind: String,
    #[server(default)] issuer: String,
    #[server(default)] number: String,
    #[server(default)] jurisdiction: String,
    #[server(default)] valid_from: String,
    #[server(default)] valid_to: String,
) -> Result<i64, AppError> {
    use super::{
        admin_locations::SAVED_ID,
        context::{flash, redirect_plain_form, require_actor, server},
    };
    let actor = require_actor()?;
    let typed = credential_draft(kind, issuer, number, jurisdiction, valid_from, valid_to);
    let page = provider_page(provider_id);
    let id = backend::credentials::add(
        &server()?.db,
        &actor,
        provider_id,
        &typed,
        backend::clock::now(),
    )
    .await
    .map_err(|error| credential_refusal(error, &page, &typed))?;
    flash(&page, &[(SAVED_ID, id.to_string())].into());
    redirect_plain_form(&page);
    Ok(id)
}

/// Corrects a pending credential; answers its provider's id.
#[server(prefix = "/api", endpoint = "edit_credential")]
#[middleware(crate::api::known_fields::KnownFields::<EditCredential>::new())]
pub async fn edit_credential(
    credential_id: i64,
    #[server(default)] kind: String,
    #[server(default)] issuer: String,
    #[server(default)] number: String,
    #[server(default)] jurisdiction: String,
    #[server(default)] valid_from: String,
    #[server(default)] valid_to: String,
) -> Result<i64, AppError> {
    use super::{
        admin_locations::SAVED_ID,
        context::{flash, redirect_plain_form, require_actor, server},
    };
    let actor = require_actor()?;
    let typed = credential_draft(kind, issuer, number, jurisdiction, valid_from, valid_to);
    let context = server()?;
    let now = backend::clock::now();
    match backend::credentials::edit_pending(&context.db, &actor, credential_id, &typed, now).await
    {
        Ok(provider_id) => {
            let page = provider_page(provider_id);
            flash(&page, &[(SAVED_ID, credential_id.to_string())].into());
            redirect_plain_form(&page);
            Ok(provider_id)
        }
        Err(error) => {
            // Back to the page that posted (the form keeps what was typed there).
            let page = super::context::referer_path().unwrap_or_else(|| PROVIDERS_PAGE.into());
            Err(credential_refusal(error, &page, &typed))
        }
    }
}
