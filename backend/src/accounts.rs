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
/// step); the same answer for an unknown email and a wrong password, in about the same time.
///
/// The attempt is counted against the account and the client address before the password is
/// checked (see [`throttle`]). A locked account refuses even the right password. A locked address
/// only slows guessing: its wrong passwords are answered "too many attempts", but a right password
/// still signs in, so a stranger sharing a clinic's address cannot lock everyone else out.
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

    let mut tx = db.begin_write().await?;
    let user = sqlx::query(
        "SELECT id, password_hash FROM users \
         WHERE email_key = $1 AND status = 'active'",
    )
    .bind(&email_key)
    .fetch_optional(&mut *tx)
    .await?;
    let user_id: Option<i64> = user.as_ref().map(|u| u.try_get("id")).transpose()?;
    let account = throttle::count_attempt(
        &mut tx,
        &account_key,
        throttle_policy::ACCOUNT_FAILURES_BEFORE_LOCK,
        now,
    )
    .await?;
    let address = throttle::count_attempt(
        &mut tx,
        &address_key,
        throttle_policy::ADDRESS_FAILURES_BEFORE_LOCK,
        now,
    )
    .await?;
    if account.locked_now.is_some() {
        audit::append(&mut tx, now, &lock("user", user_id, &client)).await?;
    }
    if address.locked_now.is_some() {
        audit::append(&mut tx, now, &lock("client_address", None, &client)).await?;
    }
    tx.commit().await?;
    if let Some(remaining) = account.locked_for {
        return Err(SignInError::Throttled {
            retry_after_minutes: throttle::minutes_left(remaining),
        });
    }

    let stored: Option<String> = user
        .as_ref()
        .map(|u| u.try_get("password_hash"))
        .transpose()?;
    let (Some(user_id), true) = (
        user_id,
        password::verify(password.to_string(), stored).await,
    ) else {
        return Err(match address.locked_for {
            Some(remaining) => SignInError::Throttled {
                retry_after_minutes: throttle::minutes_left(remaining),
            },
            None => SignInError::InvalidCredentials,
        });
    };

    let mut tx = db.begin_write().await?;
    throttle::clear(&mut tx, &account_key).await?;
    throttle::forgive(&mut tx, &address_key).await?;
    if two_factor::is_on(&mut tx, user_id).await? {
        let (token, _) = sessions::open(
            &mut tx,
            user_id,
            sessions::Stage::SecondFactor,
            &client,
            now,
        )
        .await?;
        let entry = Entry::account(
            user_id,
            AuditAction::SignInPassword,
            Outcome::Success,
            &client,
        );
        audit::append(&mut tx, now, &entry).await?;
        tx.commit().await?;
        return Ok(SignInStep::SecondFactor { token });
    }
    let (token, actor) =
        sessions::open(&mut tx, user_id, sessions::Stage::SignedIn, &client, now).await?;
    let entry = Entry::account(user_id, AuditAction::SignIn, Outcome::Success, &client);
    audit::append(&mut tx, now, &entry).await?;
    tx.commit().await?;
    Ok(SignInStep::SignedIn(SignedIn { token, actor }))
}

/// The one audit row of a lock decision: of an account (`object_type` "user", with its id when
/// the email is an account's) or of the client address (which every row records).
fn lock<'a>(object_type: &'a str, user_id: Option<i64>, client: &'a Client) -> Entry<'a> {
    Entry {
        actor_user_id: None,
        on_behalf_of_patient_id: None,
        action: AuditAction::SignInLock,
        object_type,
        object_id: user_id.map(|id| id.to_string()),
        patient_id: None,
        outcome: Outcome::Denied,
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
    /// The current password, asked again, was wrong or is locked.
    #[error(transparent)]
    Reentry(#[from] Reentry),
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

/// Changes the signed-in person's password after checking the current one, ends every other
/// session and withdraws a change of email waiting for its link (someone who knew the old
/// password is shut out).
pub async fn change_password(
    db: &Db,
    actor: &Actor,
    current: &str,
    new: &str,
    now: UtcMillis,
) -> Result<(), ChangePasswordError> {
    confirm_current_password(db, actor, current, AuditAction::ChangePassword, now).await?;
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
    email_change::withdraw_in(&mut tx, actor.user_id).await?;
    audit::append(
        &mut tx,
        now,
        &Entry::own_account(actor, AuditAction::ChangePassword),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Why a change that asks for the current password again did not go ahead.
#[derive(Debug, Error)]
pub enum Reentry {
    #[error("the current password is not right")]
    Wrong,
    #[error("too many attempts; try again in {retry_after_minutes} minutes")]
    Throttled { retry_after_minutes: i64 },
    #[error(transparent)]
    Database(#[from] DbError),
}

impl From<sqlx::Error> for Reentry {
    fn from(error: sqlx::Error) -> Self {
        Reentry::Database(error.into())
    }
}

/// Checks the actor's current password, asked again before `action` (changing the email, the
/// password or two-step verification) so an unattended session cannot take the account over.
/// Throttled like signing in — the same per-account count, so a session cannot be used to guess
/// past a lock — and every refusal is audited as a denied `action`.
pub async fn confirm_current_password(
    db: &Db,
    actor: &Actor,
    password: &str,
    action: AuditAction,
    now: UtcMillis,
) -> Result<(), Reentry> {
    let mut tx = db.begin_write().await?;
    let user = sqlx::query("SELECT email_key, password_hash FROM users WHERE id = $1")
        .bind(actor.user_id)
        .fetch_one(&mut *tx)
        .await?;
    let account_key = throttle::account_key(&user.try_get::<String, _>("email_key")?);
    let counted = throttle::count_attempt(
        &mut tx,
        &account_key,
        throttle_policy::ACCOUNT_FAILURES_BEFORE_LOCK,
        now,
    )
    .await?;
    if let Some(remaining) = counted.locked_for {
        audit::append(&mut tx, now, &denied(actor, action)).await?;
        tx.commit().await?;
        return Err(Reentry::Throttled {
            retry_after_minutes: throttle::minutes_left(remaining),
        });
    }
    tx.commit().await?;
    let stored: String = user.try_get("password_hash")?;
    let right = password::verify(password.to_string(), Some(stored)).await;
    let mut tx = db.begin_write().await?;
    if right {
        throttle::clear(&mut tx, &account_key).await?;
    } else {
        audit::append(&mut tx, now, &denied(actor, action)).await?;
    }
    tx.commit().await?;
    if right {
        Ok(())
    } else {
        Err(Reentry::Wrong)
    }
}

fn denied(actor: &Actor, action: AuditAction) -> Entry<'_> {
    Entry::account(actor.user_id, action, Outcome::Denied, &actor.client)
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
