//! Two-step verification: a code from an authenticator app (TOTP, RFC 6238) after the password,
//! or one of ten single-use recovery codes. Required before any staff role can be used (the demo
//! accounts excepted); optional for patients. Turning it on, off, or making new recovery codes
//! asks for the current password again.

use super::{
    code_hash, confirm_current_password, readable_code, sessions, throttle, Reentry, SignedIn,
};
use crate::{
    actor::{Actor, Client},
    audit::{self, Entry, Outcome},
    db::{Db, DbError},
    totp_secrets,
};
use base64::{engine::general_purpose::STANDARD, Engine};
use domain::{
    accounts::invitation_code,
    audit::AuditAction,
    time::{UtcMillis, MINUTE_MS, SECOND_MS},
};
use rand::RngCore;
use sqlx::{Any, Row, Transaction};
use thiserror::Error;
use totp_rs::{Secret, Totp};

/// How many recovery codes a person gets at a time.
pub const RECOVERY_CODES: usize = 10;
/// Wrong codes in a row before the code step pauses for the account.
const FAILURES_BEFORE_LOCK: i64 = 5;
/// How long a secret waiting for its first code is shown to the session that asked for it.
const PENDING_MS: i64 = 10 * MINUTE_MS;
/// The name authenticator apps show beside the code.
const ISSUER: &str = "Portal";

#[derive(Debug, Error)]
pub enum TwoFactorError {
    /// The current password, asked again, was wrong or is locked.
    #[error(transparent)]
    Reentry(#[from] Reentry),
    /// A wrong, reused or expired code; or a code step that is not open.
    #[error("the code is not right")]
    WrongCode,
    #[error("too many attempts; try again in {retry_after_minutes} minutes")]
    Throttled { retry_after_minutes: i64 },
    #[error("two-step verification is already on")]
    AlreadyOn,
    #[error("two-step verification is not on")]
    NotOn,
    #[error(transparent)]
    Database(#[from] DbError),
}

impl From<sqlx::Error> for TwoFactorError {
    fn from(error: sqlx::Error) -> Self {
        TwoFactorError::Database(error.into())
    }
}

/// A secret waiting for its first code, as the set-up page shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Enrollment {
    /// The secret in groups of four, for typing into an app by hand (or hearing it read out).
    pub secret: String,
    /// The QR code of the `otpauth://` address, as an SVG data URL for an `<img>`.
    pub qr_code: String,
}

/// What `/account/security` shows about two-step verification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    pub on: bool,
    /// Set up but not yet confirmed with a first code: shown only to the session that set it up
    /// (with the password), for ten minutes.
    pub pending: Option<Enrollment>,
    pub recovery_codes_left: i64,
    /// A staff role is waiting for it.
    pub needed: bool,
}

fn secret_key(user_id: i64) -> String {
    format!("second_factor:{user_id}")
}

fn totp(secret: &str, account: &str) -> Option<Totp> {
    let secret = Secret::try_from_base32(secret).ok()?;
    totp_rs::Builder::new()
        .with_secret(secret)
        .with_account_name(account.replace(':', " "))
        .with_issuer(Some(ISSUER))
        .build()
        .ok()
}

fn grouped(secret: &str) -> String {
    secret
        .as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the set-up page shows for a stored secret. A stored secret is always 160 bits and the
/// address short, so neither the TOTP nor the QR code can be refused.
fn enrollment(secret: &str, account: &str) -> Enrollment {
    let uri = totp(secret, account)
        .and_then(|t| t.to_url().ok())
        .expect("a stored 160-bit secret makes an otpauth address");
    let svg = qrcode::QrCode::new(uri.as_bytes())
        .expect("an otpauth address fits in a QR code")
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .build();
    Enrollment {
        secret: grouped(secret),
        qr_code: format!("data:image/svg+xml;base64,{}", STANDARD.encode(svg)),
    }
}

/// Whether the user has confirmed two-step verification.
pub(crate) async fn is_on(
    tx: &mut Transaction<'static, Any>,
    user_id: i64,
) -> Result<bool, DbError> {
    Ok(
        sqlx::query("SELECT 1 FROM two_factor WHERE user_id = $1 AND confirmed_at IS NOT NULL")
            .bind(user_id)
            .fetch_optional(&mut **tx)
            .await?
            .is_some(),
    )
}

/// Marks a demo account as not needing two-step verification (SPEC §5: off in demo mode only).
pub(crate) async fn exempt_demo_account(
    tx: &mut Transaction<'static, Any>,
    user_id: i64,
) -> Result<(), DbError> {
    sqlx::query("UPDATE users SET two_factor_exempt = 1 WHERE id = $1")
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

async fn email_of(tx: &mut Transaction<'static, Any>, user_id: i64) -> Result<String, DbError> {
    Ok(sqlx::query("SELECT email FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(&mut **tx)
        .await?
        .try_get("email")?)
}

/// The actor's own two-step verification state.
pub async fn status(db: &Db, actor: &Actor, now: UtcMillis) -> Result<Status, DbError> {
    let mut tx = db.begin_read().await?;
    let row = sqlx::query(
        "SELECT secret, confirmed_at, created_at, pending_session FROM two_factor \
         WHERE user_id = $1",
    )
    .bind(actor.user_id)
    .fetch_optional(&mut *tx)
    .await?;
    let left: i64 = sqlx::query(
        "SELECT COUNT(*) AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
    )
    .bind(actor.user_id)
    .fetch_one(&mut *tx)
    .await?
    .try_get("n")?;
    let email = email_of(&mut tx, actor.user_id).await?;
    tx.commit().await?;
    let (on, pending) = match row {
        Some(row) if row.try_get::<Option<i64>, _>("confirmed_at")?.is_some() => (true, None),
        Some(row) if pending_for(&row, actor, now)? => (
            false,
            Some(enrollment(
                &totp_secrets::open(actor.user_id, &row.try_get::<String, _>("secret")?)?,
                &email,
            )),
        ),
        _ => (false, None),
    };
    Ok(Status {
        on,
        pending,
        recovery_codes_left: if on { left } else { 0 },
        needed: actor.two_factor_needed,
    })
}

/// Whether an unconfirmed secret's row is the actor's session's own, recent set-up.
fn pending_for(row: &sqlx::any::AnyRow, actor: &Actor, now: UtcMillis) -> Result<bool, DbError> {
    let session: Option<String> = row.try_get("pending_session")?;
    let created_at: i64 = row.try_get("created_at")?;
    Ok(session.as_deref() == Some(actor.session_id.as_str()) && now.0 - created_at < PENDING_MS)
}

/// Starts setting up: a fresh secret, shown to this session until a first code confirms it.
pub async fn begin(
    db: &Db,
    actor: &Actor,
    current_password: &str,
    now: UtcMillis,
) -> Result<Enrollment, TwoFactorError> {
    confirm_current_password(
        db,
        actor,
        current_password,
        AuditAction::TwoFactorBegin,
        now,
    )
    .await?;
    let mut bytes = [0u8; 20];
    rand::rng().fill_bytes(&mut bytes);
    let secret = Secret::from(bytes).to_base32();
    let mut tx = db.begin_write().await?;
    if is_on(&mut tx, actor.user_id).await? {
        return Err(TwoFactorError::AlreadyOn);
    }
    sqlx::query(
        "INSERT INTO two_factor (user_id, secret, created_at, pending_session) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (user_id) DO UPDATE \
         SET secret = $2, created_at = $3, pending_session = $4, last_step = NULL",
    )
    .bind(actor.user_id)
    .bind(totp_secrets::seal(actor.user_id, &secret)?)
    .bind(now.0)
    .bind(&actor.session_id)
    .execute(&mut *tx)
    .await?;
    let email = email_of(&mut tx, actor.user_id).await?;
    audit::append(
        &mut tx,
        now,
        &Entry::own_account(actor, AuditAction::TwoFactorBegin),
    )
    .await?;
    tx.commit().await?;
    Ok(enrollment(&secret, &email))
}

/// Confirms set-up with a first code, in the session that began it: two-step verification is
/// on, ten recovery codes are made (returned once), every session of the account ends, and this
/// one is replaced by a new one that passed the second factor (a staff role may now be used).
pub async fn confirm(
    db: &Db,
    actor: &Actor,
    code: &str,
    now: UtcMillis,
) -> Result<(SignedIn, Vec<String>), TwoFactorError> {
    let mut tx = db.begin_write().await?;
    let row = sqlx::query(
        "SELECT secret, created_at, pending_session FROM two_factor \
         WHERE user_id = $1 AND confirmed_at IS NULL",
    )
    .bind(actor.user_id)
    .fetch_optional(&mut *tx)
    .await?;
    let row = match row {
        Some(row) if pending_for(&row, actor, now)? => row,
        _ => return Err(TwoFactorError::NotOn),
    };
    let mut tx = count_code(tx, actor.user_id, now).await?;
    let secret = totp_secrets::open(actor.user_id, &row.try_get::<String, _>("secret")?)?;
    let Some(step) = totp(&secret, "").and_then(|t| t.check(code.trim(), seconds(now)?)) else {
        return fail(
            tx,
            actor.user_id,
            AuditAction::TwoFactorConfirm,
            &actor.client,
            now,
        )
        .await;
    };
    sqlx::query(
        "UPDATE two_factor SET confirmed_at = $1, last_step = $2, pending_session = NULL \
         WHERE user_id = $3",
    )
    .bind(now.0)
    .bind(step as i64)
    .bind(actor.user_id)
    .execute(&mut *tx)
    .await?;
    let codes = replace_recovery_codes(&mut tx, actor.user_id, now).await?;
    sessions::end_all_of(&mut tx, actor.user_id, now).await?;
    let (token, new_actor) = sessions::open(
        &mut tx,
        actor.user_id,
        sessions::Stage::Verified,
        &actor.client,
        now,
    )
    .await?;
    throttle::clear(&mut tx, &secret_key(actor.user_id)).await?;
    audit::append(
        &mut tx,
        now,
        &Entry::own_account(actor, AuditAction::TwoFactorOn),
    )
    .await?;
    tx.commit().await?;
    Ok((
        SignedIn {
            token,
            actor: new_actor,
        },
        codes,
    ))
}

/// Turns two-step verification off (a staff role is then held back again) and ends every other
/// session of the account.
pub async fn turn_off(
    db: &Db,
    actor: &Actor,
    current_password: &str,
    now: UtcMillis,
) -> Result<(), TwoFactorError> {
    confirm_current_password(db, actor, current_password, AuditAction::TwoFactorOff, now).await?;
    let mut tx = db.begin_write().await?;
    let removed = sqlx::query("DELETE FROM two_factor WHERE user_id = $1")
        .bind(actor.user_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if removed == 0 {
        return Err(TwoFactorError::NotOn);
    }
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
        .bind(actor.user_id)
        .execute(&mut *tx)
        .await?;
    sessions::end_in(&mut tx, actor, &sessions::Ending::AllOthers, now).await?;
    audit::append(
        &mut tx,
        now,
        &Entry::own_account(actor, AuditAction::TwoFactorOff),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Replaces the recovery codes with ten new ones (the old ones stop working), returned once.
pub async fn new_recovery_codes(
    db: &Db,
    actor: &Actor,
    current_password: &str,
    now: UtcMillis,
) -> Result<Vec<String>, TwoFactorError> {
    confirm_current_password(
        db,
        actor,
        current_password,
        AuditAction::RecoveryCodesNew,
        now,
    )
    .await?;
    let mut tx = db.begin_write().await?;
    if !is_on(&mut tx, actor.user_id).await? {
        return Err(TwoFactorError::NotOn);
    }
    let codes = replace_recovery_codes(&mut tx, actor.user_id, now).await?;
    audit::append(
        &mut tx,
        now,
        &Entry::own_account(actor, AuditAction::RecoveryCodesNew),
    )
    .await?;
    tx.commit().await?;
    Ok(codes)
}

/// The second step of signing in: a code from the app (each works once) or an unused recovery
/// code. Ends the waiting session and opens a signed-in one.
pub async fn complete_sign_in(
    db: &Db,
    pending_token: &str,
    code: &str,
    client: Client,
    now: UtcMillis,
) -> Result<SignedIn, TwoFactorError> {
    let mut tx = db.begin_write().await?;
    let Some(user_id) = sessions::second_factor_user(&mut tx, pending_token, now).await? else {
        return Err(TwoFactorError::WrongCode);
    };
    let mut tx = count_code(tx, user_id, now).await?;
    if !(app_code_accepted(&mut tx, user_id, code, now).await?
        || recovery_code_accepted(&mut tx, user_id, code, now).await?)
    {
        return fail(tx, user_id, AuditAction::SignInSecondFactor, &client, now).await;
    }
    throttle::clear(&mut tx, &secret_key(user_id)).await?;
    sessions::end_token(&mut tx, pending_token, now).await?;
    let (token, actor) =
        sessions::open(&mut tx, user_id, sessions::Stage::Verified, &client, now).await?;
    let entry = Entry::account(user_id, AuditAction::SignIn, Outcome::Success, &client);
    audit::append(&mut tx, now, &entry).await?;
    tx.commit().await?;
    Ok(SignedIn { token, actor })
}

/// Whole seconds since the epoch, as TOTP counts them; `None` before 1970, when no code is
/// right.
fn seconds(now: UtcMillis) -> Option<u64> {
    u64::try_from(now.0.div_euclid(SECOND_MS)).ok()
}

/// Counts a code attempt before the code is checked (the count's row is held until the
/// transaction ends, so parallel attempts queue); refuses, with the count kept, while the code
/// step is paused.
async fn count_code(
    mut tx: Transaction<'static, Any>,
    user_id: i64,
    now: UtcMillis,
) -> Result<Transaction<'static, Any>, TwoFactorError> {
    let counted =
        throttle::count_attempt(&mut tx, &secret_key(user_id), FAILURES_BEFORE_LOCK, now).await?;
    match counted.locked_for {
        Some(remaining) => {
            tx.commit().await?;
            Err(TwoFactorError::Throttled {
                retry_after_minutes: throttle::minutes_left(remaining),
            })
        }
        None => Ok(tx),
    }
}

/// Audits a wrong code (already counted) and answers "wrong code".
async fn fail<T>(
    mut tx: Transaction<'static, Any>,
    user_id: i64,
    action: AuditAction,
    client: &Client,
    now: UtcMillis,
) -> Result<T, TwoFactorError> {
    let entry = Entry::account(user_id, action, Outcome::Failure, client);
    audit::append(&mut tx, now, &entry).await?;
    tx.commit().await?;
    Err(TwoFactorError::WrongCode)
}

/// A current app code not used before (a code seen once is refused for the rest of its window).
async fn app_code_accepted(
    tx: &mut Transaction<'static, Any>,
    user_id: i64,
    code: &str,
    now: UtcMillis,
) -> Result<bool, DbError> {
    let row = sqlx::query(
        "SELECT secret, last_step FROM two_factor WHERE user_id = $1 AND confirmed_at IS NOT NULL",
    )
    .bind(user_id)
    .fetch_optional(&mut **tx)
    .await?;
    let Some(row) = row else { return Ok(false) };
    let secret = totp_secrets::open(user_id, &row.try_get::<String, _>("secret")?)?;
    let Some(step) = totp(&secret, "").and_then(|t| t.check(code.trim(), seconds(now)?)) else {
        return Ok(false);
    };
    let step = step as i64;
    Ok(sqlx::query(
        "UPDATE two_factor SET last_step = $1 WHERE user_id = $2 \
         AND (last_step IS NULL OR last_step < $1)",
    )
    .bind(step)
    .bind(user_id)
    .execute(&mut **tx)
    .await?
    .rows_affected()
        == 1)
}

/// An unused recovery code, used up by this.
async fn recovery_code_accepted(
    tx: &mut Transaction<'static, Any>,
    user_id: i64,
    code: &str,
    now: UtcMillis,
) -> Result<bool, DbError> {
    let Some(canonical) = invitation_code::normalize(code) else {
        return Ok(false);
    };
    Ok(sqlx::query(
        "UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 \
         AND used_at IS NULL",
    )
    .bind(now.0)
    .bind(user_id)
    .bind(code_hash(&canonical))
    .execute(&mut **tx)
    .await?
    .rows_affected()
        == 1)
}

/// Ten distinct random codes in the invitation codes' easy-to-read form.
fn fresh_recovery_codes() -> Vec<String> {
    let mut codes = Vec::with_capacity(RECOVERY_CODES);
    while codes.len() < RECOVERY_CODES {
        let code = readable_code();
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    codes
}

/// Replaces the user's recovery codes with fresh ones; only their hashes are kept.
async fn replace_recovery_codes(
    tx: &mut Transaction<'static, Any>,
    user_id: i64,
    now: UtcMillis,
) -> Result<Vec<String>, DbError> {
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    let codes = fresh_recovery_codes();
    for code in &codes {
        sqlx::query(
            "INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES ($1, $2, $3)",
        )
        .bind(user_id)
        .bind(code_hash(code))
        .bind(now.0)
        .execute(&mut **tx)
        .await?;
    }
    Ok(codes)
}
