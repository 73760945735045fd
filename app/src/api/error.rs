//! The one error type at the server-function edge: a stable code the browser translates.
//! Internals never cross the wire; a failure carries a reference code that is also logged.

use crate::{i18n::I18n, t};
use domain::{
    accounts::PasswordProblem,
    directory::{CredentialProblem, LocationProblem, ProviderProblem},
};
use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppError {
    /// Wrong password and unknown email alike.
    InvalidCredentials,
    TooManyAttempts {
        minutes: i64,
    },
    SignInRequired,
    /// Unknown, or not the asker's: the same answer either way.
    NotFound,
    /// An invitation code that is unknown, used or expired, or a date of birth that does not match.
    InvalidInvitation,
    AlreadyHasAccount,
    Password(PasswordProblem),
    InvalidEmail,
    EmailTaken,
    WrongCurrentPassword,
    /// A credential status change the rules do not allow (e.g. verifying an expired licence).
    TransitionNotAllowed,
    /// A password reset link that is unknown, used or expired.
    InvalidResetLink,
    /// An email change link that is unknown, used, cancelled, replaced or expired.
    InvalidEmailChangeLink,
    /// Another account took the new address before its link was used.
    EmailTakenMeanwhile,
    /// A name is needed (1 to 200 characters).
    NameRequired,
    /// At least one staff role must be chosen.
    RoleRequired,
    /// A two-step verification code that is wrong, used already, or too late.
    WrongCode,
    /// The page was out of date for what it asked (e.g. two-step verification changed meanwhile).
    StaleForm,
    /// The provider cannot be booked there (licence, new patients, inactive).
    NotBookable(domain::credentials::NotBookable),
    /// Someone else booked that time first; the nearest free times instead.
    SlotTaken {
        nearest: Vec<crate::api::appointments::TimeChoice>,
    },
    /// The patient already has an appointment at that time.
    PatientBusy,
    /// The time is not offered for this kind of visit.
    VisitNotOffered,
    ReasonRequired,
    ReasonTooLong,
    /// The appointment cannot be rescheduled or cancelled (now, or by this person).
    ChangeRefused(domain::appointments::ChangeRefused),
    /// A waitlist offer replaces an appointment that is inside its cut-off (`hours`), which the
    /// patient may no longer give up online.
    ReplacedTooLate {
        hours: i64,
    },
    /// A location form with fields to correct.
    LocationInvalid(Vec<LocationProblem>),
    /// A provider form with fields to correct.
    ProviderInvalid(Vec<ProviderProblem>),
    /// A credential form with fields to correct.
    CredentialInvalid(Vec<CredentialProblem>),
    /// An appointment cannot be marked arrived or missed (now).
    StatusRefused(domain::staff_schedule::StatusRefused),
    /// The blocked-time form's problems, field by field.
    BlockInvalid {
        problems: Vec<(
            domain::staff_schedule::BlockField,
            domain::staff_schedule::BlockProblem,
        )>,
    },
    /// Something broke on the server; `reference` is in the log line too.
    Internal {
        reference: String,
    },
    /// The request itself failed (network, malformed or unexpected input).
    Request,
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(_: ServerFnErrorErr) -> Self {
        AppError::Request
    }
}

impl AppError {
    /// The message a person reads, in their language.
    pub fn message(&self, i18n: I18n) -> String {
        match self {
            AppError::InvalidCredentials => t!(i18n, "error-sign-in-invalid"),
            AppError::TooManyAttempts { minutes } => {
                let minutes: i64 = *minutes;
                t!(i18n, "error-too-many-attempts", minutes = minutes)
            }
            AppError::SignInRequired => t!(i18n, "error-sign-in-required"),
            AppError::NotFound => t!(i18n, "error-not-found"),
            AppError::InvalidInvitation => t!(i18n, "error-invitation-invalid"),
            AppError::AlreadyHasAccount => t!(i18n, "error-already-has-account"),
            AppError::Password(PasswordProblem::TooShort) => t!(i18n, "error-password-too-short"),
            AppError::Password(PasswordProblem::TooLong) => t!(i18n, "error-password-too-long"),
            AppError::Password(PasswordProblem::TooEasyToGuess) => {
                t!(i18n, "error-password-guessable")
            }
            AppError::InvalidEmail => t!(i18n, "error-email-invalid"),
            AppError::EmailTaken => t!(i18n, "error-email-taken"),
            AppError::WrongCurrentPassword => t!(i18n, "error-current-password"),
            AppError::WrongCode => t!(i18n, "error-code"),
            AppError::NameRequired => t!(i18n, "error-name-required"),
            AppError::InvalidResetLink => t!(i18n, "error-reset-link"),
            AppError::InvalidEmailChangeLink => t!(i18n, "error-email-change-link"),
            AppError::EmailTakenMeanwhile => t!(i18n, "error-email-taken-meanwhile"),
            AppError::TransitionNotAllowed => t!(i18n, "error-transition"),
            AppError::RoleRequired => t!(i18n, "error-role-required"),
            AppError::StaleForm => t!(i18n, "error-stale-form"),
            AppError::NotBookable(reason) => crate::i18n::names::not_bookable(i18n, reason),
            AppError::SlotTaken { .. } => t!(i18n, "error-slot-taken"),
            AppError::PatientBusy => t!(i18n, "error-patient-busy"),
            AppError::VisitNotOffered => t!(i18n, "error-visit-not-offered"),
            AppError::ReasonRequired => t!(i18n, "error-reason-required"),
            AppError::ReasonTooLong => t!(i18n, "error-reason-too-long"),
            AppError::ChangeRefused(domain::appointments::ChangeRefused::TooLate { hours }) => {
                let hours: i64 = *hours;
                t!(i18n, "error-change-too-late", hours = hours)
            }
            AppError::ChangeRefused(domain::appointments::ChangeRefused::NotChangeable) => {
                t!(i18n, "error-not-changeable")
            }
            AppError::ReplacedTooLate { hours } => {
                let hours: i64 = *hours;
                t!(i18n, "error-offer-replaces-too-late", hours = hours)
            }
            AppError::LocationInvalid(_)
            | AppError::ProviderInvalid(_)
            | AppError::CredentialInvalid(_) => t!(i18n, "error-fields"),
            AppError::StatusRefused(why) => {
                use domain::staff_schedule::StatusRefused as R;
                match why {
                    R::NotBooked => t!(i18n, "staff-error-not-booked"),
                    R::NotItsDay => t!(i18n, "staff-error-not-its-day"),
                    R::NotStarted => t!(i18n, "staff-error-not-started"),
                }
            }
            AppError::BlockInvalid { .. } => t!(i18n, "staff-block-error"),
            AppError::Internal { reference } => format!(
                "{} {}",
                t!(i18n, "error-body"),
                t!(i18n, "error-reference", code = reference.as_str())
            ),
            AppError::Request => t!(i18n, "error-request"),
        }
    }
}

impl AppError {
    /// Each problem with one field of a form: `(the field's element id, the message)`, in the
    /// form's order. Empty for an error that is not about fields.
    pub fn field_problems(&self, i18n: I18n) -> Vec<(String, String)> {
        use crate::i18n::problems;
        match self {
            AppError::LocationInvalid(list) => {
                list.iter().map(|p| problems::location(i18n, p)).collect()
            }
            AppError::ProviderInvalid(list) => {
                list.iter().map(|p| problems::provider(i18n, p)).collect()
            }
            AppError::CredentialInvalid(list) => {
                list.iter().map(|p| problems::credential(i18n, p)).collect()
            }
            _ => Vec::new(),
        }
    }
}

#[cfg(feature = "ssr")]
impl AppError {
    /// Logs an unexpected failure under a fresh reference code, without personal data.
    pub fn internal(error: impl std::fmt::Display) -> AppError {
        use rand::Rng;
        const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTVWXYZ23456789";
        let mut rng = rand::rng();
        let reference: String = (0..8)
            .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
            .collect();
        tracing::error!(%reference, %error, "server function failed");
        AppError::Internal { reference }
    }
}
