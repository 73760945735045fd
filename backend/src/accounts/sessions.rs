//! Sessions stored in the database, shared by every server process. The cookie holds a random
//! 256-bit token; the database holds only its SHA-256, so a copy of the database cannot be
//! replayed as cookies.

use crate::{
    actor::{Actor, Client},
    audit::{self, Entry, Outcome},
    db::{Db, DbError},
};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use domain::{
    accounts::{session_policy, Role},
    audit::AuditAction,
    locale::Locale,
    time::{UtcMillis, MINUTE_MS},
};
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::{Any, Row, Transaction};

/// Last-seen times are written at most this often, so browsing is not a stream of writes.
const TOUCH_EVERY_MS: i64 = MINUTE_MS;

/// The stored id of the session a token opens.
pub fn session_id_of(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// How far a session has got: a right password for an account with two-step verification opens
/// only a `SecondFactor` session, good for nothing but giving the code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    SecondFactor,
    /// Signed in with the password alone (an account without two-step verification, or a new
    /// account): a staff role is held back in such a session.
    SignedIn,
    /// Signed in with the password and a second factor (a code from the app or a recovery code):
    /// the only kind of session in which a staff role may be used.
    Verified,
}

impl Stage {
    fn as_str(self) -> &'static str {
        match self {
            Stage::SecondFactor => "second_factor",
            Stage::SignedIn | Stage::Verified => "signed_in",
        }
    }
}

/// A session waiting for the second step lasts this long.
const SECOND_FACTOR_MS: i64 = 10 * MINUTE_MS;

/// Starts a session for `user_id` and returns the token for the cookie with the actor it stands
/// for (a new token each time: at sign-in and whenever privileges change).
pub async fn open(
    tx: &mut Transaction<'static, Any>,
    user_id: i64,
    stage: Stage,
    client: &Client,
    now: UtcMillis,
) -> Result<(String, Actor), DbError> {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let id = session_id_of(&token);
    let verified = stage == Stage::Verified;
    let actor = load_actor(tx, user_id, &id, verified, client).await?;
    let (idle_limit, lifetime) = match stage {
        Stage::SignedIn | Stage::Verified => (actor.idle_limit_ms(), session_policy::ABSOLUTE_MS),
        Stage::SecondFactor => (SECOND_FACTOR_MS, SECOND_FACTOR_MS),
    };
    sqlx::query(
        "INSERT INTO sessions (id, user_id, created_at, last_seen_at, idle_limit_ms, expires_at, \
         user_agent, client_addr, stage, second_factor) \
         VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(&id)
    .bind(user_id)
    .bind(now.0)
    .bind(idle_limit)
    .bind(now.0 + lifetime)
    .bind(&client.user_agent)
    .bind(&client.addr)
    .bind(stage.as_str())
    .bind(i64::from(verified))
    .execute(&mut **tx)
    .await?;
    Ok((token, actor))
}

/// The actor a user is, as of now: roles, own patient record, language. A staff role is held
/// back unless the account has two-step verification **and** this session passed it (`verified`):
/// a session opened with the password alone never gains the role, even after the account turns
/// two-step verification on (demo accounts excepted).
async fn load_actor(
    tx: &mut Transaction<'static, Any>,
    user_id: i64,
    session_id: &str,
    verified: bool,
    client: &Client,
) -> Result<Actor, DbError> {
    let user = sqlx::query(
        "SELECT u.display_name, u.preferred_locale, u.two_factor_exempt, \
         (SELECT COUNT(*) FROM two_factor t WHERE t.user_id = u.id \
          AND t.confirmed_at IS NOT NULL) AS two_factor_on \
         FROM users u WHERE u.id = $1",
    )
    .bind(user_id)
    .fetch_one(&mut **tx)
    .await?;
    let held: Vec<Role> =
        sqlx::query("SELECT role FROM user_roles WHERE user_id = $1 ORDER BY role")
            .bind(user_id)
            .fetch_all(&mut **tx)
            .await?
            .iter()
            .filter_map(|row| row.try_get::<String, _>("role").ok())
            .filter_map(|role| Role::parse(&role))
            .collect();
    let patient_id = sqlx::query("SELECT id FROM patients WHERE user_id = $1")
        .bind(user_id)
        .fetch_optional(&mut **tx)
        .await?
        .map(|row| row.try_get::<i64, _>("id"))
        .transpose()?;
    let exempt = user.try_get::<i64, _>("two_factor_exempt")? == 1;
    let two_factor_on = user.try_get::<i64, _>("two_factor_on")? > 0;
    let second_factor_passed = exempt || (two_factor_on && verified);
    let two_factor_needed = !second_factor_passed && held.iter().any(|r| r.is_staff());
    let roles = held
        .into_iter()
        .filter(|role| !(two_factor_needed && role.is_staff()))
        .collect();
    let preferred_locale: Option<String> = user.try_get("preferred_locale")?;
    Ok(Actor {
        user_id,
        display_name: user.try_get("display_name")?,
        roles,
        patient_id,
        preferred_locale: preferred_locale.as_deref().and_then(Locale::parse),
        session_id: session_id.to_string(),
        client: client.clone(),
        two_factor_needed,
    })
}

/// Whether a session is open: not ended, its account active, within its lifetimes.
fn alive(row: &sqlx::any::AnyRow, now: UtcMillis) -> Result<bool, DbError> {
    let last_seen: i64 = row.try_get("last_seen_at")?;
    let idle_limit: i64 = row.try_get("idle_limit_ms")?;
    let expires_at: i64 = row.try_get("expires_at")?;
    let ended_at: Option<i64> = row.try_get("ended_at")?;
    let status: String = row.try_get("status")?;
    Ok(ended_at.is_none()
        && status == "active"
        && now.0 < expires_at
        && now.0 - last_seen <= idle_limit)
}

const SESSION_ROW: &str = "SELECT s.user_id, s.last_seen_at, s.idle_limit_ms, s.expires_at, \
     s.ended_at, s.stage, s.second_factor, u.status FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1";

/// The actor a cookie's token stands for, or `None` when the session is unknown, ended, idle too
/// long, past its twelve hours, waiting for its second step, or its account is disabled. Keeps
/// the session alive.
pub async fn resolve(
    db: &Db,
    token: &str,
    client: Client,
    now: UtcMillis,
) -> Result<Option<Actor>, DbError> {
    let id = session_id_of(token);
    let mut tx = db.begin_read().await?;
    let row = sqlx::query(SESSION_ROW)
        .bind(&id)
        .fetch_optional(&mut *tx)
        .await?;
    let Some(row) = row.filter(|row| {
        alive(row, now).unwrap_or(false)
            && row.try_get::<String, _>("stage").ok().as_deref() == Some("signed_in")
    }) else {
        tx.commit().await?;
        return Ok(None);
    };
    let user_id: i64 = row.try_get("user_id")?;
    let verified = row.try_get::<i64, _>("second_factor")? == 1;
    let actor = load_actor(&mut tx, user_id, &id, verified, &client).await?;
    tx.commit().await?;

    let last_seen: i64 = row.try_get("last_seen_at")?;
    if now.0 - last_seen >= TOUCH_EVERY_MS {
        let mut tx = db.begin_write().await?;
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id = $2 AND ended_at IS NULL")
            .bind(now.0)
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
    }
    Ok(Some(actor))
}

/// The user whose open second-step session this token is, inside the caller's transaction.
pub(crate) async fn second_factor_user(
    tx: &mut Transaction<'static, Any>,
    token: &str,
    now: UtcMillis,
) -> Result<Option<i64>, DbError> {
    let row = sqlx::query(SESSION_ROW)
        .bind(session_id_of(token))
        .fetch_optional(&mut **tx)
        .await?;
    match row {
        Some(row)
            if alive(&row, now)?
                && row.try_get::<String, _>("stage")? == Stage::SecondFactor.as_str() =>
        {
            Ok(Some(row.try_get("user_id")?))
        }
        _ => Ok(None),
    }
}

/// Ends every session of a user (their password was reset).
pub(crate) async fn end_all_of(
    tx: &mut Transaction<'static, Any>,
    user_id: i64,
    now: UtcMillis,
) -> Result<u64, DbError> {
    Ok(
        sqlx::query("UPDATE sessions SET ended_at = $1 WHERE user_id = $2 AND ended_at IS NULL")
            .bind(now.0)
            .bind(user_id)
            .execute(&mut **tx)
            .await?
            .rows_affected(),
    )
}

/// Ends one session by its token, whatever its stage (the second-step session once it has
/// served, or any session at sign-out); returns its user when a session was open.
pub(crate) async fn end_token(
    tx: &mut Transaction<'static, Any>,
    token: &str,
    now: UtcMillis,
) -> Result<Option<i64>, DbError> {
    sqlx::query(
        "UPDATE sessions SET ended_at = $1 WHERE id = $2 AND ended_at IS NULL RETURNING user_id",
    )
    .bind(now.0)
    .bind(session_id_of(token))
    .fetch_optional(&mut **tx)
    .await?
    .map(|row| row.try_get("user_id"))
    .transpose()
    .map_err(DbError::from)
}

/// Ends the session a cookie's token opens, whatever its stage: a session waiting for its second
/// step ends too, so the code step cannot be finished after signing out. Audited as the
/// account's sign-out when a session ended.
pub async fn sign_out(
    db: &Db,
    token: &str,
    client: &Client,
    now: UtcMillis,
) -> Result<(), DbError> {
    let mut tx = db.begin_write().await?;
    if let Some(user_id) = end_token(&mut tx, token, now).await? {
        let entry = Entry {
            object_type: "session",
            object_id: None,
            ..Entry::account(user_id, AuditAction::SignOut, Outcome::Success, client)
        };
        audit::append(&mut tx, now, &entry).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Marks the actor's session as active now ("Stay signed in").
pub async fn touch(db: &Db, actor: &Actor, now: UtcMillis) -> Result<(), DbError> {
    let mut tx = db.begin_write().await?;
    sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id = $2 AND ended_at IS NULL")
        .bind(now.0)
        .bind(&actor.session_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// A session as its owner sees it on `/account/security`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionInfo {
    pub id: String,
    pub created_at: UtcMillis,
    pub last_seen_at: UtcMillis,
    pub user_agent: String,
    pub client_addr: String,
    pub current: bool,
}

/// The actor's own sessions that are still open, newest activity first.
pub async fn list(db: &Db, actor: &Actor, now: UtcMillis) -> Result<Vec<SessionInfo>, DbError> {
    let mut tx = db.begin_read().await?;
    let rows = sqlx::query(
        "SELECT id, created_at, last_seen_at, user_agent, client_addr FROM sessions \
         WHERE user_id = $1 AND stage = 'signed_in' AND ended_at IS NULL AND expires_at > $2 \
         AND last_seen_at + idle_limit_ms >= $2 ORDER BY last_seen_at DESC, created_at DESC",
    )
    .bind(actor.user_id)
    .bind(now.0)
    .fetch_all(&mut *tx)
    .await?;
    tx.commit().await?;
    rows.iter()
        .map(|row| {
            let id: String = row.try_get("id")?;
            Ok(SessionInfo {
                current: id == actor.session_id,
                id,
                created_at: UtcMillis(row.try_get("created_at")?),
                last_seen_at: UtcMillis(row.try_get("last_seen_at")?),
                user_agent: row.try_get("user_agent")?,
                client_addr: row.try_get("client_addr")?,
            })
        })
        .collect()
}

/// Which of the actor's sessions to end.
#[derive(Clone, Debug)]
pub enum Ending {
    /// One session by id; only the actor's own (another id ends nothing).
    One(String),
    /// Every session but this one: "sign out everywhere else".
    AllOthers,
}

/// Ends sessions at once (a replayed cookie is refused from then on); returns how many.
pub async fn end(db: &Db, actor: &Actor, ending: Ending, now: UtcMillis) -> Result<u64, DbError> {
    let mut tx = db.begin_write().await?;
    let ended = end_in(&mut tx, actor, &ending, now).await?;
    let action = match ending {
        Ending::One(_) => AuditAction::EndSession,
        Ending::AllOthers => AuditAction::EndOtherSessions,
    };
    let entry = Entry {
        outcome: if ended > 0 {
            Outcome::Success
        } else {
            Outcome::Failure
        },
        ..Entry::by(actor, action, "session", None, None)
    };
    audit::append(&mut tx, now, &entry).await?;
    tx.commit().await?;
    Ok(ended)
}

/// Ends the chosen sessions of the actor inside the caller's transaction (which audits).
pub(crate) async fn end_in(
    tx: &mut Transaction<'static, Any>,
    actor: &Actor,
    ending: &Ending,
    now: UtcMillis,
) -> Result<u64, DbError> {
    let (condition, id) = match ending {
        Ending::One(id) => ("id = $3", id.clone()),
        Ending::AllOthers => ("id <> $3", actor.session_id.clone()),
    };
    Ok(sqlx::query(&format!(
        "UPDATE sessions SET ended_at = $1 WHERE user_id = $2 AND ended_at IS NULL AND {condition}"
    ))
    .bind(now.0)
    .bind(actor.user_id)
    .bind(&id)
    .execute(&mut **tx)
    .await?
    .rows_affected())
}
