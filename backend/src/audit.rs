//! The audit trail: who did what to whose data, when and from where — every change and every
//! read of health data, written in the same transaction as the work it records. Rows are
//! append-only (database triggers) and hash-chained, so an edited or removed row is detected.

use crate::{
    actor::Client,
    db::{Db, DbError},
};
use domain::time::UtcMillis;
use sha2::{Digest, Sha256};
use sqlx::{Any, Row, Transaction};

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
    pub action: &'a str,
    pub object_type: &'a str,
    pub object_id: Option<String>,
    /// Whose health data this is, for "who viewed my record".
    pub patient_id: Option<i64>,
    pub outcome: Outcome,
    pub client: &'a Client,
}

/// The fields a row's hash covers, in a fixed, unambiguous encoding (a JSON array).
#[allow(clippy::too_many_arguments)]
fn row_hash(
    prev_hash: &str,
    seq: i64,
    at: i64,
    actor_user_id: Option<i64>,
    on_behalf_of_patient_id: Option<i64>,
    action: &str,
    object_type: &str,
    object_id: Option<&str>,
    patient_id: Option<i64>,
    outcome: &str,
    client_addr: &str,
    user_agent: &str,
) -> String {
    let canonical = serde_json::json!([
        prev_hash,
        seq,
        at,
        actor_user_id,
        on_behalf_of_patient_id,
        action,
        object_type,
        object_id,
        patient_id,
        outcome,
        client_addr,
        user_agent
    ]);
    hex::encode(Sha256::digest(canonical.to_string().as_bytes()))
}

/// Appends `entry` inside the caller's transaction, so it commits or rolls back with the work.
pub async fn append(
    tx: &mut Transaction<'static, Any>,
    at: UtcMillis,
    entry: &Entry<'_>,
) -> Result<(), DbError> {
    // Taking the next number locks the head row until commit: appenders queue, the chain is linear.
    let head = sqlx::query(
        "UPDATE audit_head SET last_seq = last_seq + 1 WHERE id = 1 RETURNING last_seq, last_hash",
    )
    .fetch_one(&mut **tx)
    .await?;
    let seq: i64 = head.try_get("last_seq")?;
    let prev_hash: String = head.try_get("last_hash")?;
    let hash = row_hash(
        &prev_hash,
        seq,
        at.0,
        entry.actor_user_id,
        entry.on_behalf_of_patient_id,
        entry.action,
        entry.object_type,
        entry.object_id.as_deref(),
        entry.patient_id,
        entry.outcome.as_str(),
        &entry.client.addr,
        &entry.client.user_agent,
    );
    sqlx::query(
        "INSERT INTO audit_log (seq, at, actor_user_id, on_behalf_of_patient_id, action, \
         object_type, object_id, patient_id, outcome, client_addr, user_agent, prev_hash, hash) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
    )
    .bind(seq)
    .bind(at.0)
    .bind(entry.actor_user_id)
    .bind(entry.on_behalf_of_patient_id)
    .bind(entry.action)
    .bind(entry.object_type)
    .bind(entry.object_id.as_deref())
    .bind(entry.patient_id)
    .bind(entry.outcome.as_str())
    .bind(&entry.client.addr)
    .bind(&entry.client.user_agent)
    .bind(&prev_hash)
    .bind(&hash)
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

/// Recomputes the whole chain: a changed field, a removed or inserted row, or a head that does
/// not match the last row is reported by sequence number.
pub async fn verify(db: &Db) -> Result<ChainReport, DbError> {
    let mut tx = db.begin_read().await?;
    let rows = sqlx::query(
        "SELECT seq, at, actor_user_id, on_behalf_of_patient_id, action, object_type, object_id, \
         patient_id, outcome, client_addr, user_agent, prev_hash, hash FROM audit_log ORDER BY seq",
    )
    .fetch_all(&mut *tx)
    .await?;
    let head = sqlx::query("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;

    let mut report = ChainReport::default();
    let mut expected_prev = "0".repeat(64);
    let mut expected_seq = 1;
    for row in &rows {
        let seq: i64 = row.try_get("seq")?;
        if seq != expected_seq {
            report
                .problems
                .push(format!("rows {expected_seq} to {} are missing", seq - 1));
        }
        let prev_hash: String = row.try_get("prev_hash")?;
        let hash: String = row.try_get("hash")?;
        if prev_hash != expected_prev {
            report
                .problems
                .push(format!("row {seq} does not follow the row before it"));
        }
        let object_id: Option<String> = row.try_get("object_id")?;
        let recomputed = row_hash(
            &prev_hash,
            seq,
            row.try_get("at")?,
            row.try_get("actor_user_id")?,
            row.try_get("on_behalf_of_patient_id")?,
            &row.try_get::<String, _>("action")?,
            &row.try_get::<String, _>("object_type")?,
            object_id.as_deref(),
            row.try_get("patient_id")?,
            &row.try_get::<String, _>("outcome")?,
            &row.try_get::<String, _>("client_addr")?,
            &row.try_get::<String, _>("user_agent")?,
        );
        if recomputed != hash {
            report.problems.push(format!("row {seq} was altered"));
        }
        expected_prev = hash;
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
