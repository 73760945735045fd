//! Group commit for audited reads. Every page that shows someone's health data appends audit
//! rows before answering, and appends are serialised by the hash chain, so under load each read
//! would wait for every earlier read's commit. Instead, a read queues its rows here and asks for
//! the write connection; whoever gets it writes everything queued so far in one transaction and
//! tells each waiting read its rows are committed. Nothing is answered before its rows are.

use super::{append, Entry, Outcome};
use crate::{
    actor::Client,
    db::{Db, DbError},
};
use domain::{audit::AuditAction, time::UtcMillis};
use std::sync::Mutex;
use tokio::sync::oneshot;

/// An [`Entry`] that owns its text, to wait in the queue.
struct Queued {
    at: UtcMillis,
    actor_user_id: Option<i64>,
    on_behalf_of_patient_id: Option<i64>,
    action: AuditAction,
    object_type: String,
    object_id: Option<String>,
    patient_id: Option<i64>,
    outcome: Outcome,
    client: Client,
}

impl Queued {
    fn entry(&self) -> Entry<'_> {
        Entry {
            actor_user_id: self.actor_user_id,
            on_behalf_of_patient_id: self.on_behalf_of_patient_id,
            action: self.action,
            object_type: &self.object_type,
            object_id: self.object_id.clone(),
            patient_id: self.patient_id,
            outcome: self.outcome,
            client: &self.client,
        }
    }
}

/// One read's rows and how to tell it they are committed.
struct Waiting {
    rows: Vec<Queued>,
    committed: oneshot::Sender<Result<(), String>>,
}

/// The reads waiting to be written, one queue per database.
#[derive(Default)]
pub(crate) struct ReadBatch {
    waiting: Mutex<Vec<Waiting>>,
}

impl std::fmt::Debug for ReadBatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReadBatch")
    }
}

impl ReadBatch {
    fn push(&self, waiting: Waiting) {
        self.waiting
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .push(waiting);
    }

    fn take(&self) -> Vec<Waiting> {
        std::mem::take(
            &mut *self
                .waiting
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner()),
        )
    }
}

/// Records reads of health data, committed before this returns (see the module's comment).
pub async fn record_reads(db: &Db, entries: &[Entry<'_>], at: UtcMillis) -> Result<(), DbError> {
    if entries.is_empty() {
        return Ok(());
    }
    let (committed, is_committed) = oneshot::channel();
    let rows = entries
        .iter()
        .map(|e| Queued {
            at,
            actor_user_id: e.actor_user_id,
            on_behalf_of_patient_id: e.on_behalf_of_patient_id,
            action: e.action,
            object_type: e.object_type.to_string(),
            object_id: e.object_id.clone(),
            patient_id: e.patient_id,
            outcome: e.outcome,
            client: e.client.clone(),
        })
        .collect();
    db.read_batch().push(Waiting { rows, committed });

    let mut tx = db.begin_write().await?;
    let batch = db.read_batch().take();
    if !batch.is_empty() {
        let mut written = Ok(());
        for row in batch.iter().flat_map(|w| &w.rows) {
            written = append(&mut tx, row.at, &row.entry()).await;
            if written.is_err() {
                break;
            }
        }
        let outcome = match written {
            Ok(()) => tx.commit().await.map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        for waiting in batch {
            let _ = waiting.committed.send(outcome.clone());
        }
    }
    // Our rows were in this batch or an earlier one, already committed or failed.
    match is_committed.await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(reason)) => Err(DbError::Batch(reason)),
        Err(_) => Err(DbError::Batch(
            "the batch writing these rows was cancelled".into(),
        )),
    }
}
