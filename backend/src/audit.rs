//! The audit trail: who did what to whose data, when and from where — every change and every
//! read of health data, written in the same transaction as the work it records. Rows are
//! append-only (database triggers) and hash-chained, so an edited or removed row is detected.
//! The chain is keyed: each row's hash is an HMAC-SHA-256 under the audit key, which lives outside
//! the database ([`crate::keys`]), so whoever holds only the database cannot recompute it. Rows
//! written before the chain was keyed keep their plain SHA-256 and still verify.

mod read_batch;
mod refusals;

pub use read_batch::record_reads;
pub(crate) use read_batch::ReadBatch;
pub use refusals::Refusal;
pub(crate) use refusals::{audited, Refuses};

use crate::{
    actor::{Actor, Client},
    db::{Db, DbError},
    keys::{self, SecretKey},
};
use domain::{accounts::Role, audit::AuditAction, time::UtcMillis};
use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};
use sqlx::{any::AnyRow, Any, Row, Transaction};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Success,
    Denied,
    Failure,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::Denied => "denied",
            Outcome::Failure => "failure",
        }
    }
}

/// One thing that happened.
#[derive(Clone, Debug)]
pub struct Entry<'a> {
    pub actor_user_id: Option<i64>,
    pub on_behalf_of_patient_id: Option<i64>,
    pub action: AuditAction,
    pub object_type: &'a str,
    pub object_id: Option<String>,
    /// Whose health data this is, for "who viewed my record".
    pub patient_id: Option<i64>,
    pub outcome: Outcome,
    pub client: &'a Client,
}

impl<'a> Entry<'a> {
    /// Something done to an account by its holder: `user_id` is both who and what.
    pub fn account(
        user_id: i64,
        action: AuditAction,
        outcome: Outcome,
        client: &'a Client,
    ) -> Entry<'a> {
        Entry {
            actor_user_id: Some(user_id),
            on_behalf_of_patient_id: None,
            action,
            object_type: "user",
            object_id: Some(user_id.to_string()),
            patient_id: None,
            outcome,
            client,
        }
    }

    /// A signed-in person's successful change to their own account.
    pub fn own_account(actor: &'a Actor, action: AuditAction) -> Entry<'a> {
        Entry::account(actor.user_id, action, Outcome::Success, &actor.client)
    }

    /// A successful action by a signed-in person, acting for themselves.
    pub fn by(
        actor: &'a Actor,
        action: AuditAction,
        object_type: &'a str,
        object_id: Option<String>,
        patient_id: Option<i64>,
    ) -> Entry<'a> {
        Entry {
            actor_user_id: Some(actor.user_id),
            on_behalf_of_patient_id: None,
            action,
            object_type,
            object_id,
            patient_id,
            outcome: Outcome::Success,
            client: &actor.client,
        }
    }
}

/// The fields a row's hash covers: written by [`append`], recomputed by [`verify`] from the
/// stored text.
struct Chained<'a> {
    prev_hash: &'a str,
    seq: i64,
    at: i64,
    actor_user_id: Option<i64>,
    on_behalf_of_patient_id: Option<i64>,
    action: &'a str,
    object_type: &'a str,
    object_id: Option<&'a str>,
    patient_id: Option<i64>,
    outcome: &'a str,
    client_addr: &'a str,
    user_agent: &'a str,
}

/// `audit_log.scheme` of a row hashed with the audit key: every row written now.
const KEYED: &str = "hmac-sha256";
/// `audit_log.scheme` of a row written before the chain was keyed: verified, never written.
const PLAIN: &str = "sha256";

impl Chained<'_> {
    /// The row's fields in a fixed, unambiguous encoding (a JSON array, in this order: stored
    /// hashes depend on it).
    fn canonical(&self) -> String {
        serde_json::json!([
            self.prev_hash,
            self.seq,
            self.at,
            self.actor_user_id,
            self.on_behalf_of_patient_id,
            self.action,
            self.object_type,
            self.object_id,
            self.patient_id,
            self.outcome,
            self.client_addr,
            self.user_agent
        ])
        .to_string()
    }

    /// The row's hash as written now: HMAC-SHA-256 under the audit key.
    fn keyed_hash(&self, key: &SecretKey) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(key.bytes()).expect("HMAC takes any key");
        mac.update(self.canonical().as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    /// The hash of a row written before the chain was keyed.
    fn plain_hash(&self) -> String {
        hex::encode(Sha256::digest(self.canonical().as_bytes()))
    }
}

/// Appends `entry` inside the caller's transaction, so it commits or rolls back with the work.
/// Fails when the process installed no audit key.
pub async fn append(
    tx: &mut Transaction<'static, Any>,
    at: UtcMillis,
    entry: &Entry<'_>,
) -> Result<(), DbError> {
    let key = &keys::installed()?.audit;
    // Taking the next number locks the head row until commit: appenders queue, the chain is linear.
    let head = sqlx::query(
        "UPDATE audit_head SET last_seq = last_seq + 1 WHERE id = 1 RETURNING last_seq, last_hash",
    )
    .fetch_one(&mut **tx)
    .await?;
    let seq: i64 = head.try_get("last_seq")?;
    let prev_hash: String = head.try_get("last_hash")?;
    let hash = Chained {
        prev_hash: &prev_hash,
        seq,
        at: at.0,
        actor_user_id: entry.actor_user_id,
        on_behalf_of_patient_id: entry.on_behalf_of_patient_id,
        action: entry.action.as_str(),
        object_type: entry.object_type,
        object_id: entry.object_id.as_deref(),
        patient_id: entry.patient_id,
        outcome: entry.outcome.as_str(),
        client_addr: &entry.client.addr,
        user_agent: &entry.client.user_agent,
    }
    .keyed_hash(key);
    sqlx::query(
        "INSERT INTO audit_log (seq, at, actor_user_id, on_behalf_of_patient_id, action, \
         object_type, object_id, patient_id, outcome, client_addr, user_agent, prev_hash, hash, \
         scheme) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
    )
    .bind(seq)
    .bind(at.0)
    .bind(entry.actor_user_id)
    .bind(entry.on_behalf_of_patient_id)
    .bind(entry.action.as_str())
    .bind(entry.object_type)
    .bind(entry.object_id.as_deref())
    .bind(entry.patient_id)
    .bind(entry.outcome.as_str())
    .bind(&entry.client.addr)
    .bind(&entry.client.user_agent)
    .bind(&prev_hash)
    .bind(&hash)
    .bind(KEYED)
    .execute(&mut **tx)
    .await?;
    sqlx::query("UPDATE audit_head SET last_hash = $1 WHERE id = 1")
        .bind(&hash)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// What `verify` found: how many rows it checked and every break in the chain.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ChainReport {
    pub rows: i64,
    pub problems: Vec<String>,
}

/// The columns [`Stored::read`] reads.
const STORED_COLUMNS: &str = "seq, at, actor_user_id, on_behalf_of_patient_id, action, \
     object_type, object_id, patient_id, outcome, client_addr, user_agent, prev_hash, hash, scheme";

/// A row as stored: its text as it is, whether or not this version knows its action as an
/// [`AuditAction`], since the hash covers the text.
struct Stored {
    seq: i64,
    at: i64,
    actor_user_id: Option<i64>,
    on_behalf_of_patient_id: Option<i64>,
    action: String,
    object_type: String,
    object_id: Option<String>,
    patient_id: Option<i64>,
    outcome: String,
    client_addr: String,
    user_agent: String,
    prev_hash: String,
    hash: String,
    scheme: String,
}

impl Stored {
    fn read(row: &AnyRow) -> Result<Stored, sqlx::Error> {
        Ok(Stored {
            seq: row.try_get("seq")?,
            at: row.try_get("at")?,
            actor_user_id: row.try_get("actor_user_id")?,
            on_behalf_of_patient_id: row.try_get("on_behalf_of_patient_id")?,
            action: row.try_get("action")?,
            object_type: row.try_get("object_type")?,
            object_id: row.try_get("object_id")?,
            patient_id: row.try_get("patient_id")?,
            outcome: row.try_get("outcome")?,
            client_addr: row.try_get("client_addr")?,
            user_agent: row.try_get("user_agent")?,
            prev_hash: row.try_get("prev_hash")?,
            hash: row.try_get("hash")?,
            scheme: row.try_get("scheme")?,
        })
    }

    fn chained(&self) -> Chained<'_> {
        Chained {
            prev_hash: &self.prev_hash,
            seq: self.seq,
            at: self.at,
            actor_user_id: self.actor_user_id,
            on_behalf_of_patient_id: self.on_behalf_of_patient_id,
            action: &self.action,
            object_type: &self.object_type,
            object_id: self.object_id.as_deref(),
            patient_id: self.patient_id,
            outcome: &self.outcome,
            client_addr: &self.client_addr,
            user_agent: &self.user_agent,
        }
    }
}

/// Whether `key` is the key the newest keyed row was written with (true while no row is keyed).
/// The server refuses to start on another key, which would break the chain from its first row.
pub async fn key_matches(db: &Db, key: &SecretKey) -> Result<bool, DbError> {
    let mut tx = db.begin_read().await?;
    let row = sqlx::query(&format!(
        "SELECT {STORED_COLUMNS} FROM audit_log WHERE scheme = $1 ORDER BY seq DESC LIMIT 1"
    ))
    .bind(KEYED)
    .fetch_optional(&mut *tx)
    .await?;
    tx.commit().await?;
    match row {
        Some(row) => {
            let stored = Stored::read(&row)?;
            Ok(stored.chained().keyed_hash(key) == stored.hash)
        }
        None => Ok(true),
    }
}

/// Recomputes the whole chain with the audit key `key`: a changed field, a removed or inserted
/// row, a plain (unkeyed) row after a keyed one, or a head that does not match the last row is
/// reported by sequence number. With the wrong key every keyed row is reported as altered.
pub async fn verify(db: &Db, key: &SecretKey) -> Result<ChainReport, DbError> {
    let mut tx = db.begin_read().await?;
    let rows = sqlx::query(&format!(
        "SELECT {STORED_COLUMNS} FROM audit_log ORDER BY seq"
    ))
    .fetch_all(&mut *tx)
    .await?;
    let head = sqlx::query("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;

    let mut report = ChainReport::default();
    let mut expected_prev = "0".repeat(64);
    let mut expected_seq = 1;
    let mut keyed_seen = false;
    for row in &rows {
        let stored = Stored::read(row)?;
        let seq = stored.seq;
        if seq != expected_seq {
            report
                .problems
                .push(format!("rows {expected_seq} to {} are missing", seq - 1));
        }
        if stored.prev_hash != expected_prev {
            report
                .problems
                .push(format!("row {seq} does not follow the row before it"));
        }
        let chained = stored.chained();
        let recomputed = match stored.scheme.as_str() {
            KEYED => {
                keyed_seen = true;
                Some(chained.keyed_hash(key))
            }
            PLAIN if keyed_seen => {
                report
                    .problems
                    .push(format!("row {seq} is not keyed but follows keyed rows"));
                None
            }
            PLAIN => Some(chained.plain_hash()),
            _ => {
                report
                    .problems
                    .push(format!("row {seq} names no hash scheme this version knows"));
                None
            }
        };
        if recomputed.is_some_and(|recomputed| recomputed != stored.hash) {
            report.problems.push(format!("row {seq} was altered"));
        }
        expected_prev = stored.hash;
        expected_seq = seq + 1;
        report.rows += 1;
    }
    let last_seq: i64 = head.try_get("last_seq")?;
    let last_hash: String = head.try_get("last_hash")?;
    if last_seq != expected_seq - 1 || last_hash != expected_prev {
        report.problems.push(format!(
            "the newest rows after {} are missing",
            expected_seq - 1
        ));
    }
    Ok(report)
}

/// The chain's newest row: its number and hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChainHead {
    pub seq: i64,
    pub hash: String,
}

/// The chain's head as it stands. The server logs it periodically so an operator can keep copies
/// outside the database: a rewritten chain no longer passes through a head logged before.
pub async fn head(db: &Db) -> Result<ChainHead, DbError> {
    let mut tx = db.begin_read().await?;
    let row = sqlx::query("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(ChainHead {
        seq: row.try_get("last_seq")?,
        hash: row.try_get("last_hash")?,
    })
}

/// A row's action as read back: text this version does not know as an [`AuditAction`] (a row
/// written by another version) stays as it was stored, so the row is still listed.
fn stored_action(text: String) -> Result<AuditAction, String> {
    AuditAction::parse(&text).ok_or(text)
}

/// One event on a patient's "who viewed my record" page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PatientActivity {
    pub at: UtcMillis,
    pub actor_name: Option<String>,
    /// The actor's staff role, when they are staff (a proxy has none): of several, the one
    /// closest to patient care (provider, front desk, system administrator, credentialing).
    pub actor_role: Option<Role>,
    /// `Err` holds the stored text when it names no [`AuditAction`] (a row from another version).
    pub action: Result<AuditAction, String>,
    pub outcome: String,
    pub on_behalf: bool,
}

/// Every read and change of the signed-in patient's own record made by someone else (staff and
/// proxies), newest first. Their own actions are not listed: they know about those; nor is
/// another patient's refused attempt at their record, which would name that patient to them
/// (administrators see it in the audit log).
pub async fn activity_for_patient(
    db: &Db,
    actor: &Actor,
    limit: i64,
) -> Result<Vec<PatientActivity>, DbError> {
    let Some(patient_id) = actor.patient_id else {
        return Ok(Vec::new());
    };
    let mut tx = db.begin_read().await?;
    let rows = sqlx::query(
        "SELECT a.at, a.action, a.outcome, a.on_behalf_of_patient_id, u.display_name, \
         (SELECT r.role FROM user_roles r WHERE r.user_id = a.actor_user_id \
          AND r.role <> 'patient' ORDER BY CASE r.role WHEN 'provider' THEN 1 \
          WHEN 'front_desk' THEN 2 WHEN 'system_admin' THEN 3 ELSE 4 END LIMIT 1) AS staff_role \
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id \
         WHERE a.patient_id = $1 AND (a.actor_user_id IS NULL OR a.actor_user_id <> $2) \
         AND (a.outcome <> 'denied' OR EXISTS (SELECT 1 FROM user_roles s \
              WHERE s.user_id = a.actor_user_id AND s.role <> 'patient')) \
         ORDER BY a.seq DESC LIMIT $3",
    )
    .bind(patient_id)
    .bind(actor.user_id)
    .bind(limit)
    .fetch_all(&mut *tx)
    .await?;
    tx.commit().await?;
    rows.iter()
        .map(|row| {
            Ok(PatientActivity {
                at: UtcMillis(row.try_get("at")?),
                actor_name: row.try_get("display_name")?,
                actor_role: row
                    .try_get::<Option<String>, _>("staff_role")?
                    .as_deref()
                    .and_then(Role::parse),
                action: stored_action(row.try_get("action")?),
                outcome: row.try_get("outcome")?,
                on_behalf: row
                    .try_get::<Option<i64>, _>("on_behalf_of_patient_id")?
                    .is_some(),
            })
        })
        .collect()
}

/// What an administrator narrows the audit log by; every part optional.
#[derive(Clone, Debug, Default)]
pub struct AuditFilter {
    /// The acting person's email.
    pub person: Option<String>,
    pub patient_id: Option<i64>,
    pub action: Option<AuditAction>,
    pub from: Option<UtcMillis>,
    pub until: Option<UtcMillis>,
    /// Only refusals (outcome `denied`): another's object refused, a throttled sign-in.
    pub refusals_only: bool,
}

/// A row of `/admin/audit`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditRow {
    pub seq: i64,
    pub at: UtcMillis,
    pub actor_email: Option<String>,
    pub on_behalf_of_patient_id: Option<i64>,
    /// `Err` holds the stored text when it names no [`AuditAction`] (a row from another version).
    pub action: Result<AuditAction, String>,
    pub object_type: String,
    pub object_id: Option<String>,
    pub patient_id: Option<i64>,
    pub outcome: String,
    pub client_addr: String,
    /// For a refusal of an object, how many refusals of that kind by that person in that
    /// minute the row stands for (see `refusals`).
    pub refusals: Option<i64>,
}

#[derive(Debug, thiserror::Error)]
pub enum AuditSearchError {
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Database(#[from] DbError),
}

impl From<sqlx::Error> for AuditSearchError {
    fn from(error: sqlx::Error) -> Self {
        AuditSearchError::Database(error.into())
    }
}

/// The newest `limit` rows matching `filter`, for system and credentialing administrators; the
/// search itself is audited.
pub async fn search(
    db: &Db,
    actor: &Actor,
    filter: &AuditFilter,
    limit: i64,
    now: UtcMillis,
) -> Result<Vec<AuditRow>, AuditSearchError> {
    if !(actor.has_role(Role::SystemAdmin) || actor.has_role(Role::CredentialingAdmin)) {
        return Err(AuditSearchError::NotFound);
    }
    let mut tx = db.begin_write().await?;
    let rows = sqlx::query(
        "SELECT a.seq, a.at, u.email, a.on_behalf_of_patient_id, a.action, a.object_type, \
         a.object_id, a.patient_id, a.outcome, a.client_addr, w.refusals \
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id \
         LEFT JOIN refusal_windows w ON w.audit_seq = a.seq \
         WHERE (CAST($1 AS TEXT) IS NULL OR u.email_key = lower(CAST($1 AS TEXT))) \
         AND (CAST($2 AS BIGINT) IS NULL OR a.patient_id = CAST($2 AS BIGINT)) \
         AND (CAST($3 AS TEXT) IS NULL OR a.action = CAST($3 AS TEXT)) \
         AND (CAST($4 AS BIGINT) IS NULL OR a.at >= CAST($4 AS BIGINT)) \
         AND (CAST($5 AS BIGINT) IS NULL OR a.at < CAST($5 AS BIGINT)) \
         AND (CAST($6 AS BIGINT) = 0 OR a.outcome = 'denied') \
         ORDER BY a.seq DESC LIMIT $7",
    )
    .bind(filter.person.as_deref().map(str::trim))
    .bind(filter.patient_id)
    .bind(filter.action.map(AuditAction::as_str))
    .bind(filter.from.map(|t| t.0))
    .bind(filter.until.map(|t| t.0))
    .bind(i64::from(filter.refusals_only))
    .bind(limit)
    .fetch_all(&mut *tx)
    .await?;
    let entry = Entry::by(
        actor,
        AuditAction::ViewAuditLog,
        "audit_log",
        None,
        filter.patient_id,
    );
    append(&mut tx, now, &entry).await?;
    tx.commit().await?;
    rows.iter()
        .map(|row| {
            Ok(AuditRow {
                seq: row.try_get("seq")?,
                at: UtcMillis(row.try_get("at")?),
                actor_email: row.try_get("email")?,
                on_behalf_of_patient_id: row.try_get("on_behalf_of_patient_id")?,
                action: stored_action(row.try_get("action")?),
                object_type: row.try_get("object_type")?,
                object_id: row.try_get("object_id")?,
                patient_id: row.try_get("patient_id")?,
                outcome: row.try_get("outcome")?,
                client_addr: row.try_get("client_addr")?,
                refusals: row.try_get("refusals")?,
            })
        })
        .collect()
}
