//! Joining by invitation: front desk finds the patient and gives them a single-use code; the
//! patient signs up with it and their date of birth, choosing an email and a password.

use super::{
    code_hash, insert_user, password, readable_code, sessions, throttle, CreateUserError, NewUser,
    SignedIn,
};
use crate::{
    actor::{Actor, Client},
    audit::{self, Entry, Outcome},
    db::{Db, DbError},
};
use domain::{
    accounts::{invitation_code, PasswordProblem, Role},
    audit::AuditAction,
    time::{UtcMillis, WEEK_MS},
};
use sqlx::{Any, Row, Transaction};
use thiserror::Error;

/// How long a code works.
pub const VALID_FOR_MS: i64 = WEEK_MS;
/// Wrong codes from one address before sign-up pauses there.
const FAILURES_BEFORE_LOCK: i64 = 10;

#[derive(Debug, Error)]
pub enum InvitationError {
    /// Not front desk or an administrator, or no such patient: the same answer.
    #[error("not found")]
    NotFound,
    #[error("this patient already has an account")]
    AlreadyHasAccount,
    #[error(transparent)]
    Database(#[from] DbError),
}

impl From<sqlx::Error> for InvitationError {
    fn from(error: sqlx::Error) -> Self {
        InvitationError::Database(error.into())
    }
}

/// System administrators, and front desk assigned to a location (a patient found may be new to
/// every location, so looking up is not limited to a location's patients; what front desk then
/// books or reads is).
async fn may_invite(tx: &mut Transaction<'static, Any>, actor: &Actor) -> Result<bool, DbError> {
    Ok(actor.has_role(Role::SystemAdmin)
        || crate::staff_locations::reach_in(tx, actor)
            .await?
            .anywhere())
}

/// A patient record as front desk sees it when looking someone up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PatientMatch {
    pub patient_id: i64,
    pub given_name: String,
    pub family_name: String,
    pub date_of_birth: String,
    pub has_account: bool,
}

/// Patients with this family name (any letter case) and date of birth. Each one shown is a read
/// of their record, audited, so it appears on their "who viewed my record" page.
pub async fn find_patients(
    db: &Db,
    actor: &Actor,
    family_name: &str,
    date_of_birth: &str,
    now: UtcMillis,
) -> Result<Vec<PatientMatch>, InvitationError> {
    let mut tx = db.begin_read().await?;
    if !may_invite(&mut tx, actor).await? {
        return Err(InvitationError::NotFound);
    }
    if family_name.trim().is_empty() || date_of_birth.trim().is_empty() {
        tx.commit().await?;
        return Ok(Vec::new());
    }
    let rows = sqlx::query(
        "SELECT id, given_name, family_name, date_of_birth, user_id FROM patients \
         WHERE lower(family_name) = lower($1) AND date_of_birth = $2 ORDER BY given_name, id",
    )
    .bind(family_name.trim())
    .bind(date_of_birth.trim())
    .fetch_all(&mut *tx)
    .await?;
    tx.commit().await?;
    let matches = rows
        .iter()
        .map(|row| {
            Ok(PatientMatch {
                patient_id: row.try_get("id")?,
                given_name: row.try_get("given_name")?,
                family_name: row.try_get("family_name")?,
                date_of_birth: row.try_get("date_of_birth")?,
                has_account: row.try_get::<Option<i64>, _>("user_id")?.is_some(),
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    // Each record shown is a read of health data: audited (committed) before it is returned.
    let entries: Vec<Entry> = matches
        .iter()
        .map(|found| {
            let id = found.patient_id;
            Entry::by(
                actor,
                AuditAction::ViewPatientSummary,
                "patient",
                Some(id.to_string()),
                Some(id),
            )
        })
        .collect();
    audit::record_reads(db, &entries, now).await?;
    Ok(matches)
}

/// A code to hand to the patient; shown once, never stored in the clear.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IssuedInvitation {
    pub code: String,
    pub expires_at: UtcMillis,
    pub patient_name: String,
}

/// Issues a new code for a patient without an account; any earlier unused code stops working.
pub async fn issue(
    db: &Db,
    actor: &Actor,
    patient_id: i64,
    now: UtcMillis,
) -> Result<IssuedInvitation, InvitationError> {
    let code = readable_code();
    let mut tx = db.begin_write().await?;
    if !may_invite(&mut tx, actor).await? {
        return Err(InvitationError::NotFound);
    }
    let patient =
        sqlx::query("SELECT given_name, family_name, user_id FROM patients WHERE id = $1")
            .bind(patient_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(InvitationError::NotFound)?;
    if patient.try_get::<Option<i64>, _>("user_id")?.is_some() {
        return Err(InvitationError::AlreadyHasAccount);
    }
    sqlx::query(
        "UPDATE invitations SET expires_at = CASE WHEN $1 > created_at THEN $1 ELSE created_at + 1 END \
         WHERE patient_id = $2 AND used_at IS NULL AND expires_at > $1",
    )
    .bind(now.0)
    .bind(patient_id)
    .execute(&mut *tx)
    .await?;
    let expires_at = UtcMillis(now.0 + VALID_FOR_MS);
    sqlx::query(
        "INSERT INTO invitations (code_hash, patient_id, created_by, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(code_hash(&code))
    .bind(patient_id)
    .bind(actor.user_id)
    .bind(now.0)
    .bind(expires_at.0)
    .execute(&mut *tx)
    .await?;
    let id = Some(patient_id.to_string());
    let entry = Entry::by(
        actor,
        AuditAction::IssueInvitation,
        "patient",
        id,
        Some(patient_id),
    );
    audit::append(&mut tx, now, &entry).await?;
    tx.commit().await?;
    Ok(IssuedInvitation {
        code,
        expires_at,
        patient_name: format!(
            "{} {}",
            patient.try_get::<String, _>("given_name")?,
            patient.try_get::<String, _>("family_name")?
        ),
    })
}

/// What a patient types at `/sign-up`.
pub struct SignUp<'a> {
    pub code: &'a str,
    /// ISO 8601 date.
    pub date_of_birth: &'a str,
    pub email: &'a str,
    pub password: &'a str,
}

#[derive(Debug, Error)]
pub enum SignUpError {
    /// Unknown, used or expired code, or a date of birth that does not match: one answer.
    #[error("the invitation code or date of birth is not right")]
    InvalidInvitation,
    #[error("the password is not accepted: {0:?}")]
    Password(PasswordProblem),
    #[error("the email address is not valid")]
    InvalidEmail,
    #[error("an account with this email exists")]
    EmailTaken,
    #[error("too many attempts; try again in {retry_after_minutes} minutes")]
    Throttled { retry_after_minutes: i64 },
    #[error(transparent)]
    Database(#[from] DbError),
}

impl From<sqlx::Error> for SignUpError {
    fn from(error: sqlx::Error) -> Self {
        SignUpError::Database(error.into())
    }
}

impl From<CreateUserError> for SignUpError {
    fn from(error: CreateUserError) -> Self {
        match error {
            CreateUserError::InvalidEmail => SignUpError::InvalidEmail,
            CreateUserError::EmailTaken => SignUpError::EmailTaken,
            CreateUserError::Database(e) => SignUpError::Database(e),
        }
    }
}

/// Creates the patient's account from a valid code and matching date of birth, links it to their
/// record, uses up the code, and signs them in — all or nothing.
pub async fn sign_up(
    db: &Db,
    form: &SignUp<'_>,
    client: Client,
    now: UtcMillis,
) -> Result<SignedIn, SignUpError> {
    let throttle_key = format!("sign-up:{}", client.addr);
    let locked = throttle::count_alone(db, &throttle_key, FAILURES_BEFORE_LOCK, now).await?;
    if let Some(remaining) = locked {
        return Err(SignUpError::Throttled {
            retry_after_minutes: throttle::minutes_left(remaining),
        });
    }

    let code = invitation_code::normalize(form.code).unwrap_or_default();
    let mut tx = db.begin_read().await?;
    let invitation = sqlx::query(
        "SELECT i.id, i.patient_id, p.given_name, p.family_name, p.date_of_birth FROM invitations i \
         JOIN patients p ON p.id = i.patient_id \
         WHERE i.code_hash = $1 AND i.used_at IS NULL AND i.expires_at > $2 AND p.user_id IS NULL",
    )
    .bind(code_hash(&code))
    .bind(now.0)
    .fetch_optional(&mut *tx)
    .await?;
    tx.commit().await?;
    let invitation = match invitation {
        Some(row) if row.try_get::<String, _>("date_of_birth")? == form.date_of_birth.trim() => row,
        _ => return Err(SignUpError::InvalidInvitation),
    };
    throttle::forgive_alone(db, &throttle_key).await?;
    let invitation_id: i64 = invitation.try_get("id")?;
    let patient_id: i64 = invitation.try_get("patient_id")?;
    let given_name: String = invitation.try_get("given_name")?;
    let family_name: String = invitation.try_get("family_name")?;

    let personal = vec![
        form.email.to_string(),
        given_name.clone(),
        family_name.clone(),
    ];
    password::check_new(form.password.to_string(), personal)
        .await
        .map_err(SignUpError::Password)?;
    let hash = password::hash(form.password.to_string()).await;

    let mut tx = db.begin_write().await?;
    let display_name = format!("{given_name} {family_name}");
    let user_id = insert_user(
        &mut tx,
        &NewUser {
            email: form.email,
            display_name: &display_name,
            password: form.password,
            preferred_locale: None,
            roles: &[Role::Patient],
        },
        &hash,
        now,
    )
    .await?;
    let used = sqlx::query(
        "UPDATE invitations SET used_at = $1, used_by = $2 WHERE id = $3 AND used_at IS NULL",
    )
    .bind(now.0)
    .bind(user_id)
    .bind(invitation_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    let linked = sqlx::query("UPDATE patients SET user_id = $1 WHERE id = $2 AND user_id IS NULL")
        .bind(user_id)
        .bind(patient_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if used != 1 || linked != 1 {
        // Someone used the same code a moment ago: nothing of this attempt is kept.
        return Err(SignUpError::InvalidInvitation);
    }
    let (token, actor) =
        sessions::open(&mut tx, user_id, sessions::Stage::SignedIn, &client, now).await?;
    let entry = Entry {
        patient_id: Some(patient_id),
        ..Entry::account(user_id, AuditAction::SignUp, Outcome::Success, &client)
    };
    audit::append(&mut tx, now, &entry).await?;
    tx.commit().await?;
    Ok(SignedIn { actor, token })
}
