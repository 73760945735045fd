//! The credentialing office's providers: list (searchable by name), read with credentials,
//! create, edit, deactivate and reactivate; and a provider's credentials added (pending) or
//! corrected while pending.
pub use super::admin_locations::Saved;
use super::{error::AppError, office_forms::record_page};
#[cfg(feature = "ssr")]
use domain::directory::CredentialDraft;
use domain::{credentials::CredentialStatus, directory::ProviderDraft};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The list and its "Add a provider" form; a no-JavaScript post returns there.
pub const PROVIDERS_PAGE: &str = "/admin/providers";

/// A provider's own page in the office.
pub fn provider_page(id: i64) -> String {
    record_page(PROVIDERS_PAGE, id)
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

#[server(prefix = "/api", endpoint = "list_providers")]
#[middleware(crate::api::known_fields::KnownFields::<ListProviders>::new())]
pub async fn list_providers(name: Option<String>) -> Result<ProviderListView, AppError> {
    use super::{
        context::{require_actor, server},
        office_forms::not_found_unless_broken,
    };
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
    use super::{
        context::{require_actor, server},
        office_forms::not_found_unless_broken,
    };
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
    use super::{
        context::{require_actor, server},
        office_forms::not_found_unless_broken,
    };
    let actor = require_actor()?;
    let choices = backend::providers::choices(&server()?.db, &actor)
        .await
        .map_err(not_found_unless_broken)?;
    Ok(ProviderChoicesView {
        specialties: super::directory::specialties_in_order(&choices.specialties),
        languages: choices.languages,
        plans: choices.plans,
        locations: choices
            .locations
            .into_iter()
            .map(|(id, name, city, active)| (id, format!("{name}, {city}"), active))
            .collect(),
    })
}

/// Adds a provider from their form: `draft[given_name]`…, `draft[in_person]=true` when
/// ticked, lists as `draft[specialties][n]`, `draft[locations][n]`…, bios as
/// `draft[bios][<locale tag>]` (a [`ProviderDraft`]).
#[server(prefix = "/api", endpoint = "create_provider")]
#[middleware(crate::api::known_fields::KnownFields::<CreateProvider>::new())]
pub async fn create_provider(#[server(default)] draft: ProviderDraft) -> Result<Saved, AppError> {
    super::office_forms::save(None, draft).await
}

/// Changes a provider's details, lists and bios, from the same form as adding one.
#[server(prefix = "/api", endpoint = "update_provider")]
#[middleware(crate::api::known_fields::KnownFields::<UpdateProvider>::new())]
pub async fn update_provider(
    id: i64,
    #[server(default)] draft: ProviderDraft,
) -> Result<Saved, AppError> {
    super::office_forms::save(Some(id), draft).await
}

/// Deactivates (`active=false`) or reactivates (`active=true`) a provider; answers whether they
/// are active now.
#[server(prefix = "/api", endpoint = "set_provider_active")]
#[middleware(crate::api::known_fields::KnownFields::<SetProviderActive>::new())]
pub async fn set_provider_active(id: i64, active: bool) -> Result<bool, AppError> {
    use super::{
        context::{redirect_plain_form, require_actor, server},
        office_forms::not_found_unless_broken,
    };
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
    let cut = |text: String| super::office_forms::cut(text, 400);
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
