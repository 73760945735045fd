//! What the directory office's pages (locations and providers, each a list page with an "add"
//! form and a record page with the same form to edit) share: who may see them, the record form
//! around its fields, deactivating and reactivating, and reading back what a no-JavaScript post
//! left in the flash cookie.

use crate::{
    api::{
        admin_locations::{Saved, SAVED_ID, SAVED_NAME},
        error::AppError,
    },
    components::{
        error_summary::FieldErrorSummary, form_fields::Problems, page_heading::PageHeading,
        session_actions::use_session_actions,
    },
    i18n::{use_i18n, I18n},
    t,
};
use domain::accounts::Role;
use leptos::{
    prelude::*,
    server_fn::{
        client::Client as FnClient,
        codec::{Json, PostUrl},
        request::ClientReq,
        Http, ServerFn,
    },
};
use leptos_router::components::Redirect;
use std::collections::BTreeMap;

/// A server function of ours that a plain form posts to.
pub trait FormPost:
    ServerFn<Output: Clone + Send + Sync + 'static, Error = AppError> + Clone + Sync + 'static
{
    /// `ActionForm` posting to `action`, with `children`, and an id, class and the id of what
    /// names it when given.
    fn form(action: ServerAction<Self>, attributes: FormAttributes, children: Children) -> AnyView;
}

/// A form's id, class and the id of what names it, when given.
#[derive(Clone, Copy, Default)]
pub struct FormAttributes {
    pub id: Option<&'static str>,
    pub class: Option<&'static str>,
    pub labelled_by: Option<&'static str>,
}

/// The form data the client of server function `A` sends.
type FormDataOf<A> =
    <<<A as ServerFn>::Client as FnClient<AppError>>::Request as ClientReq<AppError>>::FormData;

impl<A> FormPost for A
where
    A: serde::de::DeserializeOwned
        + Clone
        + Sync
        + 'static
        + ServerFn<
            Protocol = Http<PostUrl, Json>,
            Output: Clone + Send + Sync + 'static,
            Error = AppError,
            Client: FnClient<AppError>,
        >,
    FormDataOf<A>: From<web_sys::FormData>,
{
    fn form(action: ServerAction<A>, attributes: FormAttributes, children: Children) -> AnyView {
        let FormAttributes {
            id,
            class,
            labelled_by,
        } = attributes;
        // (A class of `None` would still write `class=""`.)
        match class {
            Some(class) => view! {
                <ActionForm action=action attr:id=id attr:class=class attr:aria-labelledby=labelled_by>
                    {children()}
                </ActionForm>
            }
            .into_any(),
            None => view! {
                <ActionForm action=action attr:id=id attr:aria-labelledby=labelled_by>
                    {children()}
                </ActionForm>
            }
            .into_any(),
        }
    }
}

/// A form's problems and its other failure, from a server action's latest answer.
pub fn form_problems<T, V>(i18n: I18n, value: V) -> (Problems, Signal<Option<String>>)
where
    T: Clone + Send + Sync + 'static,
    V: Get<Value = Option<Result<T, AppError>>> + Copy + Send + Sync + 'static,
{
    let problems = Signal::derive(move || match value.get() {
        Some(Err(error)) => error.field_problems(i18n),
        _ => Vec::new(),
    });
    let message = Signal::derive(move || match value.get() {
        Some(Err(error)) if error.field_problems(i18n).is_empty() => Some(error.message(i18n)),
        _ => None,
    });
    (problems, message)
}

/// The typed form a failed no-JavaScript post left in the flash cookie, if any.
pub fn flashed_draft<D: serde::de::DeserializeOwned>(
    flashed: &BTreeMap<String, String>,
    key: &str,
) -> Option<D> {
    flashed
        .get(key)
        .and_then(|json| serde_json::from_str(json).ok())
}

/// What a no-JavaScript post just added, from the flash cookie.
fn flashed_saved(flashed: &BTreeMap<String, String>) -> Option<Saved> {
    Some(Saved {
        id: flashed.get(SAVED_ID)?.parse().ok()?,
        name: flashed.get(SAVED_NAME)?.clone(),
    })
}

/// "Harbor Clinic was added.", linking to its page.
fn added_view(i18n: I18n, saved: Saved, page: fn(i64) -> String) -> impl IntoView {
    view! {
        <p class="aside">
            <span>{t!(i18n, "directory-admin-added", name = saved.name.clone())}</span>
            <a href=page(saved.id)>{t!(i18n, "directory-admin-open", name = saved.name)}</a>
        </p>
    }
}

/// What the last plain post added (from the page's `flashed` cookie), announced as the page loads,
/// linking to its page.
#[component]
pub fn AddedNotice(
    flashed: Resource<Result<BTreeMap<String, String>, AppError>>,
    page: fn(i64) -> String,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div role="status" class="notice">
            <Suspense>
                {move || Suspend::new(async move {
                    flashed_saved(&flashed.await.unwrap_or_default()).map(|saved| added_view(i18n, saved, page))
                })}
            </Suspense>
        </div>
    }
}

/// "Active" or "Inactive", for lists.
pub fn status_word(i18n: I18n, active: bool) -> String {
    if active {
        t!(i18n, "directory-admin-active")
    } else {
        t!(i18n, "directory-admin-inactive")
    }
}

/// A record in a list: its name (linking to its page), the other cells of its row, and whether
/// it is active.
pub struct ListedRow {
    pub id: i64,
    pub name: String,
    pub cells: Vec<String>,
    pub active: bool,
}

/// A list of records as a table named by the heading `labelled_by`: the name column, the
/// `columns` of the other cells, then the status; inactive rows are marked. Each name links to
/// `page(id)`.
pub fn listed_table(
    i18n: I18n,
    labelled_by: &'static str,
    columns: Vec<String>,
    page: fn(i64) -> String,
    rows: Vec<ListedRow>,
) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" aria-labelledby=labelled_by tabindex="0">
            <table class="directory-admin">
                <thead>
                    <tr>
                        {columns
                            .into_iter()
                            .chain([t!(i18n, "directory-admin-col-status")])
                            .map(|column| view! { <th scope="col">{column}</th> })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| {
                            let class = if row.active { "" } else { "inactive" };
                            view! {
                                <tr class=class>
                                    <th scope="row">
                                        <a href=page(row.id)>{row.name}</a>
                                    </th>
                                    {row
                                        .cells
                                        .into_iter()
                                        .chain([status_word(i18n, row.active)])
                                        .map(|cell| view! { <td>{cell}</td> })
                                        .collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// Shows `children` to the credentialing office and system administrators; sends everyone else
/// to sign in, or tells them there is nothing here (the server functions refuse them anyway).
#[component]
pub fn OfficeOnly(children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    let user = use_session_actions().user;
    let children = StoredValue::new(children);
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match user.await {
                    Ok(Some(user))
                        if user.roles.contains(&Role::CredentialingAdmin)
                            || user.roles.contains(&Role::SystemAdmin) =>
                    {
                        children.read_value()().into_any()
                    }
                    Ok(Some(_)) => view! { <p class="error">{t!(i18n, "error-not-found")}</p> }.into_any(),
                    _ => view! { <Redirect path="/sign-in" /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// A list page of the office: its heading and introduction; then, for the office only, what the
/// last plain post added (linking to `page(id)`), the list under its heading (`list`), and the
/// form to add one (`children`).
#[component]
pub fn OfficeListPage(
    title: String,
    intro: String,
    flashed: Resource<Result<BTreeMap<String, String>, AppError>>,
    page: fn(i64) -> String,
    list_heading: String,
    list_heading_id: &'static str,
    #[prop(into)] list: ViewFn,
    children: ChildrenFn,
) -> impl IntoView {
    let children = StoredValue::new(children);
    view! {
        <PageHeading text=title />
        <p>{intro}</p>
        <OfficeOnly>
            <AddedNotice flashed=flashed page=page />
            <h2 id=list_heading_id>{list_heading.clone()}</h2>
            {list.run()}
            {children.read_value()()}
        </OfficeOnly>
    }
}

/// A record's form (its fields are `children`), the same for adding one (on the list page) and
/// editing one (`record`: its id, and whether a plain post just saved it): the heading, the
/// field error summary and the form posting to `action`. Editing, it also says when the record
/// was saved.
#[component]
pub fn RecordForm<A>(
    action: ServerAction<A>,
    /// The heading's text and id; the form is named by it.
    heading: String,
    heading_id: &'static str,
    /// The error summary's id, and the field its message about the whole form links to.
    summary_id: &'static str,
    fallback_field: &'static str,
    problems: Problems,
    #[prop(into)] message: Signal<Option<String>>,
    /// The adding form's id.
    #[prop(optional)]
    form_id: Option<&'static str>,
    /// Editing: the record's id, and whether it was just saved.
    #[prop(optional)]
    record: Option<(i64, bool)>,
    submit: String,
    children: Children,
) -> impl IntoView
where
    A: FormPost,
{
    let i18n = use_i18n();
    let value = action.value();
    let saved = record.map(|(_, saved_before)| {
        view! {
            <div role="status" class="notice">
                {move || {
                    value
                        .with(|v| v.as_ref().map_or(saved_before, Result::is_ok))
                        .then(|| t!(i18n, "directory-admin-saved"))
                }}
            </div>
        }
    });
    let id = record.map(|(id, _)| view! { <input type="hidden" name="id" value=id /> });
    let attributes = FormAttributes {
        id: form_id,
        class: Some("stacked-form"),
        labelled_by: Some(heading_id),
    };
    let fields = Box::new(move || {
        view! {
            {id}
            {children()}
            <button type="submit" class="primary">{submit}</button>
        }
        .into_any()
    });
    view! {
        <h2 id=heading_id>{heading}</h2>
        {saved}
        <FieldErrorSummary id=summary_id problems=problems message=message fallback_field=fallback_field />
        {A::form(action, attributes, fields)}
    }
}

/// What deactivating and reactivating a record says: what being active means, what being
/// inactive means, and the two buttons.
pub struct ActivityTexts {
    pub active: String,
    pub inactive: String,
    pub deactivate: String,
    pub reactivate: String,
}

/// Deactivate or reactivate record `id` through `action`, with what that means; follows the
/// latest change made here. `heading_id` names the section; a refusal shows in the summary
/// `summary_id` before it.
#[component]
pub fn ActivityStatus<A>(
    action: ServerAction<A>,
    id: i64,
    active: Signal<bool>,
    heading_id: &'static str,
    summary_id: &'static str,
    texts: ActivityTexts,
) -> impl IntoView
where
    A: FormPost,
{
    let i18n = use_i18n();
    let ActivityTexts {
        active: active_text,
        inactive: inactive_text,
        deactivate,
        reactivate,
    } = texts;
    let explanation = move || {
        if active.get() {
            active_text.clone()
        } else {
            inactive_text.clone()
        }
    };
    let button = move || {
        if active.get() {
            deactivate.clone()
        } else {
            reactivate.clone()
        }
    };
    let (_, message) = form_problems(i18n, action.value());
    let fields = Box::new(move || {
        view! {
            <input type="hidden" name="id" value=id />
            <input type="hidden" name="active" value=move || (!active.get()).to_string() />
            <button type="submit">{button}</button>
        }
        .into_any()
    });
    view! {
        <FieldErrorSummary id=summary_id problems=Signal::derive(Vec::new) message=message fallback_field=heading_id />
        <section class="activity-status" aria-labelledby=heading_id>
            <h2 id=heading_id>{t!(i18n, "directory-admin-status-heading")}</h2>
            <p role="status">{explanation}</p>
            {A::form(action, FormAttributes::default(), fields)}
        </section>
    }
}
