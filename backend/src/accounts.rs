//! Accounts: creating users, signing in with throttling, and sessions.

pub mod email_change;
pub mod invitations;
pub mod password;
pub mod password_reset;
pub mod sessions;
pub mod staff_invitations;
pub mod throttle;
pub mod two_factor;

use crate::{
    actor::{Actor, Client},
    audit::{self, Entry, Outcome},
    db::{Db, DbError},
};
use domain::{
    accounts::{throttle_policy, Email, Role},
    audit::AuditAction,
    locale::Locale,
    time::UtcMillis,
};
use sqlx::Row;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum SignInError {
    /// Wrong password and unknown email alike: nothing tells which.
    #[error("the email or password is not right")]
    InvalidCredentials,
    #[error("too many attempts; try again in {retry_after_minutes} minutes")]
    Throttled { retry_after_minutes: i64 },
    #[error(transparent)]
    Database(#[from] DbError),
}

impl From<sqlx::Error> for SignInError {
    fn from(error: sqlx::Error) -> Self {
        SignInError::Database(error.into())
    }
}

/// A new session: its token goes into the cookie.
pub struct SignedIn {
    pub token: String,
    pub actor: Actor,
}

/// Where a right password leads.
pub enum SignInStep {
    SignedIn(SignedIn),
    /// The account has two-step verification: the token opens only the code step.
    SecondFactor {
        token: String,
    },
}

/// Checks the email and password and opens a session (or, with two-step verification, the code
/// step). Throttled per account and per client address; the same answer for an unknown email
/// and a wrong password, in about the same time.
pub async fn sign_in(
    db: &Db,
    email: &str,
    password: &str,
    client: Client,
    now: UtcMillis,
) -> Result<SignInStep, SignInError> {
    let email_key = Email::parse(email).map(|e| e.key()).unwrap_or_default();
    let account_key = throttle::account_key(&email_key);
    let address_key = throttle::address_key(&client.addr);

    let mut tx = db.begin_read().await?;
    let locked =
        throttle::locked_for(&mut tx, &[account_key.clone(), address_key.clone()], now).await?;
    let user = sqlx::query(
        "SELECT id, password_hash FROM users \
         WHERE email_key = $1 AND status = 'active'",
    )
    .bind(&email_key)
    .fetch_optional(&mut *tx)
    .await?;
    tx.commit().await?;

    let user_id: Option<i64> = user.as_ref().map(|u| u.try_get("id")).transpose()?;
    if let Some(remaining) = locked {
        let mut tx = db.begin_write().await?;
        audit::append(&mut tx, now, &attempt(user_id, Outcome::Denied, &client)).await?;
        tx.commit().await?;
        return Err(SignInError::Throttled {
            retry_after_minutes: throttle::minutes_left(remaining),
        });
    }

    let stored: Option<String> = user
        .as_ref()
        .map(|u| u.try_get("password_hash"))
        .transpose()?;
    let matches = password::verify(password.to_string(), stored).await;

    let mut tx = db.begin_write().await?;
    let (Some(_), Some(user_id), true) = (user, user_id, matches) else {
        throttle::record_failure(
            &mut tx,
            &account_key,
            throttle_policy::ACCOUNT_FAILURES_BEFORE_LOCK,
            now,
        )
        .await?;
        throttle::record_failure(
            &mut tx,
            &address_key,
            throttle_policy::ADDRESS_FAILURES_BEFORE_LOCK,
            now,
        )
        .await?;
        audit::append(&mut tx, now, &attempt(user_id, Outcome::Failure, &client)).await?;
        tx.commit().await?;
        return Err(SignInError::InvalidCredentials);
    };
    throttle::clear(&mut tx, &account_key).await?;
    if two_factor::is_on(&mut tx, user_id).await? {
        let (token, _) = sessions::open(
            &mut tx,
            user_id,
            sessions::Stage::SecondFactor,
            &client,
            now,
        )
        .await?;
        let entry = Entry {
            action: AuditAction::SignInPassword,
            ..attempt(Some(user_id), Outcome::Success, &client)
        };
        audit::append(&mut tx, now, &entry).await?;
        tx.commit().await?;
        return Ok(SignInStep::SecondFactor { token });
    }
    let (token, actor) =
        sessions::open(&mut tx, user_id, sessions::Stage::SignedIn, &client, now).await?;
    audit::append(
        &mut tx,
        now,
        &attempt(Some(user_id), Outcome::Success, &client),
    )
    .await?;
    tx.commit().await?;
    Ok(SignInStep::SignedIn(SignedIn { token, actor }))
}

fn attempt(user_id: Option<i64>, outcome: Outcome, client: &Client) -> Entry<'_> {
    Entry {
        actor_user_id: if outcome == Outcome::Success {
            user_id
        } else {
            None
        },
        on_behalf_of_patient_id: None,
        action: AuditAction::SignIn,
        object_type: "user",
        object_id: user_id.map(|id| id.to_string()),
        patient_id: None,
        outcome,
        client,
    }
}

/// A person to create (demo data now; invitations later).
pub struct NewUser<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub password: &'a str,
    pub preferred_locale: Option<Locale>,
    pub roles: &'a [Role],
}

#[derive(Debug, Error)]
pub enum CreateUserError {
    #[error("the email address is not valid")]
    InvalidEmail,
    #[error("an account with this email exists")]
    EmailTaken,
    #[error(transparent)]
    Database(#[from] DbError),
}

/// Creates an active user with roles; the unique email key is the last word on duplicates.
pub async fn create_user(
    db: &Db,
    user: &NewUser<'_>,
    now: UtcMillis,
) -> Result<i64, CreateUserError> {
    let hash = password::hash(user.password.to_string()).await;
    let mut tx = db.begin_write().await?;
    let id = insert_user(&mut tx, user, &hash, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

/// Inserts a user whose password is already hashed, inside the caller's transaction.
pub(crate) async fn insert_user(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    user: &NewUser<'_>,
    password_hash: &str,
    now: UtcMillis,
) -> Result<i64, CreateUserError> {
    let email = Email::parse(user.email).map_err(|_| CreateUserError::InvalidEmail)?;
    let inserted = sqlx::query(
        "INSERT INTO users (email, email_key, display_name, password_hash, preferred_locale, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(email.as_str())
    .bind(email.key())
    .bind(user.display_name)
    .bind(password_hash)
    .bind(user.preferred_locale.map(Locale::tag))
    .bind(now.0)
    .fetch_one(&mut **tx)
    .await;
    let id: i64 = match inserted {
        Ok(row) => row.try_get("id").map_err(DbError::from)?,
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            return Err(CreateUserError::EmailTaken)
        }
        Err(e) => return Err(DbError::from(e).into()),
    };
    for role in user.roles {
        sqlx::query("INSERT INTO user_roles (user_id, role) VALUES ($1, $2)")
            .bind(id)
            .bind(role.as_str())
            .execute(&mut **tx)
            .await
            .map_err(DbError::from)?;
    }
    Ok(id)
}

/// Saves the language the person reads the portal in; it then wins locale negotiation.
pub async fn set_preferred_locale(
    db: &Db,
    actor: &Actor,
    locale: Locale,
    now: UtcMillis,
) -> Result<(), DbError> {
    let mut tx = db.begin_write().await?;
    sqlx::query("UPDATE users SET preferred_locale = $1 WHERE id = $2")
        .bind(locale.tag())
        .bind(actor.user_id)
        .execute(&mut *tx)
        .await?;
    audit::append(
        &mut tx,
        now,
        &Entry::own_account(actor, AuditAction::SetPreferredLocale),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

#[derive(Debug, Error)]
pub enum ChangePasswordError {
    #[error("the current password is not right")]
    WrongCurrentPassword,
    #[error("the new password is not accepted: {0:?}")]
    Password(domain::accounts::PasswordProblem),
    #[error(transparent)]
    Database(#[from] DbError),
}

impl From<sqlx::Error> for ChangePasswordError {
    fn from(error: sqlx::Error) -> Self {
        ChangePasswordError::Database(error.into())
    }
}

/// Changes the signed-in person's password after checking the current one, and ends every other
/// session (someone who knew the old password is signed out).
pub async fn change_password(
    db: &Db,
    actor: &Actor,
    current: &str,
    new: &str,
    now: UtcMillis,
) -> Result<(), ChangePasswordError> {
    if !current_password_matches(db, actor, current).await? {
        return Err(ChangePasswordError::WrongCurrentPassword);
    }
    let mut tx = db.begin_read().await?;
    let user = sqlx::query("SELECT email, display_name FROM users WHERE id = $1")
        .bind(actor.user_id)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    let personal = vec![user.try_get("email")?, user.try_get("display_name")?];
    password::check_new(new.to_string(), personal)
        .await
        .map_err(ChangePasswordError::Password)?;
    let hash = password::hash(new.to_string()).await;
    let mut tx = db.begin_write().await?;
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(&hash)
        .bind(actor.user_id)
        .execute(&mut *tx)
        .await?;
    sessions::end_in(&mut tx, actor, &sessions::Ending::AllOthers, now).await?;
    audit::append(
        &mut tx,
        now,
        &Entry::own_account(actor, AuditAction::ChangePassword),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Whether `password` is the actor's current one: asked again before changing the email, the
/// password or two-step verification, so an unattended session cannot take the account over.
pub async fn current_password_matches(
    db: &Db,
    actor: &Actor,
    password: &str,
) -> Result<bool, DbError> {
    let mut tx = db.begin_read().await?;
    let stored: String = sqlx::query("SELECT password_hash FROM users WHERE id = $1")
        .bind(actor.user_id)
        .fetch_one(&mut *tx)
        .await?
        .try_get("password_hash")?;
    tx.commit().await?;
    Ok(password::verify(password.to_string(), Some(stored)).await)
}

/// A fresh random code in the easy-to-read form of invitation and recovery codes
/// (`ABCD-EFGH-JKMN`: about 59 bits).
pub(crate) fn readable_code() -> String {
    use rand::Rng;
    let mut rng = rand::rng();
    let alphabet = domain::accounts::invitation_code::ALPHABET;
    let raw: String = (0..domain::accounts::invitation_code::LENGTH)
        .map(|_| char::from(alphabet[rng.random_range(0..alphabet.len())]))
        .collect();
    domain::accounts::invitation_code::normalize(&raw).expect("generated from the alphabet")
}

/// What is stored of a single-use code: its SHA-256, so the table cannot be replayed.
pub(crate) fn code_hash(canonical_code: &str) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(canonical_code.as_bytes()))
}
