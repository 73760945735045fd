use crate::components::page_data::PageData;
use crate::{
    api::{
        accounts::typed_fields,
        admin_locations::{SAVED_ID, SAVED_NAME, TYPED_DRAFT},
        admin_providers::{
            provider_choices, provider_page, provider_record, AddCredential, CredentialListLine,
            EditCredential, ProviderForm, SetProviderActive, UpdateProvider, PROVIDERS_PAGE,
            TYPED_CREDENTIAL,
        },
        credentials::CREDENTIALS_PAGE,
        error::AppError,
    },
    components::{
        error_summary::FieldErrorSummary,
        form_fields::{Problems, SelectField, TextField},
        office::{
            flashed_draft, form_problems, status_word, ActivityStatus, ActivityTexts, RecordForm,
        },
        page_heading::PageHeading,
    },
    i18n::{format, names, use_i18n, I18n},
    pages::admin_providers::ProviderFields,
    t,
};
use domain::{
    credentials::{CredentialKind, CredentialStatus},
    directory::{CredentialDraft, ProviderDraft},
};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

fn credentials_table(
    i18n: I18n,
    provider_id: i64,
    lines: Vec<CredentialListLine>,
) -> impl IntoView {
    if lines.is_empty() {
        return view! { <p>{t!(i18n, "provider-credentials-none")}</p> }.into_any();
    }
    view! {
        <div class="table-scroll" role="region" aria-labelledby="provider-credentials-heading" tabindex="0">
            <table class="credentials">
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, "profile-credential-kind")}</th>
                        <th scope="col">{t!(i18n, "profile-credential-issuer")}</th>
                        <th scope="col">{t!(i18n, "credential-number-label")}</th>
                        <th scope="col">{t!(i18n, "profile-credential-jurisdiction")}</th>
                        <th scope="col">{t!(i18n, "credential-valid-from-label")}</th>
                        <th scope="col">{t!(i18n, "profile-credential-valid-to")}</th>
                        <th scope="col">{t!(i18n, "profile-credential-status")}</th>
                        <th scope="col">{t!(i18n, "credentials-col-actions")}</th>
                    </tr>
                </thead>
                <tbody>
                    {lines
                        .into_iter()
                        .map(|line| {
                            let kind = names::credential_kind(i18n, &line.kind);
                            let correct = (line.status == CredentialStatus::Pending).then(|| {
                                let label = t!(i18n, "provider-credential-correct-label", what = format!("{kind} {}", line.number));
                                view! {
                                    <a href=format!("{}?edit={}#credential-form-heading", provider_page(provider_id), line.id) aria-label=label>
                                        {t!(i18n, "provider-credential-correct")}
                                    </a>
                                }
                            });
                            view! {
                                <tr>
                                    <th scope="row">{kind.clone()}</th>
                                    <td>{line.issuer.clone()}</td>
                                    <td>{line.number.clone()}</td>
                                    <td>{line.jurisdiction.as_deref().map(|j| names::jurisdiction(i18n, j)).unwrap_or_default()}</td>
                                    <td>{format::iso_date(i18n, &line.valid_from)}</td>
                                    <td>{format::iso_date(i18n, &line.valid_to)}</td>
                                    <td>{names::credential_status(i18n, line.status.as_str())}</td>
                                    <td>{correct}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// A credential's fields, filled with `draft`.
#[component]
fn CredentialFields(draft: CredentialDraft, problems: Problems) -> impl IntoView {
    let i18n = use_i18n();
    let mut kinds = vec![(String::new(), t!(i18n, "credential-kind-choose"))];
    kinds.extend(CredentialKind::ALL.iter().map(|kind| {
        (
            kind.as_str().to_string(),
            names::credential_kind(i18n, kind.as_str()),
        )
    }));
    view! {
        <SelectField id="credential-kind" name="kind" label=t!(i18n, "profile-credential-kind") selected=draft.kind options=kinds problems=problems />
        <TextField
            id="credential-issuer"
            name="issuer"
            label=t!(i18n, "profile-credential-issuer")
            hint=t!(i18n, "credential-issuer-hint")
            value=draft.issuer
            problems=problems
        />
        <TextField id="credential-number" name="number" label=t!(i18n, "credential-number-label") value=draft.number problems=problems spellcheck="false" />
        <TextField
            id="credential-jurisdiction"
            name="jurisdiction"
            label=t!(i18n, "profile-credential-jurisdiction")
            hint=t!(i18n, "credential-jurisdiction-hint")
            value=draft.jurisdiction
            problems=problems
            spellcheck="false"
        />
        <TextField
            id="credential-valid-from"
            name="valid_from"
            label=t!(i18n, "credential-valid-from-label")
            value=draft.valid_from
            input_type="date"
            problems=problems
        />
        <TextField
            id="credential-valid-to"
            name="valid_to"
            label=t!(i18n, "profile-credential-valid-to")
            value=draft.valid_to
            input_type="date"
            problems=problems
        />
    }
}

/// `/admin/providers/{id}`: a provider's details to edit, deactivate or reactivate (nothing is
/// ever deleted), and their credentials with their statuses: add one (it waits for
/// verification on `/admin/credentials`) or correct a pending one. Works without JavaScript; a
/// failed save keeps what was typed.
#[component]
pub fn AdminProviderPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let id = move || params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
    let editing = move || query.with(|q| q.get("edit").and_then(|id| id.parse::<i64>().ok()));
    let update = ServerAction::<UpdateProvider>::new();
    let set_active = ServerAction::<SetProviderActive>::new();
    let add = ServerAction::<AddCredential>::new();
    let edit = ServerAction::<EditCredential>::new();
    // The provider, the form's lists, and what was typed before a refused post (a flash cookie).
    let record = Resource::new_blocking(id, |id| async move {
        let id = id.ok_or(AppError::NotFound)?;
        let provider = provider_record(id).await?;
        let choices = provider_choices().await?;
        let flashed = typed_fields(provider_page(id)).await.unwrap_or_default();
        Ok((provider, choices, flashed))
    });
    let credentials = Resource::new_blocking(id, |id| async move {
        match id {
            Some(id) => provider_record(id).await.map(|r| r.credentials),
            None => Err(AppError::NotFound),
        }
    });
    let (problems, message) = form_problems(i18n, update.value());
    let (add_problems, add_message) = form_problems(i18n, add.value());
    let (edit_problems, edit_message) = form_problems(i18n, edit.value());
    let credential_problems = Signal::derive(move || {
        let mut all = add_problems.get();
        all.extend(edit_problems.get());
        all
    });
    let credential_message = Signal::derive(move || add_message.get().or(edit_message.get()));
    view! {
        <PageData data=record record=true let:found>
            {
                let (provider, choices, flashed): (ProviderForm, _, _) = found;
                let typed: ProviderDraft =
                    flashed_draft(&flashed, TYPED_DRAFT).unwrap_or_else(|| provider.draft.clone());
                let typed_credential: Option<CredentialDraft> = flashed_draft(&flashed, TYPED_CREDENTIAL);
                let saved_before = flashed.contains_key(SAVED_NAME);
                let credential_saved_before = flashed.contains_key(SAVED_ID);
                let stored_active = provider.active;
                let active = Signal::derive(move || {
                    set_active.value().get().and_then(Result::ok).unwrap_or(stored_active)
                });
                let provider_id = provider.id;
                let role = names::provider_role(i18n, &provider.draft.role);
                let texts = ActivityTexts {
                    active: t!(i18n, "provider-active-explanation"),
                    inactive: t!(i18n, "provider-inactive-explanation"),
                    deactivate: t!(i18n, "provider-deactivate"),
                    reactivate: t!(i18n, "provider-reactivate"),
                };
                // The form to add a credential, or to correct the pending one `?edit=` names.
                let credential_form = move |lines: Vec<CredentialListLine>| {
                    let typed_credential = typed_credential.clone();
                    move || {
                        let correcting = editing().and_then(|cid| {
                            lines
                                .iter()
                                .find(|c| c.id == cid && c.status == CredentialStatus::Pending)
                                .cloned()
                        });
                        let stored = correcting.as_ref().map(|c| CredentialDraft {
                            kind: c.kind.clone(),
                            issuer: c.issuer.clone(),
                            number: c.number.clone(),
                            jurisdiction: c.jurisdiction.clone().unwrap_or_default(),
                            valid_from: c.valid_from.clone(),
                            valid_to: c.valid_to.clone(),
                        });
                        // What a failed post typed, else the credential being corrected.
                        let draft = typed_credential.clone().or(stored).unwrap_or_default();
                        match correcting {
                            Some(credential) => view! {
                                <h3 id="credential-form-heading">{t!(i18n, "provider-credential-correct-heading")}</h3>
                                <FieldErrorSummary id="credential-errors" problems=credential_problems message=credential_message fallback_field="credential-kind" />
                                <ActionForm action=edit attr:class="stacked-form" attr:aria-labelledby="credential-form-heading">
                                    <input type="hidden" name="credential_id" value=credential.id />
                                    <CredentialFields draft=draft problems=credential_problems />
                                    <div class="aside">
                                        <button type="submit" class="primary">{t!(i18n, "provider-credential-save")}</button>
                                        <a href=provider_page(provider_id)>{t!(i18n, "provider-credential-cancel")}</a>
                                    </div>
                                </ActionForm>
                            }
                                .into_any(),
                            None => view! {
                                <h3 id="credential-form-heading">{t!(i18n, "provider-credential-add-heading")}</h3>
                                <p>{t!(i18n, "provider-credential-add-intro")}</p>
                                <FieldErrorSummary id="credential-errors" problems=credential_problems message=credential_message fallback_field="credential-kind" />
                                <ActionForm action=add attr:id="credential-add-form" attr:class="stacked-form" attr:aria-labelledby="credential-form-heading">
                                    <input type="hidden" name="provider_id" value=provider_id />
                                    <CredentialFields draft=draft problems=credential_problems />
                                    <button type="submit" class="primary">{t!(i18n, "provider-credential-add")}</button>
                                </ActionForm>
                            }
                                .into_any(),
                        }
                    }
                };
                view! {
                    <PageHeading text=provider.name.clone() />
                    <p class="lead">
                        {move || t!(i18n, "provider-page-lead", role = role.clone(), status = status_word(i18n, active.get()))}
                    </p>
                    <ul class="aside-links">
                        <li><a href=PROVIDERS_PAGE>{t!(i18n, "providers-back")}</a></li>
                        <li><a href=CREDENTIALS_PAGE>{t!(i18n, "provider-credentials-dashboard-link")}</a></li>
                        {move || active.get().then(|| view! {
                            <li><a href=format!("/providers/{provider_id}")>{t!(i18n, "provider-public-profile")}</a></li>
                        })}
                    </ul>
                    <ActivityStatus
                        action=set_active
                        id=provider_id
                        active=active
                        heading_id="provider-status-heading"
                        summary_id="provider-status-errors"
                        texts=texts
                    />

                    <h2 id="provider-credentials-heading">{t!(i18n, "profile-credentials")}</h2>
                    <div role="status" class="notice">
                        {move || {
                            let done = match (add.value().get(), edit.value().get()) {
                                (Some(Ok(_)), _) | (_, Some(Ok(_))) => true,
                                (Some(Err(_)), _) | (_, Some(Err(_))) => false,
                                (None, None) => credential_saved_before,
                            };
                            done.then(|| view! {
                                <p class="aside">
                                    <span>{t!(i18n, "provider-credential-saved")}</span>
                                    <a href=CREDENTIALS_PAGE>{t!(i18n, "provider-credentials-dashboard-link")}</a>
                                </p>
                            })
                        }}
                    </div>
                    <Transition>
                        {move || {
                            let credential_form = credential_form.clone();
                            Suspend::new(async move {
                                match credentials.await {
                                    Ok(lines) => view! {
                                        {credentials_table(i18n, provider_id, lines.clone())}
                                        {credential_form(lines)}
                                    }
                                        .into_any(),
                                    Err(error) => view! { <p class="error">{error.message(i18n)}</p> }.into_any(),
                                }
                            })
                        }}
                    </Transition>

                    <RecordForm action=update record=(provider_id, saved_before) problems=problems message=message
                        heading=t!(i18n, "provider-edit-heading") heading_id="provider-edit-heading"
                        summary_id="provider-errors" fallback_field="provider-given-name" submit=t!(i18n, "directory-admin-save")>
                        <ProviderFields draft=typed choices=choices problems=problems />
                    </RecordForm>
                }
            }
        </PageData>
    }
}
