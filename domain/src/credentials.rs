//! Provider credentials: which status changes are allowed, when they expire, and the booking
//! rule that depends on them.
//!
//! The product rule: a provider can be booked at a location only while they hold a current,
//! verified licence for that location's jurisdiction. "Current" is decided here from the dates,
//! so a licence that ran out yesterday stops counting at once, whether or not the background
//! expiry job has moved it to [`CredentialStatus::Expired`] yet.
//!
//! Dates are ISO 8601 calendar dates (`YYYY-MM-DD`, see [`crate::time::parse_date`]). "Today" is
//! the caller's: the server computes it in the location's time zone. A date that is not valid
//! never makes a credential count: rules that need one fail closed.

use crate::time::{days_between, parse_date};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// What a credential attests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CredentialKind {
    /// A licence to practise in one jurisdiction; the only kind the booking rule looks at.
    Licence,
    BoardCertification,
    /// A registration such as a DEA number, tied to a jurisdiction.
    Registration,
    /// Malpractice insurance cover.
    Malpractice,
}

impl CredentialKind {
    /// Every kind, in the order the database's CHECK constraint lists them.
    pub const ALL: [CredentialKind; 4] = [
        CredentialKind::Licence,
        CredentialKind::BoardCertification,
        CredentialKind::Registration,
        CredentialKind::Malpractice,
    ];

    /// The spelling stored in the database (its CHECK constraint lists the same words).
    pub fn as_str(self) -> &'static str {
        match self {
            CredentialKind::Licence => "licence",
            CredentialKind::BoardCertification => "board_certification",
            CredentialKind::Registration => "registration",
            CredentialKind::Malpractice => "malpractice",
        }
    }

    /// The kind stored as `text`, or `None` when it is not one of [`CredentialKind::as_str`].
    pub fn parse(text: &str) -> Option<CredentialKind> {
        CredentialKind::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// Where a credential is in its life; it moves only as [`transition`] allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CredentialStatus {
    /// Recorded, not yet checked with the issuer (new, or a renewal of an expired one).
    Pending,
    /// Checked with the issuer by a credentialing admin.
    Verified,
    /// Past its end date.
    Expired,
    /// Withdrawn; final.
    Revoked,
}

impl CredentialStatus {
    /// Every status, in the order the database's CHECK constraint lists them.
    pub const ALL: [CredentialStatus; 4] = [
        CredentialStatus::Pending,
        CredentialStatus::Verified,
        CredentialStatus::Expired,
        CredentialStatus::Revoked,
    ];

    /// The spelling stored in the database (its CHECK constraint lists the same words).
    pub fn as_str(self) -> &'static str {
        match self {
            CredentialStatus::Pending => "pending",
            CredentialStatus::Verified => "verified",
            CredentialStatus::Expired => "expired",
            CredentialStatus::Revoked => "revoked",
        }
    }

    /// The status stored as `text`, or `None` when it is not one of [`CredentialStatus::as_str`].
    pub fn parse(text: &str) -> Option<CredentialStatus> {
        CredentialStatus::ALL
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

/// Why a status change is refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum TransitionError {
    /// The credential already has that status (a repeated click, a job that ran twice).
    #[error("the credential already has that status")]
    Unchanged,
    /// A revoked credential never changes again; a reinstated one is recorded anew.
    #[error("a revoked credential cannot change status")]
    Final,
    /// Verifying a credential whose end date has passed: it can only expire (or be revoked).
    #[error("the credential ended before today and cannot be verified")]
    AlreadyExpired,
    /// Expiring a credential whose end date is today or later.
    #[error("the credential is valid until its end date and cannot expire yet")]
    NotYetExpired,
    /// The change depends on the dates and one of them is not a `YYYY-MM-DD` calendar date.
    #[error("the end date or today is not a calendar date")]
    InvalidDate,
    /// Not a change credentials make (verified → pending, expired → verified).
    #[error("a credential cannot go from {} to {}", .from.as_str(), .to.as_str())]
    NotAllowed {
        from: CredentialStatus,
        to: CredentialStatus,
    },
}

/// Whether a credential may move from `from` to `to`, given its end date `valid_to` and `today`.
/// This is the one place the allowed changes are written down:
///
/// | from     | to       | allowed                                               |
/// |----------|----------|-------------------------------------------------------|
/// | pending  | verified | unless `today > valid_to` ([`TransitionError::AlreadyExpired`]) |
/// | pending  | expired  | only when `today > valid_to` ([`TransitionError::NotYetExpired`]) |
/// | pending  | revoked  | always                                                |
/// | verified | expired  | only when `today > valid_to`                          |
/// | verified | revoked  | always                                                |
/// | expired  | pending  | always: a renewal is being checked (the caller updates the dates) |
/// | expired  | revoked  | always                                                |
/// | revoked  | anything | never ([`TransitionError::Final`])                    |
///
/// Staying put is [`TransitionError::Unchanged`] (revoked → revoked included); every other pair
/// is [`TransitionError::NotAllowed`]. The dates are read only by the changes that depend on
/// them, so revoking never fails over a malformed date.
pub fn transition(
    from: CredentialStatus,
    to: CredentialStatus,
    valid_to: &str,
    today: &str,
) -> Result<(), TransitionError> {
    use CredentialStatus::*;
    let ended = || ended_before(valid_to, today).ok_or(TransitionError::InvalidDate);
    match (from, to) {
        _ if from == to => Err(TransitionError::Unchanged),
        (Revoked, _) => Err(TransitionError::Final),
        (Pending, Verified) if ended()? => Err(TransitionError::AlreadyExpired),
        (Pending | Verified, Expired) if !ended()? => Err(TransitionError::NotYetExpired),
        (Pending, Verified) | (Pending | Verified, Expired) => Ok(()),
        (Pending | Verified | Expired, Revoked) | (Expired, Pending) => Ok(()),
        _ => Err(TransitionError::NotAllowed { from, to }),
    }
}

/// Whether the background expiry job should move this credential to expired: it is pending or
/// verified and `today` is after `valid_to`. Exactly when [`transition`] to
/// [`CredentialStatus::Expired`] succeeds, and never again once it has (an expired credential is
/// not due), so the job can run any number of times.
pub fn due_to_expire(status: CredentialStatus, valid_to: &str, today: &str) -> bool {
    matches!(
        status,
        CredentialStatus::Pending | CredentialStatus::Verified
    ) && ended_before(valid_to, today) == Some(true)
}

/// How soon a credential runs out, for the credentialing dashboard. Ordered most urgent first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ExpiryBand {
    /// Expired, or past its end date and waiting for the expiry job.
    Expired,
    /// Ends within 0–30 days (today counts as 0: it is still valid today).
    Within30,
    /// Ends in 31–60 days.
    Within60,
    /// Ends in 61–90 days.
    Within90,
}

/// The dashboard band of a credential: `None` when it is revoked (nothing to renew), ends more
/// than 90 days after `today`, or has a date that is not a calendar date.
pub fn expiry_band(status: CredentialStatus, valid_to: &str, today: &str) -> Option<ExpiryBand> {
    match status {
        CredentialStatus::Revoked => None,
        CredentialStatus::Expired => Some(ExpiryBand::Expired),
        CredentialStatus::Pending | CredentialStatus::Verified => {
            match days_between(today, valid_to)? {
                ..0 => Some(ExpiryBand::Expired),
                0..=30 => Some(ExpiryBand::Within30),
                31..=60 => Some(ExpiryBand::Within60),
                61..=90 => Some(ExpiryBand::Within90),
                _ => None,
            }
        }
    }
}

/// What the booking rule needs to know about one of a provider's credentials (a row of
/// `credentials`, borrowed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CredentialFacts<'a> {
    pub kind: CredentialKind,
    pub status: CredentialStatus,
    /// Where a licence or registration applies, e.g. `US-NY`.
    pub jurisdiction: Option<&'a str>,
    /// First day it is valid (`YYYY-MM-DD`).
    pub valid_from: &'a str,
    /// Last day it is valid (`YYYY-MM-DD`), inclusive.
    pub valid_to: &'a str,
}

/// Why a provider cannot be booked at a location; the UI turns each into a plain-language
/// reason ("not taking new patients", "licence for this state is being verified").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NotBookable {
    /// The provider is deactivated.
    Inactive,
    /// The provider takes no new patients, and this booking is for one.
    NotAcceptingNewPatients,
    /// A licence for the jurisdiction is recorded and awaiting verification.
    LicencePending { jurisdiction: String },
    /// No verified licence for the jurisdiction is valid today, and none is being verified.
    NoCurrentLicence { jurisdiction: String },
}

/// The licence half of the booking rule, for a location in `jurisdiction` on `today`.
///
/// `None` when some credential is a [`CredentialKind::Licence`] for exactly that jurisdiction,
/// [`CredentialStatus::Verified`], with `valid_from <= today <= valid_to`: the dates decide,
/// not whether the expiry job has run. Otherwise [`NotBookable::LicencePending`] when a pending
/// licence for the jurisdiction is valid today or starts later, and
/// [`NotBookable::NoCurrentLicence`] when there is nothing of the sort. Credentials with
/// malformed dates (or a start after their end) do not count, and neither does anything when
/// `today` is not a date.
pub fn licence_problem(
    credentials: &[CredentialFacts],
    jurisdiction: &str,
    today: &str,
) -> Option<NotBookable> {
    let today_is_a_date = parse_date(today).is_ok();
    let licences = || {
        credentials.iter().filter(|c| {
            today_is_a_date
                && c.kind == CredentialKind::Licence
                && c.jurisdiction == Some(jurisdiction)
                && days_between(c.valid_from, c.valid_to).is_some_and(|days| days >= 0)
        })
    };
    // Validated dates compare as strings.
    let current = licences().any(|c| {
        c.status == CredentialStatus::Verified && c.valid_from <= today && today <= c.valid_to
    });
    let pending = licences().any(|c| c.status == CredentialStatus::Pending && today <= c.valid_to);
    let jurisdiction = jurisdiction.to_string();
    if current {
        None
    } else if pending {
        Some(NotBookable::LicencePending { jurisdiction })
    } else {
        Some(NotBookable::NoCurrentLicence { jurisdiction })
    }
}

/// The whole booking rule for a provider at a location in `jurisdiction` on `today`, checked in
/// the order a person would want to hear it: an inactive provider first, then the licence
/// ([`licence_problem`]), then — only when the booking is for a `new_patient` — whether the
/// provider is accepting new patients.
pub fn bookability(
    active: bool,
    accepting_new_patients: bool,
    new_patient: bool,
    credentials: &[CredentialFacts],
    jurisdiction: &str,
    today: &str,
) -> Result<(), NotBookable> {
    if !active {
        return Err(NotBookable::Inactive);
    }
    if let Some(problem) = licence_problem(credentials, jurisdiction, today) {
        return Err(problem);
    }
    if new_patient && !accepting_new_patients {
        return Err(NotBookable::NotAcceptingNewPatients);
    }
    Ok(())
}

/// Whether `today` is after `valid_to` (`None` unless both are calendar dates).
fn ended_before(valid_to: &str, today: &str) -> Option<bool> {
    Some(days_between(valid_to, today)? > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use CredentialStatus::*;

    #[test]
    fn database_spellings_round_trip() {
        for kind in CredentialKind::ALL {
            assert_eq!(CredentialKind::parse(kind.as_str()), Some(kind));
        }
        for status in CredentialStatus::ALL {
            assert_eq!(CredentialStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(
            CredentialKind::ALL.map(CredentialKind::as_str),
            [
                "licence",
                "board_certification",
                "registration",
                "malpractice"
            ]
        );
        assert_eq!(
            CredentialStatus::ALL.map(CredentialStatus::as_str),
            ["pending", "verified", "expired", "revoked"]
        );
        assert_eq!(CredentialKind::parse("license"), None);
        assert_eq!(CredentialStatus::parse("Verified"), None);
    }

    #[test]
    fn every_transition() {
        use TransitionError::*;
        let not_allowed = |from, to| Err(NotAllowed { from, to });
        let valid_to = "2026-06-30";
        // (from, to, on the last valid day, the day after it)
        let table = [
            (Pending, Pending, Err(Unchanged), Err(Unchanged)),
            (Pending, Verified, Ok(()), Err(AlreadyExpired)),
            (Pending, Expired, Err(NotYetExpired), Ok(())),
            (Pending, Revoked, Ok(()), Ok(())),
            (
                Verified,
                Pending,
                not_allowed(Verified, Pending),
                not_allowed(Verified, Pending),
            ),
            (Verified, Verified, Err(Unchanged), Err(Unchanged)),
            (Verified, Expired, Err(NotYetExpired), Ok(())),
            (Verified, Revoked, Ok(()), Ok(())),
            (Expired, Pending, Ok(()), Ok(())),
            (
                Expired,
                Verified,
                not_allowed(Expired, Verified),
                not_allowed(Expired, Verified),
            ),
            (Expired, Expired, Err(Unchanged), Err(Unchanged)),
            (Expired, Revoked, Ok(()), Ok(())),
            (Revoked, Pending, Err(Final), Err(Final)),
            (Revoked, Verified, Err(Final), Err(Final)),
            (Revoked, Expired, Err(Final), Err(Final)),
            (Revoked, Revoked, Err(Unchanged), Err(Unchanged)),
        ];
        assert_eq!(table.len(), 16);
        for (from, to, on_last_day, day_after) in table {
            assert_eq!(
                transition(from, to, valid_to, "2026-06-30"),
                on_last_day,
                "{from:?} → {to:?} on the last day"
            );
            assert_eq!(
                transition(from, to, valid_to, "2026-07-01"),
                day_after,
                "{from:?} → {to:?} the day after"
            );
        }
    }

    #[test]
    fn transitions_that_need_dates_refuse_malformed_ones() {
        use TransitionError::InvalidDate;
        assert_eq!(
            transition(Pending, Verified, "2026-02-30", "2026-01-01"),
            Err(InvalidDate)
        );
        assert_eq!(
            transition(Verified, Expired, "2026-06-30", "today"),
            Err(InvalidDate)
        );
        // Revoking and renewing do not read the dates.
        assert_eq!(transition(Verified, Revoked, "", ""), Ok(()));
        assert_eq!(transition(Expired, Pending, "", ""), Ok(()));
        assert!(!due_to_expire(Verified, "2026-13-01", "2027-01-01"));
    }

    #[test]
    fn the_expiry_job_takes_what_has_ended() {
        assert!(due_to_expire(Verified, "2026-06-30", "2026-07-01"));
        assert!(due_to_expire(Pending, "2026-06-30", "2027-01-01"));
        assert!(!due_to_expire(Verified, "2026-06-30", "2026-06-30"));
        assert!(!due_to_expire(Expired, "2026-06-30", "2026-07-01"));
        assert!(!due_to_expire(Revoked, "2026-06-30", "2026-07-01"));
    }

    #[test]
    fn bands_at_each_boundary() {
        // From a leap January: the 30 days run through 29 February.
        let today = "2024-01-31";
        let cases = [
            ("2024-01-30", -1, Some(ExpiryBand::Expired)),
            ("2024-01-31", 0, Some(ExpiryBand::Within30)),
            ("2024-03-01", 30, Some(ExpiryBand::Within30)),
            ("2024-03-02", 31, Some(ExpiryBand::Within60)),
            ("2024-03-31", 60, Some(ExpiryBand::Within60)),
            ("2024-04-01", 61, Some(ExpiryBand::Within90)),
            ("2024-04-30", 90, Some(ExpiryBand::Within90)),
            ("2024-05-01", 91, None),
        ];
        for (valid_to, days, band) in cases {
            assert_eq!(days_between(today, valid_to), Some(days), "{valid_to}");
            assert_eq!(expiry_band(Verified, valid_to, today), band, "{valid_to}");
            assert_eq!(expiry_band(Pending, valid_to, today), band, "{valid_to}");
            assert_eq!(expiry_band(Revoked, valid_to, today), None, "{valid_to}");
            assert_eq!(
                expiry_band(Expired, valid_to, today),
                Some(ExpiryBand::Expired),
                "{valid_to}"
            );
        }
        assert_eq!(expiry_band(Verified, "2024-02-30", today), None);
        assert!(ExpiryBand::Expired < ExpiryBand::Within30);
    }

    const TODAY: &str = "2026-03-10";

    fn licence<'a>(status: CredentialStatus, from: &'a str, to: &'a str) -> CredentialFacts<'a> {
        CredentialFacts {
            kind: CredentialKind::Licence,
            status,
            jurisdiction: Some("US-NY"),
            valid_from: from,
            valid_to: to,
        }
    }

    fn no_licence() -> Option<NotBookable> {
        Some(NotBookable::NoCurrentLicence {
            jurisdiction: "US-NY".into(),
        })
    }

    fn licence_pending() -> Option<NotBookable> {
        Some(NotBookable::LicencePending {
            jurisdiction: "US-NY".into(),
        })
    }

    #[test]
    fn a_current_verified_licence_for_the_jurisdiction_is_needed() {
        let problem =
            |credentials: &[CredentialFacts]| licence_problem(credentials, "US-NY", TODAY);
        assert_eq!(
            problem(&[licence(Verified, "2025-01-01", "2027-01-01")]),
            None
        );
        // Valid on its first and on its last day.
        assert_eq!(problem(&[licence(Verified, TODAY, TODAY)]), None);
        assert_eq!(problem(&[]), no_licence());
        assert_eq!(
            problem(&[licence(Verified, "2025-01-01", "2026-03-09")]),
            no_licence(),
            "ended yesterday, though the expiry job has not run"
        );
        assert_eq!(
            problem(&[licence(Verified, "2026-03-11", "2028-01-01")]),
            no_licence(),
            "starts tomorrow"
        );
        assert_eq!(
            problem(&[licence(Revoked, "2025-01-01", "2027-01-01")]),
            no_licence()
        );
        assert_eq!(
            problem(&[licence(Expired, "2025-01-01", "2027-01-01")]),
            no_licence()
        );
        let elsewhere = CredentialFacts {
            jurisdiction: Some("US-NJ"),
            ..licence(Verified, "2025-01-01", "2027-01-01")
        };
        assert_eq!(problem(&[elsewhere]), no_licence());
        let lower_case = CredentialFacts {
            jurisdiction: Some("us-ny"),
            ..licence(Verified, "2025-01-01", "2027-01-01")
        };
        assert_eq!(
            problem(&[lower_case]),
            no_licence(),
            "exactly that jurisdiction"
        );
        for kind in [
            CredentialKind::BoardCertification,
            CredentialKind::Registration,
            CredentialKind::Malpractice,
        ] {
            let other = CredentialFacts {
                kind,
                ..licence(Verified, "2025-01-01", "2027-01-01")
            };
            assert_eq!(problem(&[other]), no_licence(), "{kind:?} alone");
        }
        // One good licence among bad ones is enough.
        assert_eq!(
            problem(&[
                elsewhere,
                licence(Revoked, "2025-01-01", "2027-01-01"),
                licence(Verified, "2026-01-01", "2026-12-31"),
            ]),
            None
        );
    }

    #[test]
    fn a_pending_licence_is_named() {
        let problem =
            |credentials: &[CredentialFacts]| licence_problem(credentials, "US-NY", TODAY);
        assert_eq!(
            problem(&[licence(Pending, "2026-01-01", "2028-01-01")]),
            licence_pending()
        );
        assert_eq!(
            problem(&[licence(Pending, "2026-04-01", "2028-01-01")]),
            licence_pending(),
            "starts later"
        );
        assert_eq!(
            problem(&[licence(Pending, "2024-01-01", TODAY)]),
            licence_pending(),
            "a pending licence on its last day"
        );
        assert_eq!(
            problem(&[licence(Pending, "2024-01-01", "2026-03-09")]),
            no_licence(),
            "a pending licence that has already ended"
        );
        // A renewal being checked beside the licence that just ran out.
        assert_eq!(
            problem(&[
                licence(Verified, "2024-01-01", "2026-03-09"),
                licence(Pending, "2026-03-10", "2028-03-09"),
            ]),
            licence_pending()
        );
        let elsewhere = CredentialFacts {
            jurisdiction: Some("US-NJ"),
            ..licence(Pending, "2026-01-01", "2028-01-01")
        };
        assert_eq!(problem(&[elsewhere]), no_licence());
    }

    #[test]
    fn malformed_dates_never_make_a_licence_current() {
        let good = [licence(Verified, "2025-01-01", "2027-01-01")];
        assert_eq!(licence_problem(&good, "US-NY", "10/03/2026"), no_licence());
        assert_eq!(
            licence_problem(
                &[licence(Verified, "2025-01-01", "2027-02-30")],
                "US-NY",
                TODAY
            ),
            no_licence()
        );
        assert_eq!(
            licence_problem(
                &[licence(Verified, "2027-01-01", "2025-01-01")],
                "US-NY",
                TODAY
            ),
            no_licence(),
            "starts after it ends"
        );
        assert_eq!(
            licence_problem(
                &[licence(Pending, "2025-1-1", "2027-01-01")],
                "US-NY",
                TODAY
            ),
            no_licence()
        );
    }

    #[test]
    fn bookability_reports_the_first_problem() {
        let good = [licence(Verified, "2025-01-01", "2027-01-01")];
        let pending = [licence(Pending, "2025-01-01", "2027-01-01")];
        let book = |active, accepting, new_patient, credentials: &[CredentialFacts]| {
            bookability(active, accepting, new_patient, credentials, "US-NY", TODAY)
        };
        assert_eq!(book(true, true, true, &good), Ok(()));
        assert_eq!(book(false, true, true, &good), Err(NotBookable::Inactive));
        assert_eq!(book(false, false, true, &[]), Err(NotBookable::Inactive));
        assert_eq!(book(true, false, true, &[]), Err(no_licence().unwrap()));
        assert_eq!(
            book(true, false, true, &pending),
            Err(licence_pending().unwrap())
        );
        assert_eq!(
            book(true, false, true, &good),
            Err(NotBookable::NotAcceptingNewPatients)
        );
        assert_eq!(
            book(true, false, false, &good),
            Ok(()),
            "existing patients still can"
        );
    }

    /// The date `days` after 2000-01-01.
    fn date(days: i64) -> String {
        let start = crate::time::midnight_utc("2000-01-01").unwrap().0;
        let at = crate::time::ZonedDateTime::utc(crate::time::UtcMillis(
            start + days * crate::time::DAY_MS,
        ));
        format!("{:04}-{:02}-{:02}", at.year, at.month, at.day)
    }

    fn status() -> impl Strategy<Value = CredentialStatus> {
        (0usize..4).prop_map(|i| CredentialStatus::ALL[i])
    }

    proptest! {
        #[test]
        fn the_job_expires_exactly_what_transition_allows(
            status in status(), valid_to in 0i64..18_000, today in 0i64..18_000,
        ) {
            let (valid_to, today) = (date(valid_to), date(today));
            let due = due_to_expire(status, &valid_to, &today);
            prop_assert_eq!(due, transition(status, Expired, &valid_to, &today).is_ok());
            if due {
                prop_assert!(!due_to_expire(Expired, &valid_to, &today));
                prop_assert_eq!(expiry_band(status, &valid_to, &today), Some(ExpiryBand::Expired));
            }
        }

        #[test]
        fn a_verified_licence_counts_exactly_between_its_dates(
            from in 0i64..18_000, length in 0i64..2_000, today in 0i64..18_000,
        ) {
            let (valid_from, valid_to, today_date) = (date(from), date(from + length), date(today));
            let within = from <= today && today <= from + length;
            let facts = [licence(Verified, &valid_from, &valid_to)];
            prop_assert_eq!(licence_problem(&facts, "US-NY", &today_date).is_none(), within);
        }

        #[test]
        fn bands_follow_the_day_count(days in -200i64..200, today in 0i64..18_000) {
            let (valid_to, today) = (date(today + days), date(today));
            let band = expiry_band(Verified, &valid_to, &today);
            let expected = match days {
                ..0 => Some(ExpiryBand::Expired),
                0..=30 => Some(ExpiryBand::Within30),
                31..=60 => Some(ExpiryBand::Within60),
                61..=90 => Some(ExpiryBand::Within90),
                _ => None,
            };
            prop_assert_eq!(band, expected);
        }
    }
}
