use crate::components::page_data::PageData;
use crate::{
    api::credentials::{credential_dashboard, ChangeCredentialStatus, DashboardLine},
    components::{error_summary::ErrorSummary, page_heading::PageHeading},
    i18n::{format, names, use_i18n, I18n},
    t,
};
use domain::credentials::{CredentialStatus, ExpiryBand};
use leptos::prelude::*;
use leptos_router::components::A;

/// A dashboard group's name: a band of expiry, or (no band) waiting for verification.
fn group_heading(i18n: I18n, band: Option<ExpiryBand>) -> String {
    match band {
        Some(ExpiryBand::Expired) => t!(i18n, "credentials-band-expired"),
        Some(ExpiryBand::Within30) => t!(i18n, "credentials-band-30"),
        Some(ExpiryBand::Within60) => t!(i18n, "credentials-band-60"),
        Some(ExpiryBand::Within90) => t!(i18n, "credentials-band-90"),
        None => t!(i18n, "credentials-band-pending"),
    }
}

/// The dashboard's groups, most urgent first.
const GROUPS: [Option<ExpiryBand>; 5] = [
    Some(ExpiryBand::Expired),
    Some(ExpiryBand::Within30),
    Some(ExpiryBand::Within60),
    Some(ExpiryBand::Within90),
    None,
];

fn actions(
    i18n: I18n,
    line: &DashboardLine,
    change: ServerAction<ChangeCredentialStatus>,
) -> impl IntoView {
    let what = format!(
        "{}, {}",
        line.provider_name,
        names::credential_kind(i18n, &line.kind)
    );
    let id = line.credential_id;
    let note_id = format!("note-{id}");
    let verify = (line.status == CredentialStatus::Pending).then(|| {
        let label = t!(i18n, "credentials-verify-label", what = what.clone());
        view! {
            <ActionForm action=change attr:class="inline-form">
                <input type="hidden" name="credential_id" value=id />
                <input type="hidden" name="status" value="verified" />
                <label for=note_id.clone()>{t!(i18n, "credentials-evidence-label")}</label>
                <input id=note_id.clone() name="evidence_note" autocomplete="off" />
                <button type="submit" aria-label=label>{t!(i18n, "credentials-verify")}</button>
            </ActionForm>
        }
    });
    let reopen = (line.status == CredentialStatus::Expired).then(|| {
        let label = t!(i18n, "credentials-reopen-label", what = what.clone());
        view! {
            <ActionForm action=change attr:class="inline-form">
                <input type="hidden" name="credential_id" value=id />
                <input type="hidden" name="status" value="pending" />
                <button type="submit" aria-label=label>{t!(i18n, "credentials-reopen")}</button>
            </ActionForm>
        }
    });
    let revoke_label = t!(i18n, "credentials-revoke-label", what = what);
    view! {
        {verify}
        {reopen}
        <ActionForm action=change attr:class="inline-form">
            <input type="hidden" name="credential_id" value=id />
            <input type="hidden" name="status" value="revoked" />
            <button type="submit" aria-label=revoke_label>{t!(i18n, "credentials-revoke")}</button>
        </ActionForm>
    }
}

fn line_view(
    i18n: I18n,
    line: DashboardLine,
    change: ServerAction<ChangeCredentialStatus>,
) -> impl IntoView {
    let actions = actions(i18n, &line, change);
    view! {
        <tr>
            <th scope="row">
                <A href=format!("/providers/{}", line.provider_id)>{line.provider_name.clone()}</A>
            </th>
            <td>{names::credential_kind(i18n, &line.kind)}</td>
            <td>{format!("{} {}", line.issuer, line.number)}</td>
            <td>{line.jurisdiction.as_deref().map(|j| names::jurisdiction(i18n, j)).unwrap_or_default()}</td>
            <td>{format::iso_date(i18n, &line.valid_to)}</td>
            <td>{names::credential_status(i18n, line.status.as_str())}</td>
            <td>{actions}</td>
        </tr>
    }
}

fn dashboard_view(
    i18n: I18n,
    lines: Vec<DashboardLine>,
    change: ServerAction<ChangeCredentialStatus>,
) -> impl IntoView {
    let counts = GROUPS.map(|group| lines.iter().filter(|l| l.band == group).count());
    view! {
        <ul class="bands" aria-label=t!(i18n, "credentials-summary")>
            {GROUPS
                .iter()
                .zip(counts)
                .map(|(group, count)| {
                    view! {
                        <li>
                            <span class="band-count">{format::integer(i18n, count as i64)}</span>
                            <span>{group_heading(i18n, *group)}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        {GROUPS
            .iter()
            .map(|group| {
                let in_group: Vec<DashboardLine> =
                    lines.iter().filter(|l| l.band == *group).cloned().collect();
                let heading = group_heading(i18n, *group);
                let heading_id = format!("band-{}", GROUPS.iter().position(|g| g == group).unwrap_or(0));
                view! {
                    <h2 id=heading_id.clone()>{heading}</h2>
                    {if in_group.is_empty() {
                        view! { <p>{t!(i18n, "credentials-none")}</p> }.into_any()
                    } else {
                        view! {
                            <div class="table-scroll" role="region" aria-labelledby=heading_id tabindex="0">
                                <table class="credentials">
                                    <thead>
                                        <tr>
                                            <th scope="col">{t!(i18n, "credentials-col-provider")}</th>
                                            <th scope="col">{t!(i18n, "profile-credential-kind")}</th>
                                            <th scope="col">{t!(i18n, "profile-credential-issuer")}</th>
                                            <th scope="col">{t!(i18n, "profile-credential-jurisdiction")}</th>
                                            <th scope="col">{t!(i18n, "profile-credential-valid-to")}</th>
                                            <th scope="col">{t!(i18n, "profile-credential-status")}</th>
                                            <th scope="col">{t!(i18n, "credentials-col-actions")}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {in_group.into_iter().map(|line| line_view(i18n, line, change)).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                        }
                            .into_any()
                    }}
                }
            })
            .collect_view()}
    }
}

/// `/admin/credentials`: the credentialing office's dashboard — counts and lists of credentials
/// already expired, ending within 30, 60 and 90 days, and waiting for verification — with verify
/// (and an evidence note), revoke and reopen-for-renewal. Works without JavaScript.
#[component]
pub fn AdminCredentialsPage() -> impl IntoView {
    let i18n = use_i18n();
    let change = ServerAction::<ChangeCredentialStatus>::new();
    let lines = Resource::new_blocking(|| (), |_| credential_dashboard());
    let error = Signal::derive(move || {
        change
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| e.message(i18n))
    });
    view! {
        <PageHeading text=t!(i18n, "credentials-title") />
        <p>{t!(i18n, "credentials-intro")}</p>
        <ErrorSummary message=error field="main" />
        <PageData data=lines let:lines>
            {dashboard_view(i18n, lines, change)}
        </PageData>
    }
}
