//! Names of the directory's controlled lists in the reader's language: specialties, spoken
//! languages, provider roles, credential kinds and statuses, time zones; and of appointment
//! statuses and audit log actions. An unknown code (a list grew before its translations) shows as
//! itself rather than failing; an unknown time zone by its city.

use super::I18n;
use crate::t;
use domain::credentials::NotBookable;

pub fn specialty(i18n: I18n, code: &str) -> String {
    match code {
        "family_medicine" => t!(i18n, "specialty-family_medicine"),
        "internal_medicine" => t!(i18n, "specialty-internal_medicine"),
        "pediatrics" => t!(i18n, "specialty-pediatrics"),
        "cardiology" => t!(i18n, "specialty-cardiology"),
        "interventional_cardiology" => t!(i18n, "specialty-interventional_cardiology"),
        "pediatric_cardiology" => t!(i18n, "specialty-pediatric_cardiology"),
        "dermatology" => t!(i18n, "specialty-dermatology"),
        "obstetrics_gynecology" => t!(i18n, "specialty-obstetrics_gynecology"),
        "psychiatry" => t!(i18n, "specialty-psychiatry"),
        "child_psychiatry" => t!(i18n, "specialty-child_psychiatry"),
        "mental_health_therapy" => t!(i18n, "specialty-mental_health_therapy"),
        "orthopedics" => t!(i18n, "specialty-orthopedics"),
        "sports_medicine" => t!(i18n, "specialty-sports_medicine"),
        "neurology" => t!(i18n, "specialty-neurology"),
        "endocrinology" => t!(i18n, "specialty-endocrinology"),
        "diabetes_care" => t!(i18n, "specialty-diabetes_care"),
        "gastroenterology" => t!(i18n, "specialty-gastroenterology"),
        "ophthalmology" => t!(i18n, "specialty-ophthalmology"),
        "physical_therapy" => t!(i18n, "specialty-physical_therapy"),
        "geriatrics" => t!(i18n, "specialty-geriatrics"),
        "nursing" => t!(i18n, "specialty-nursing"),
        other => other.to_string(),
    }
}

pub fn language(i18n: I18n, tag: &str) -> String {
    match tag {
        "en" => t!(i18n, "language-en"),
        "es" => t!(i18n, "language-es"),
        "ar" => t!(i18n, "language-ar"),
        "zh" => t!(i18n, "language-zh"),
        "yue" => t!(i18n, "language-yue"),
        "vi" => t!(i18n, "language-vi"),
        "fr" => t!(i18n, "language-fr"),
        "ht" => t!(i18n, "language-ht"),
        "pt" => t!(i18n, "language-pt"),
        "ru" => t!(i18n, "language-ru"),
        "ko" => t!(i18n, "language-ko"),
        "tl" => t!(i18n, "language-tl"),
        "hi" => t!(i18n, "language-hi"),
        "pl" => t!(i18n, "language-pl"),
        "it" => t!(i18n, "language-it"),
        "de" => t!(i18n, "language-de"),
        "ja" => t!(i18n, "language-ja"),
        "fa" => t!(i18n, "language-fa"),
        "so" => t!(i18n, "language-so"),
        "ur" => t!(i18n, "language-ur"),
        "bn" => t!(i18n, "language-bn"),
        "asl" => t!(i18n, "language-asl"),
        other => other.to_string(),
    }
}

pub fn provider_role(i18n: I18n, role: &str) -> String {
    match role {
        "physician" => t!(i18n, "provider-role-physician"),
        "nurse_practitioner" => t!(i18n, "provider-role-nurse_practitioner"),
        "physician_assistant" => t!(i18n, "provider-role-physician_assistant"),
        "therapist" => t!(i18n, "provider-role-therapist"),
        "nurse" => t!(i18n, "provider-role-nurse"),
        "midwife" => t!(i18n, "provider-role-midwife"),
        other => other.to_string(),
    }
}

pub fn credential_kind(i18n: I18n, kind: &str) -> String {
    match kind {
        "licence" => t!(i18n, "credential-kind-licence"),
        "board_certification" => t!(i18n, "credential-kind-board_certification"),
        "registration" => t!(i18n, "credential-kind-registration"),
        "malpractice" => t!(i18n, "credential-kind-malpractice"),
        other => other.to_string(),
    }
}

pub fn credential_status(i18n: I18n, status: &str) -> String {
    match status {
        "pending" => t!(i18n, "credential-status-pending"),
        "verified" => t!(i18n, "credential-status-verified"),
        "expired" => t!(i18n, "credential-status-expired"),
        "revoked" => t!(i18n, "credential-status-revoked"),
        other => other.to_string(),
    }
}

/// A licensing jurisdiction (`US-NY`) by name where the portal knows it, else its code.
pub fn jurisdiction(i18n: I18n, code: &str) -> String {
    match code {
        "US-NY" => t!(i18n, "jurisdiction-us-ny"),
        "US-IL" => t!(i18n, "jurisdiction-us-il"),
        other => other.to_string(),
    }
}

/// A time zone, given by its IANA id (`America/New_York`), as a US clinic's patients call it:
/// "Eastern Time" whatever id the clinic's zone has (the US Eastern zone has several, all keeping
/// the same clocks). Generic names, not "Eastern Standard Time": one name all year round, the
/// times beside it being the clocks' then. A zone outside the table is its city's time
/// ("Berlin time"), never the id.
pub fn time_zone(i18n: I18n, iana: &str) -> String {
    match iana {
        "America/New_York"
        | "America/Detroit"
        | "America/Indiana/Indianapolis"
        | "America/Indiana/Marengo"
        | "America/Indiana/Petersburg"
        | "America/Indiana/Vevay"
        | "America/Indiana/Vincennes"
        | "America/Indiana/Winamac"
        | "America/Kentucky/Louisville"
        | "America/Kentucky/Monticello"
        | "US/Eastern" => t!(i18n, "zone-eastern"),
        "America/Chicago"
        | "America/Indiana/Knox"
        | "America/Indiana/Tell_City"
        | "America/Menominee"
        | "America/North_Dakota/Beulah"
        | "America/North_Dakota/Center"
        | "America/North_Dakota/New_Salem"
        | "US/Central" => t!(i18n, "zone-central"),
        "America/Denver" | "America/Boise" | "US/Mountain" => t!(i18n, "zone-mountain"),
        "America/Phoenix" | "US/Arizona" => t!(i18n, "zone-arizona"),
        "America/Los_Angeles" | "US/Pacific" => t!(i18n, "zone-pacific"),
        "America/Anchorage" | "America/Juneau" | "America/Metlakatla" | "America/Nome"
        | "America/Sitka" | "America/Yakutat" | "US/Alaska" => t!(i18n, "zone-alaska"),
        "Pacific/Honolulu" | "America/Adak" | "US/Hawaii" | "US/Aleutian" => {
            t!(i18n, "zone-hawaii-aleutian")
        }
        "America/Puerto_Rico" | "America/St_Thomas" => t!(i18n, "zone-atlantic"),
        "UTC" | "Etc/UTC" => t!(i18n, "zone-utc"),
        other => t!(i18n, "zone-city", city = zone_city(other)),
    }
}

/// The city an IANA id ends with, as words: `America/Argentina/Buenos_Aires` → "Buenos Aires".
fn zone_city(iana: &str) -> String {
    iana.rsplit('/').next().unwrap_or(iana).replace('_', " ")
}

/// Why a provider cannot be booked at a location, in plain words.
pub fn not_bookable(i18n: I18n, problem: &NotBookable) -> String {
    match problem {
        NotBookable::Inactive => t!(i18n, "profile-not-bookable-inactive"),
        NotBookable::NotAcceptingNewPatients => t!(i18n, "profile-not-bookable-new-patients"),
        NotBookable::LicencePending { jurisdiction: code } => t!(
            i18n,
            "profile-not-bookable-licence-pending",
            jurisdiction = jurisdiction(i18n, code)
        ),
        NotBookable::NoCurrentLicence { jurisdiction: code } => t!(
            i18n,
            "profile-not-bookable-no-licence",
            jurisdiction = jurisdiction(i18n, code)
        ),
    }
}

pub fn appointment_status(i18n: I18n, status: domain::appointments::AppointmentStatus) -> String {
    use domain::appointments::AppointmentStatus as S;
    match status {
        S::Held => t!(i18n, "appointment-status-held"),
        S::Booked => t!(i18n, "appointment-status-booked"),
        S::Arrived => t!(i18n, "appointment-status-arrived"),
        S::Completed => t!(i18n, "appointment-status-completed"),
        S::NoShow => t!(i18n, "appointment-status-no_show"),
        S::Cancelled => t!(i18n, "appointment-status-cancelled"),
        S::Lapsed => t!(i18n, "appointment-status-lapsed"),
    }
}

/// What an audit log action is, for administrators (who did it is shown beside it).
pub fn audit_action(i18n: I18n, action: domain::audit::AuditAction) -> String {
    use domain::audit::AuditAction as A;
    match action {
        A::AppointmentBook => t!(i18n, "audit-action-appointment-book"),
        A::AppointmentReschedule => t!(i18n, "audit-action-appointment-reschedule"),
        A::AppointmentCancel => t!(i18n, "audit-action-appointment-cancel"),
        A::AppointmentRead => t!(i18n, "audit-action-appointment-read"),
        A::AppointmentArrive => t!(i18n, "audit-action-appointment-arrive"),
        A::AppointmentNoShow => t!(i18n, "audit-action-appointment-no_show"),
        A::ScheduleRead => t!(i18n, "audit-action-schedule-read"),
        A::ScheduleBlockAdd => t!(i18n, "audit-action-schedule_block-add"),
        A::ScheduleBlockLift => t!(i18n, "audit-action-schedule_block-lift"),
        A::PatientBookFor => t!(i18n, "audit-action-patient-book_for"),
        A::WaitlistJoin => t!(i18n, "audit-action-waitlist-join"),
        A::WaitlistAccept => t!(i18n, "audit-action-waitlist-accept"),
        A::WaitlistDecline => t!(i18n, "audit-action-waitlist-decline"),
        A::ViewPatientSummary => t!(i18n, "audit-action-view_patient_summary"),
        A::IssueInvitation => t!(i18n, "audit-action-issue_invitation"),
        A::SignUp => t!(i18n, "audit-action-sign_up"),
        A::IssueStaffInvitation => t!(i18n, "audit-action-issue_staff_invitation"),
        A::StaffSignUp => t!(i18n, "audit-action-staff_sign_up"),
        A::SignIn => t!(i18n, "audit-action-sign_in"),
        A::SignInPassword => t!(i18n, "audit-action-sign_in_password"),
        A::SignInSecondFactor => t!(i18n, "audit-action-sign_in_second_factor"),
        A::SignInLock => t!(i18n, "audit-action-sign_in_lock"),
        A::SignOut => t!(i18n, "audit-action-sign_out"),
        A::EndSession => t!(i18n, "audit-action-end_session"),
        A::EndOtherSessions => t!(i18n, "audit-action-end_other_sessions"),
        A::SetPreferredLocale => t!(i18n, "audit-action-set_preferred_locale"),
        A::ChangePassword => t!(i18n, "audit-action-change_password"),
        A::ChangeEmail => t!(i18n, "audit-action-change_email"),
        A::EmailChangeRequested => t!(i18n, "audit-action-email_change_requested"),
        A::EmailChangeCancelled => t!(i18n, "audit-action-email_change_cancelled"),
        A::PasswordResetRequested => t!(i18n, "audit-action-password_reset_requested"),
        A::PasswordReset => t!(i18n, "audit-action-password_reset"),
        A::TwoFactorBegin => t!(i18n, "audit-action-two_factor_begin"),
        A::TwoFactorConfirm => t!(i18n, "audit-action-two_factor_confirm"),
        A::TwoFactorOn => t!(i18n, "audit-action-two_factor_on"),
        A::TwoFactorOff => t!(i18n, "audit-action-two_factor_off"),
        A::RecoveryCodesNew => t!(i18n, "audit-action-recovery_codes_new"),
        A::LocationCreate => t!(i18n, "audit-action-location_create"),
        A::LocationUpdate => t!(i18n, "audit-action-location_update"),
        A::LocationDeactivate => t!(i18n, "audit-action-location_deactivate"),
        A::LocationReactivate => t!(i18n, "audit-action-location_reactivate"),
        A::ProviderCreate => t!(i18n, "audit-action-provider_create"),
        A::ProviderUpdate => t!(i18n, "audit-action-provider_update"),
        A::ProviderDeactivate => t!(i18n, "audit-action-provider_deactivate"),
        A::ProviderReactivate => t!(i18n, "audit-action-provider_reactivate"),
        A::CredentialAdd => t!(i18n, "audit-action-credential_add"),
        A::CredentialEdit => t!(i18n, "audit-action-credential_edit"),
        A::CredentialPending => t!(i18n, "audit-action-credential_pending"),
        A::CredentialVerified => t!(i18n, "audit-action-credential_verified"),
        A::CredentialExpired => t!(i18n, "audit-action-credential_expired"),
        A::CredentialRevoked => t!(i18n, "audit-action-credential_revoked"),
        A::StaffLocationAssign => t!(i18n, "audit-action-staff_location_assign"),
        A::StaffLocationRemove => t!(i18n, "audit-action-staff_location_remove"),
        A::ViewAuditLog => t!(i18n, "audit-action-view_audit_log"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pages::admin_locations::SUGGESTED_ZONES;
    use domain::locale::Locale;
    use std::collections::HashSet;

    /// Zones US clinics keep, which must each have a name of their own.
    const US_ZONES: [&str; 12] = [
        "America/New_York",
        "America/Detroit",
        "America/Indiana/Indianapolis",
        "America/Kentucky/Louisville",
        "America/Chicago",
        "America/Denver",
        "America/Boise",
        "America/Phoenix",
        "America/Los_Angeles",
        "America/Anchorage",
        "Pacific/Honolulu",
        "America/Puerto_Rico",
    ];

    #[test]
    fn every_suggested_and_us_zone_is_named_in_words_in_every_locale() {
        for locale in Locale::ALL {
            let i18n = I18n::new(locale);
            for iana in SUGGESTED_ZONES.into_iter().chain(US_ZONES) {
                let name = time_zone(i18n, iana);
                assert!(
                    !name.is_empty() && !name.contains(['/', '_']),
                    "{locale}: {iana} is named {name:?}"
                );
                assert_ne!(
                    name,
                    t!(i18n, "zone-city", city = zone_city(iana)),
                    "{locale}: {iana} has no name of its own"
                );
            }
            let suggested: HashSet<String> = SUGGESTED_ZONES
                .into_iter()
                .map(|iana| time_zone(i18n, iana))
                .collect();
            assert_eq!(
                suggested.len(),
                SUGGESTED_ZONES.len(),
                "{locale}: the suggested zones' names must differ"
            );
        }
    }

    #[test]
    fn every_audit_action_has_a_name_of_its_own_in_every_locale() {
        use domain::audit::AuditAction;
        for locale in Locale::ALL {
            let names: HashSet<String> = AuditAction::ALL
                .iter()
                .map(|&action| audit_action(I18n::new(locale), action))
                .collect();
            assert_eq!(
                names.len(),
                AuditAction::ALL.len(),
                "{locale}: two actions share a name"
            );
        }
    }

    #[test]
    fn a_zone_outside_the_table_is_named_by_its_city() {
        let en = I18n::new(Locale::En);
        assert_eq!(time_zone(en, "Europe/Berlin"), "Berlin time");
        assert_eq!(
            time_zone(en, "America/Argentina/Buenos_Aires"),
            "Buenos Aires time"
        );
        assert_eq!(time_zone(en, "America/New_York"), "Eastern Time");
        for locale in Locale::ALL {
            let name = time_zone(I18n::new(locale), "Europe/Berlin");
            assert!(name.contains("Berlin"), "{locale}: {name}");
        }
        assert_eq!(
            time_zone(I18n::new(Locale::Es), "Europe/Berlin"),
            "hora de Berlin"
        );
    }
}
