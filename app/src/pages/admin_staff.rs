use crate::{
    api::{
        accounts::typed_fields,
        staff_invitations::{IssueStaffInvitation, IssuedStaffCode, STAFF_PAGE},
        staff_locations::STAFF_LOCATIONS_PAGE,
    },
    components::{
        error_summary::ErrorSummary, issued_code::IssuedCode, page_heading::PageHeading,
        session_actions::use_session_actions,
    },
    i18n::{role_name, use_i18n, I18n},
    t,
};
use domain::{
    accounts::Role,
    time::{UtcMillis, ZonedDateTime},
};
use leptos::prelude::*;

/// The code just created, with whom it is for, until when it works and how it is used.
fn issued_view(i18n: I18n, issued: IssuedStaffCode) -> impl IntoView {
    view! {
        <IssuedCode
            title=t!(i18n, "staff-invitation-issued-title", name = issued.name.clone())
            code=issued.code
            expires=issued.expires
        >
            <p>{t!(i18n, "staff-invitation-issued-how")}</p>
        </IssuedCode>
    }
}

/// The role checkboxes, one field each.
const ROLES: [(Role, &str); 4] = [
    (Role::Provider, "provider"),
    (Role::FrontDesk, "front_desk"),
    (Role::CredentialingAdmin, "credentialing_admin"),
    (Role::SystemAdmin, "system_admin"),
];

/// `/admin/staff`: a system administrator creates a staff member's invitation code — their name
/// and roles — shown once and printable. Works without JavaScript.
#[component]
pub fn AdminStaffPage() -> impl IntoView {
    let i18n = use_i18n();
    let user = use_session_actions().user;
    let issue = ServerAction::<IssueStaffInvitation>::new();
    let flashed = Resource::new_blocking(|| (), |_| typed_fields(STAFF_PAGE.into()));
    let failure = move || issue.value().get().and_then(Result::err);
    let error = Signal::derive(move || failure().map(|e| e.message(i18n)));
    let field = Signal::derive(move || match failure() {
        Some(crate::api::error::AppError::RoleRequired) => "role-provider-input",
        _ => "staff_name",
    });
    view! {
        <PageHeading text=t!(i18n, "staff-title") />
        <Suspense>
            {move || Suspend::new(async move {
                let admin = matches!(user.await, Ok(Some(u)) if u.roles.contains(&Role::SystemAdmin));
                if !admin {
                    return view! { <p class="error">{t!(i18n, "error-not-found")}</p> }.into_any();
                }
                let flashed = flashed.await.unwrap_or_default();
                let from_cookie = match (flashed.get("code"), flashed.get("issued_name"), flashed.get("expires")) {
                    (Some(code), Some(name), Some(expires)) => expires.parse().ok().map(|ms| IssuedStaffCode {
                        code: code.clone(),
                        name: name.clone(),
                        expires: ZonedDateTime::utc(UtcMillis(ms)),
                    }),
                    _ => None,
                };
                let typed_name = flashed.get("name").cloned().unwrap_or_default();
                view! {
                    <p>{t!(i18n, "staff-intro")}</p>
                    <p><a href=STAFF_LOCATIONS_PAGE>{t!(i18n, "staff-locations-link")}</a></p>
                    {from_cookie.map(|issued| issued_view(i18n, issued))}
                    {move || issue.value().get().and_then(Result::ok).map(|issued| issued_view(i18n, issued))}
                    <ErrorSummary message=error field=field />
                    <ActionForm action=issue attr:class="stacked-form">
                        <div class="field">
                            <label for="staff_name">{t!(i18n, "staff-name-label")}</label>
                            <input
                                id="staff_name"
                                name="name"
                                autocomplete="off"
                                value=typed_name
                                aria-invalid=move || (field.get() == "staff_name" && error.get().is_some()).then_some("true")
                            />
                        </div>
                        <fieldset class="field">
                            <legend>{t!(i18n, "staff-roles-legend")}</legend>
                            {ROLES
                                .into_iter()
                                .map(|(role, name)| {
                                    let id = format!("role-{name}-input");
                                    view! {
                                        <div class="choice">
                                            <input type="checkbox" id=id.clone() name=name />
                                            <label for=id>{role_name(i18n, role)}</label>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </fieldset>
                        <button type="submit" class="primary">{t!(i18n, "staff-invitation-create")}</button>
                    </ActionForm>
                }
                    .into_any()
            })}
        </Suspense>
    }
}
