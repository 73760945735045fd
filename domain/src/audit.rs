//! What the audit trail records as having happened. An action is stored as text in
//! `audit_log.action` and the row's hash covers that text, so an action's text never changes once
//! rows hold it: the log is append-only, and old rows must still read as the same action.

use crate::credentials::CredentialStatus;
use serde::{de::Error as _, Deserialize, Deserializer, Serialize, Serializer};

/// Declares [`AuditAction`] with [`AuditAction::ALL`] and [`AuditAction::as_str`] from one list,
/// so no action can be missing from `ALL` or lack its stored text.
macro_rules! audit_actions {
    ($($(#[$meta:meta])* $variant:ident => $text:literal,)+) => {
        /// Something the audit trail records. A page that names actions matches this without a
        /// wildcard, so a new action cannot be shown before it has words.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum AuditAction {
            $($(#[$meta])* $variant,)+
        }

        impl AuditAction {
            /// Every action, in the order declared.
            pub const ALL: &'static [AuditAction] = &[$(AuditAction::$variant,)+];

            /// The text stored in the audit log and covered by its hash chain.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(AuditAction::$variant => $text,)+
                }
            }
        }
    };
}

audit_actions! {
    // Appointments and the waitlist: changes and reads of a patient's appointments.
    /// An appointment was booked.
    AppointmentBook => "appointment.book",
    /// An appointment was moved to another time.
    AppointmentReschedule => "appointment.reschedule",
    /// An appointment was cancelled.
    AppointmentCancel => "appointment.cancel",
    /// Staff opened an appointment (a read of health data).
    AppointmentRead => "appointment.read",
    /// The front desk marked a patient arrived.
    AppointmentArrive => "appointment.arrive",
    /// The front desk marked an appointment missed.
    AppointmentNoShow => "appointment.no_show",
    /// An appointment was shown on a staff schedule, or listed as affected by blocked time (a
    /// read of health data).
    ScheduleRead => "schedule.read",
    /// The front desk blocked time on a clinician's schedule.
    ScheduleBlockAdd => "schedule_block.add",
    /// The front desk lifted blocked time.
    ScheduleBlockLift => "schedule_block.lift",
    /// The front desk began booking for a patient (a read of their name).
    PatientBookFor => "patient.book_for",
    /// Someone asked to be offered an earlier time.
    WaitlistJoin => "waitlist.join",
    /// An offered earlier time was accepted.
    WaitlistAccept => "waitlist.accept",
    /// An offered earlier time was declined.
    WaitlistDecline => "waitlist.decline",

    // Patients and invitations.
    /// The front desk's patient search showed a patient (a read of health data).
    ViewPatientSummary => "view_patient_summary",
    /// The front desk created an invitation code for a patient.
    IssueInvitation => "issue_invitation",
    /// A patient created their account with an invitation code.
    SignUp => "sign_up",
    /// An administrator created an invitation code for a member of staff.
    IssueStaffInvitation => "issue_staff_invitation",
    /// A member of staff created their account with an invitation code.
    StaffSignUp => "staff_sign_up",

    // Accounts and sessions: what a person does to their own account.
    /// A sign-in (the outcome says whether it succeeded or was throttled).
    SignIn => "sign_in",
    /// The right password for an account with two-step verification: the code step follows.
    SignInPassword => "sign_in_password",
    /// A wrong code at the second step of signing in.
    SignInSecondFactor => "sign_in_second_factor",
    /// Too many sign-in attempts locked an account or a client address for a while: one row
    /// per lock, not one per refused attempt (those are counted in the throttle).
    SignInLock => "sign_in_lock",
    /// Signing out of this session.
    SignOut => "sign_out",
    /// Ending one of one's other sessions.
    EndSession => "end_session",
    /// Ending every session but this one.
    EndOtherSessions => "end_other_sessions",
    SetPreferredLocale => "set_preferred_locale",
    ChangePassword => "change_password",
    /// A new sign-in email was confirmed with the link sent to it.
    ChangeEmail => "change_email",
    /// A change of sign-in email was asked for (a link went to the new address).
    EmailChangeRequested => "email_change_requested",
    /// A change of sign-in email waiting for its link was cancelled.
    EmailChangeCancelled => "email_change_cancelled",
    /// A password reset link was sent.
    PasswordResetRequested => "password_reset_requested",
    /// A new password was set with a reset link.
    PasswordReset => "password_reset",
    /// Setting up two-step verification began (a secret was made).
    TwoFactorBegin => "two_factor_begin",
    /// A wrong code while turning two-step verification on.
    TwoFactorConfirm => "two_factor_confirm",
    TwoFactorOn => "two_factor_on",
    TwoFactorOff => "two_factor_off",
    /// New recovery codes replaced the old ones.
    RecoveryCodesNew => "recovery_codes_new",

    // The directory: locations, providers and their credentials.
    LocationCreate => "location_create",
    LocationUpdate => "location_update",
    LocationDeactivate => "location_deactivate",
    LocationReactivate => "location_reactivate",
    ProviderCreate => "provider_create",
    ProviderUpdate => "provider_update",
    ProviderDeactivate => "provider_deactivate",
    ProviderReactivate => "provider_reactivate",
    CredentialAdd => "credential_add",
    /// A pending credential was corrected.
    CredentialEdit => "credential_edit",
    /// An expired credential was reopened for renewal ([`AuditAction::credential_status`]).
    CredentialPending => "credential_pending",
    CredentialVerified => "credential_verified",
    /// A credential expired: the credentialing office's decision or the expiry job's.
    CredentialExpired => "credential_expired",
    CredentialRevoked => "credential_revoked",

    // Where front desk works.
    /// A system administrator assigned a member of staff to a location.
    StaffLocationAssign => "staff_location_assign",
    /// A system administrator removed a member of staff from a location.
    StaffLocationRemove => "staff_location_remove",

    // The audit log itself.
    /// An administrator searched the audit log (with the patient, when they filtered by one).
    ViewAuditLog => "view_audit_log",
}

impl AuditAction {
    /// The action stored as `text`, or `None` when it is none of [`AuditAction::as_str`] (a row
    /// written by another version of the portal).
    pub fn parse(text: &str) -> Option<AuditAction> {
        AuditAction::ALL
            .iter()
            .copied()
            .find(|a| a.as_str() == text)
    }

    /// The action recording a credential's move to `status`.
    pub fn credential_status(status: CredentialStatus) -> AuditAction {
        match status {
            CredentialStatus::Pending => AuditAction::CredentialPending,
            CredentialStatus::Verified => AuditAction::CredentialVerified,
            CredentialStatus::Expired => AuditAction::CredentialExpired,
            CredentialStatus::Revoked => AuditAction::CredentialRevoked,
        }
    }
}

/// As its stored text, so it reads the same wherever it travels.
impl Serialize for AuditAction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AuditAction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        AuditAction::parse(&text)
            .ok_or_else(|| D::Error::custom(format_args!("unknown audit action {text:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::{value, IntoDeserializer};

    /// The text rows hold for each action, written before the actions were an enum.
    const STORED: [(AuditAction, &str); 54] = [
        (AuditAction::AppointmentBook, "appointment.book"),
        (AuditAction::AppointmentReschedule, "appointment.reschedule"),
        (AuditAction::AppointmentCancel, "appointment.cancel"),
        (AuditAction::AppointmentRead, "appointment.read"),
        (AuditAction::AppointmentArrive, "appointment.arrive"),
        (AuditAction::AppointmentNoShow, "appointment.no_show"),
        (AuditAction::ScheduleRead, "schedule.read"),
        (AuditAction::ScheduleBlockAdd, "schedule_block.add"),
        (AuditAction::ScheduleBlockLift, "schedule_block.lift"),
        (AuditAction::PatientBookFor, "patient.book_for"),
        (AuditAction::WaitlistJoin, "waitlist.join"),
        (AuditAction::WaitlistAccept, "waitlist.accept"),
        (AuditAction::WaitlistDecline, "waitlist.decline"),
        (AuditAction::ViewPatientSummary, "view_patient_summary"),
        (AuditAction::IssueInvitation, "issue_invitation"),
        (AuditAction::SignUp, "sign_up"),
        (AuditAction::IssueStaffInvitation, "issue_staff_invitation"),
        (AuditAction::StaffSignUp, "staff_sign_up"),
        (AuditAction::SignIn, "sign_in"),
        (AuditAction::SignInPassword, "sign_in_password"),
        (AuditAction::SignInSecondFactor, "sign_in_second_factor"),
        (AuditAction::SignInLock, "sign_in_lock"),
        (AuditAction::SignOut, "sign_out"),
        (AuditAction::EndSession, "end_session"),
        (AuditAction::EndOtherSessions, "end_other_sessions"),
        (AuditAction::SetPreferredLocale, "set_preferred_locale"),
        (AuditAction::ChangePassword, "change_password"),
        (AuditAction::ChangeEmail, "change_email"),
        (AuditAction::EmailChangeRequested, "email_change_requested"),
        (AuditAction::EmailChangeCancelled, "email_change_cancelled"),
        (
            AuditAction::PasswordResetRequested,
            "password_reset_requested",
        ),
        (AuditAction::PasswordReset, "password_reset"),
        (AuditAction::TwoFactorBegin, "two_factor_begin"),
        (AuditAction::TwoFactorConfirm, "two_factor_confirm"),
        (AuditAction::TwoFactorOn, "two_factor_on"),
        (AuditAction::TwoFactorOff, "two_factor_off"),
        (AuditAction::RecoveryCodesNew, "recovery_codes_new"),
        (AuditAction::LocationCreate, "location_create"),
        (AuditAction::LocationUpdate, "location_update"),
        (AuditAction::LocationDeactivate, "location_deactivate"),
        (AuditAction::LocationReactivate, "location_reactivate"),
        (AuditAction::ProviderCreate, "provider_create"),
        (AuditAction::ProviderUpdate, "provider_update"),
        (AuditAction::ProviderDeactivate, "provider_deactivate"),
        (AuditAction::ProviderReactivate, "provider_reactivate"),
        (AuditAction::CredentialAdd, "credential_add"),
        (AuditAction::CredentialEdit, "credential_edit"),
        (AuditAction::CredentialPending, "credential_pending"),
        (AuditAction::CredentialVerified, "credential_verified"),
        (AuditAction::CredentialExpired, "credential_expired"),
        (AuditAction::CredentialRevoked, "credential_revoked"),
        (AuditAction::StaffLocationAssign, "staff_location_assign"),
        (AuditAction::StaffLocationRemove, "staff_location_remove"),
        (AuditAction::ViewAuditLog, "view_audit_log"),
    ];

    #[test]
    fn every_action_keeps_the_text_rows_hold_and_reads_back() {
        assert_eq!(AuditAction::ALL.len(), STORED.len(), "one row per action");
        for (action, text) in STORED {
            assert!(AuditAction::ALL.contains(&action), "{action:?}");
            assert_eq!(action.as_str(), text, "{action:?}");
            assert_eq!(AuditAction::parse(text), Some(action), "{text}");
            let travelled: Result<AuditAction, value::Error> =
                AuditAction::deserialize(text.into_deserializer());
            assert_eq!(travelled, Ok(action), "{text}");
        }
    }

    #[test]
    fn all_holds_each_action_once_and_no_two_share_a_text() {
        for (i, action) in AuditAction::ALL.iter().enumerate() {
            assert!(!AuditAction::ALL[..i].contains(action), "{action:?}");
            assert!(
                AuditAction::ALL[..i]
                    .iter()
                    .all(|earlier| earlier.as_str() != action.as_str()),
                "{action:?}"
            );
        }
    }

    #[test]
    fn other_text_is_no_action() {
        for text in [
            "",
            "view",
            "SIGN_IN",
            " sign_in",
            "sign_in ",
            "appointment-book",
        ] {
            assert_eq!(AuditAction::parse(text), None, "{text:?}");
            let travelled: Result<AuditAction, value::Error> =
                AuditAction::deserialize(text.into_deserializer());
            assert!(travelled.is_err(), "{text:?}");
        }
    }

    #[test]
    fn a_credential_change_is_stored_as_credential_and_its_new_status() {
        for status in CredentialStatus::ALL {
            assert_eq!(
                AuditAction::credential_status(status).as_str(),
                format!("credential_{}", status.as_str())
            );
        }
    }
}
