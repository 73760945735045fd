use crate::components::page_data::PageData;
use crate::{
    api::audit::{my_record_activity, ActivityLine},
    components::page_heading::PageHeading,
    i18n::{format, names, role_name, use_i18n, I18n},
    t,
};
use domain::audit::AuditAction;
use leptos::prelude::*;

/// What someone did, in the patient's words. Actions recorded against a patient's record say
/// "your"; the others carry no patient, so the page does not list them, and are named as
/// administrators see them; stored text this version does not know says only "used your record".
fn action_text(i18n: I18n, action: &Result<AuditAction, String>) -> String {
    use AuditAction as A;
    let Ok(action) = action else {
        return t!(i18n, "action-other");
    };
    match *action {
        A::ViewPatientSummary => t!(i18n, "action-view_patient_summary"),
        A::IssueInvitation => t!(i18n, "action-issue_invitation"),
        A::SignUp => t!(i18n, "action-sign_up"),
        A::AppointmentBook => t!(i18n, "action-appointment-book"),
        A::AppointmentReschedule => t!(i18n, "action-appointment-reschedule"),
        A::AppointmentCancel => t!(i18n, "action-appointment-cancel"),
        A::AppointmentRead => t!(i18n, "action-appointment-read"),
        A::AppointmentArrive => t!(i18n, "action-appointment-arrive"),
        A::AppointmentNoShow => t!(i18n, "action-appointment-no_show"),
        A::ScheduleRead => t!(i18n, "action-schedule-read"),
        A::PatientBookFor => t!(i18n, "action-patient-book_for"),
        A::WaitlistJoin => t!(i18n, "action-waitlist-join"),
        A::WaitlistAccept => t!(i18n, "action-waitlist-accept"),
        A::WaitlistDecline => t!(i18n, "action-waitlist-decline"),
        A::ViewAuditLog => t!(i18n, "action-view_audit_log"),
        A::ScheduleBlockAdd
        | A::ScheduleBlockLift
        | A::IssueStaffInvitation
        | A::StaffSignUp
        | A::SignIn
        | A::SignInPassword
        | A::SignInSecondFactor
        | A::SignInLock
        | A::SignOut
        | A::EndSession
        | A::EndOtherSessions
        | A::SetPreferredLocale
        | A::ChangePassword
        | A::ChangeEmail
        | A::EmailChangeRequested
        | A::EmailChangeCancelled
        | A::PasswordResetRequested
        | A::PasswordReset
        | A::TwoFactorBegin
        | A::TwoFactorConfirm
        | A::TwoFactorOn
        | A::TwoFactorOff
        | A::RecoveryCodesNew
        | A::LocationCreate
        | A::LocationUpdate
        | A::LocationDeactivate
        | A::LocationReactivate
        | A::ProviderCreate
        | A::ProviderUpdate
        | A::ProviderDeactivate
        | A::ProviderReactivate
        | A::CredentialAdd
        | A::CredentialEdit
        | A::CredentialPending
        | A::CredentialVerified
        | A::CredentialExpired
        | A::CredentialRevoked
        | A::StaffLocationAssign
        | A::StaffLocationRemove => names::audit_action(i18n, *action),
    }
}

fn line_view(i18n: I18n, line: ActivityLine) -> impl IntoView {
    let who = match &line.who {
        Some(name) => t!(
            i18n,
            "activity-by",
            name = name.as_str(),
            role = line
                .role
                .map_or_else(|| t!(i18n, "role-proxy"), |r| role_name(i18n, r))
        ),
        None => t!(i18n, "activity-by-unknown"),
    };
    view! {
        <li>
            <h2>{action_text(i18n, &line.action)}</h2>
            <p>{who}</p>
            <p>{format::date_time_in_zone(i18n, &line.at)}</p>
            {line.refused.then(|| view! { <p>{t!(i18n, "activity-refused")}</p> })}
        </li>
    }
}

/// `/account/activity` — "who viewed my record": every read and change of the patient's data by
/// staff and proxies, newest first, in the patient's language.
#[component]
pub fn AccountActivityPage() -> impl IntoView {
    let i18n = use_i18n();
    let activity = Resource::new_blocking(|| (), |_| my_record_activity());
    view! {
        <PageHeading text=t!(i18n, "activity-title") />
        <p>{t!(i18n, "activity-intro")}</p>
        <PageData data=activity let:lines>
            {if lines.is_empty() {
                view! { <p>{t!(i18n, "activity-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="activity" aria-label=t!(i18n, "activity-list")>
                        {lines.into_iter().map(|line| line_view(i18n, line)).collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </PageData>
    }
}
