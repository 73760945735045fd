//! What the directory lists (locations and providers) share: who keeps them, how a change is
//! refused, the audit row of a save, and deactivating and reactivating (never deleting, so
//! history keeps pointing at them).

use crate::{
    actor::Actor,
    audit::{self, Entry},
    credentials::may_credential,
    db::{Db, DbError},
};
use domain::{audit::AuditAction, time::UtcMillis};
use sqlx::{Any, Row, Transaction};
use thiserror::Error;

/// Why a location or a provider (`P` names its problems) was not read or changed.
#[derive(Debug, Error)]
pub enum ListedError<P> {
    /// Not the credentialing office or a system administrator, or no such record: the same
    /// answer.
    #[error("not found")]
    NotFound,
    /// Fields to correct, each problem once.
    #[error("the form has problems: {0:?}")]
    Invalid(Vec<P>),
    #[error(transparent)]
    Database(#[from] DbError),
}

impl<P> From<sqlx::Error> for ListedError<P> {
    fn from(error: sqlx::Error) -> Self {
        ListedError::Database(error.into())
    }
}

/// The credentialing office and system administrators only; anyone else is told "not found".
pub(crate) fn office_only<P>(actor: &Actor) -> Result<(), ListedError<P>> {
    if may_credential(actor) {
        Ok(())
    } else {
        Err(ListedError::NotFound)
    }
}

/// A directory table whose rows carry `active`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Listed {
    Location,
    Provider,
}

impl Listed {
    /// Its table, and the audit trail's object type.
    fn names(self) -> (&'static str, &'static str) {
        match self {
            Listed::Location => ("locations", "location"),
            Listed::Provider => ("providers", "provider"),
        }
    }

    /// The action of adding (`created`) or changing one, or of making one `active` or not.
    fn action(self, change: Change) -> AuditAction {
        use AuditAction as A;
        match (self, change) {
            (Listed::Location, Change::Created) => A::LocationCreate,
            (Listed::Location, Change::Updated) => A::LocationUpdate,
            (Listed::Location, Change::Activated(true)) => A::LocationReactivate,
            (Listed::Location, Change::Activated(false)) => A::LocationDeactivate,
            (Listed::Provider, Change::Created) => A::ProviderCreate,
            (Listed::Provider, Change::Updated) => A::ProviderUpdate,
            (Listed::Provider, Change::Activated(true)) => A::ProviderReactivate,
            (Listed::Provider, Change::Activated(false)) => A::ProviderDeactivate,
        }
    }
}

/// What happened to a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Change {
    Created,
    Updated,
    /// Made active (`true`) or inactive.
    Activated(bool),
}

/// Appends the audit row of `change` to row `id` of `what`, last, and commits.
async fn audit_and_commit(
    mut tx: Transaction<'static, Any>,
    actor: &Actor,
    what: Listed,
    change: Change,
    id: i64,
    now: UtcMillis,
) -> Result<(), DbError> {
    let (_, object) = what.names();
    let entry = Entry::by(
        actor,
        what.action(change),
        object,
        Some(id.to_string()),
        None,
    );
    audit::append(&mut tx, now, &entry).await?;
    tx.commit().await?;
    Ok(())
}

/// Runs `statement` (an `INSERT … RETURNING id` when `id` is `None`, else an
/// `UPDATE … WHERE id = $<last> RETURNING id`) with `bind` binding the fields, then the creation
/// time or `id` last; answers the saved row's id, or "not found" when there is no row `id`.
pub(crate) async fn save_row<'q, P>(
    tx: &mut Transaction<'static, Any>,
    statement: &'q str,
    id: Option<i64>,
    now: UtcMillis,
    bind: impl FnOnce(
        sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>,
    ) -> sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>,
) -> Result<i64, ListedError<P>> {
    let row = bind(sqlx::query(statement))
        .bind(id.unwrap_or(now.0))
        .fetch_optional(&mut **tx)
        .await?
        .ok_or(ListedError::NotFound)?;
    Ok(row.try_get("id")?)
}

/// Audits the save of row `id` of `what` (added when `existing` is `None`) and commits.
pub(crate) async fn commit_saved(
    tx: Transaction<'static, Any>,
    actor: &Actor,
    what: Listed,
    existing: Option<i64>,
    id: i64,
    now: UtcMillis,
) -> Result<(), DbError> {
    let change = match existing {
        None => Change::Created,
        Some(_) => Change::Updated,
    };
    audit_and_commit(tx, actor, what, change, id, now).await
}

/// Sets row `id` of `what` active or not, audited; setting what it already is changes and
/// records nothing (a repeated click). The credentialing office and system administrators only;
/// "not found" when there is no such row.
pub(crate) async fn set_active<P>(
    db: &Db,
    actor: &Actor,
    what: Listed,
    id: i64,
    active: bool,
    now: UtcMillis,
) -> Result<(), ListedError<P>> {
    office_only(actor)?;
    let (table, _) = what.names();
    let mut tx = db.begin_write().await?;
    let row = sqlx::query(&format!("SELECT active FROM {table} WHERE id = $1"))
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(ListedError::NotFound)?;
    if (row.try_get::<i64, _>("active")? == 1) == active {
        tx.commit().await?;
        return Ok(());
    }
    sqlx::query(&format!("UPDATE {table} SET active = $1 WHERE id = $2"))
        .bind(i64::from(active))
        .bind(id)
        .execute(&mut *tx)
        .await?;
    audit_and_commit(tx, actor, what, Change::Activated(active), id, now).await?;
    Ok(())
}
