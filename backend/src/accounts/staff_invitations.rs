//! Staff accounts by invitation: a system administrator names the person and their roles and
//! hands them a single-use code; they choose an email and a password at `/sign-up/staff`. Their
//! roles wait for two-step verification like every staff role.

use super::{
    code_hash, insert_user,
    invitations::{SignUpError, VALID_FOR_MS},
    password, readable_code, sessions, throttle, NewUser, SignedIn,
};
use crate::{
    actor::{Actor, Client},
    audit::{self, Entry, Outcome},
    db::{Db, DbError},
};
use domain::{
    accounts::{invitation_code, Role},
    audit::AuditAction,
    time::UtcMillis,
};
use sqlx::Row;
use thiserror::Error;

/// Wrong codes from one address before staff sign-up pauses there.
const FAILURES_BEFORE_LOCK: i64 = 10;

#[derive(Debug, Error)]
pub enum StaffInvitationError {
    /// Not a system administrator: the same answer as for anything that does not exist.
    #[error("not found")]
    NotFound,
    #[error("a name of 1 to 200 characters is needed")]
    InvalidName,
    /// No roles, or a role that is not a staff role.
    #[error("choose at least one staff role")]
    InvalidRoles,
    #[error(transparent)]
    Database(#[from] DbError),
}

impl From<sqlx::Error> for StaffInvitationError {
    fn from(error: sqlx::Error) -> Self {
        StaffInvitationError::Database(error.into())
    }
}

/// A code to hand to the new staff member; shown once, never stored in the clear.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IssuedStaffInvitation {
    pub code: String,
    pub expires_at: UtcMillis,
}

/// Issues a staff invitation (system administrators only).
pub async fn issue(
    db: &Db,
    actor: &Actor,
    display_name: &str,
    roles: &[Role],
    now: UtcMillis,
) -> Result<IssuedStaffInvitation, StaffInvitationError> {
    if !actor.has_role(Role::SystemAdmin) {
        return Err(StaffInvitationError::NotFound);
    }
    let display_name = display_name.trim();
    if display_name.is_empty() || display_name.chars().count() > 200 {
        return Err(StaffInvitationError::InvalidName);
    }
    if roles.is_empty() || roles.iter().any(|role| !role.is_staff()) {
        return Err(StaffInvitationError::InvalidRoles);
    }
    let code = readable_code();
    let expires_at = UtcMillis(now.0 + VALID_FOR_MS);
    let mut tx = db.begin_write().await?;
    let id: i64 = sqlx::query(
        "INSERT INTO staff_invitations (code_hash, display_name, created_by, created_at, \
         expires_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(code_hash(&code))
    .bind(display_name)
    .bind(actor.user_id)
    .bind(now.0)
    .bind(expires_at.0)
    .fetch_one(&mut *tx)
    .await?
    .try_get("id")?;
    for role in roles {
        sqlx::query("INSERT INTO staff_invitation_roles (invitation_id, role) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(id)
            .bind(role.as_str())
            .execute(&mut *tx)
            .await?;
    }
    let entry = Entry::by(
        actor,
        AuditAction::IssueStaffInvitation,
        "staff_invitation",
        Some(id.to_string()),
        None,
    );
    audit::append(&mut tx, now, &entry).await?;
    tx.commit().await?;
    Ok(IssuedStaffInvitation { code, expires_at })
}

/// What a new staff member types at `/sign-up/staff`.
pub struct StaffSignUp<'a> {
    pub code: &'a str,
    pub email: &'a str,
    pub password: &'a str,
}

/// Creates the staff account from a valid code with the invitation's name and roles, uses up the
/// code, and signs them in — all or nothing.
pub async fn sign_up(
    db: &Db,
    form: &StaffSignUp<'_>,
    client: Client,
    now: UtcMillis,
) -> Result<SignedIn, SignUpError> {
    let throttle_key = format!("staff-sign-up:{}", client.addr);
    let locked = throttle::count_alone(db, &throttle_key, FAILURES_BEFORE_LOCK, now).await?;
    let mut tx = db.begin_read().await?;
    let code = invitation_code::normalize(form.code).unwrap_or_default();
    let invitation = sqlx::query(
        "SELECT id, display_name FROM staff_invitations \
         WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2",
    )
    .bind(code_hash(&code))
    .bind(now.0)
    .fetch_optional(&mut *tx)
    .await?;
    tx.commit().await?;
    if let Some(remaining) = locked {
        return Err(SignUpError::Throttled {
            retry_after_minutes: throttle::minutes_left(remaining),
        });
    }
    let Some(invitation) = invitation else {
        return Err(SignUpError::InvalidInvitation);
    };
    throttle::forgive_alone(db, &throttle_key).await?;
    let invitation_id: i64 = invitation.try_get("id")?;
    let display_name: String = invitation.try_get("display_name")?;

    let personal = vec![form.email.to_string(), display_name.clone()];
    password::check_new(form.password.to_string(), personal)
        .await
        .map_err(SignUpError::Password)?;
    let hash = password::hash(form.password.to_string()).await;

    let mut tx = db.begin_write().await?;
    let roles: Vec<Role> =
        sqlx::query("SELECT role FROM staff_invitation_roles WHERE invitation_id = $1")
            .bind(invitation_id)
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .filter_map(|row| row.try_get::<String, _>("role").ok())
            .filter_map(|role| Role::parse(&role))
            .collect();
    let user_id = insert_user(
        &mut tx,
        &NewUser {
            email: form.email,
            display_name: &display_name,
            password: form.password,
            preferred_locale: None,
            roles: &roles,
        },
        &hash,
        now,
    )
    .await?;
    let used = sqlx::query(
        "UPDATE staff_invitations SET used_at = $1, used_by = $2 WHERE id = $3 AND used_at IS NULL",
    )
    .bind(now.0)
    .bind(user_id)
    .bind(invitation_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if used != 1 {
        // Someone used the same code a moment ago: nothing of this attempt is kept.
        return Err(SignUpError::InvalidInvitation);
    }
    let (token, actor) =
        sessions::open(&mut tx, user_id, sessions::Stage::SignedIn, &client, now).await?;
    let entry = Entry::account(user_id, AuditAction::StaffSignUp, Outcome::Success, &client);
    audit::append(&mut tx, now, &entry).await?;
    tx.commit().await?;
    Ok(SignedIn { actor, token })
}
