//! Refused access to objects that exist. A signed-in person refused another patient's
//! appointment is answered as if it did not exist (existence is not revealed), but the attempt
//! is audited, so walking through ids leaves a trace: an audit row with outcome `denied`, the
//! object and whose it is. At most one row per actor, kind of object and minute is appended;
//! further refusals in that minute only count up in `refusal_windows` (shared by every server
//! process through the database), which `/admin/audit` shows beside the row.
//!
//! A backend function that refuses returns its error's `Refused` variant from wherever it finds
//! out; its public function runs through [`audited`], which records the refusal once the
//! function's transaction has ended and answers the error's plain "not found" instead.

use super::{append, Entry, Outcome};
use crate::{
    actor::Actor,
    db::{Db, DbError},
};
use domain::{
    audit::AuditAction,
    time::{UtcMillis, MINUTE_MS},
};
use sqlx::Row;
use std::future::Future;

/// An object that exists, refused to the actor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// What the actor tried to do.
    pub action: AuditAction,
    pub object_type: &'static str,
    pub object_id: i64,
    /// Whose object it is.
    pub patient_id: i64,
}

/// An error that can say an existing object was refused, and be answered as "not found".
pub(crate) trait Refuses: From<DbError> {
    /// The refusal this error stands for, or the error itself when it is something else.
    fn refusal(self) -> Result<Refusal, Self>;
    /// The answer the caller sees instead: the same as for an object that does not exist.
    fn not_found() -> Self;
}

/// Runs `work`; when it refused an object that exists, records the refusal (after `work` and
/// its transaction have ended) and answers [`Refuses::not_found`].
pub(crate) async fn audited<T, E: Refuses>(
    db: &Db,
    actor: &Actor,
    now: UtcMillis,
    work: impl Future<Output = Result<T, E>>,
) -> Result<T, E> {
    match work.await {
        Ok(found) => Ok(found),
        Err(error) => match error.refusal() {
            Ok(refusal) => {
                record(db, actor, &refusal, now).await?;
                Err(E::not_found())
            }
            Err(error) => Err(error),
        },
    }
}

/// Counts the refusal in its minute and appends its audit row if it is the minute's first.
async fn record(db: &Db, actor: &Actor, refusal: &Refusal, now: UtcMillis) -> Result<(), DbError> {
    let minute = now.0.div_euclid(MINUTE_MS);
    let mut tx = db.begin_write().await?;
    let refusals: i64 = sqlx::query(
        "INSERT INTO refusal_windows (actor_user_id, object_type, minute, refusals, audit_seq) \
         VALUES ($1, $2, $3, 1, 0) ON CONFLICT (actor_user_id, object_type, minute) \
         DO UPDATE SET refusals = refusal_windows.refusals + 1 RETURNING refusals",
    )
    .bind(actor.user_id)
    .bind(refusal.object_type)
    .bind(minute)
    .fetch_one(&mut *tx)
    .await?
    .try_get("refusals")?;
    if refusals == 1 {
        let entry = Entry {
            outcome: Outcome::Denied,
            ..Entry::by(
                actor,
                refusal.action,
                refusal.object_type,
                Some(refusal.object_id.to_string()),
                Some(refusal.patient_id),
            )
        };
        append(&mut tx, now, &entry).await?;
        sqlx::query(
            "UPDATE refusal_windows SET audit_seq = (SELECT last_seq FROM audit_head WHERE id = 1) \
             WHERE actor_user_id = $1 AND object_type = $2 AND minute = $3",
        )
        .bind(actor.user_id)
        .bind(refusal.object_type)
        .bind(minute)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
