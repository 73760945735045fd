//! Deactivating and reactivating what the directory lists (locations and providers): never
//! deleted, so history keeps pointing at them.

use crate::{
    actor::Actor,
    audit::{self, Entry},
    db::{Db, DbError},
};
use domain::{audit::AuditAction, time::UtcMillis};
use sqlx::Row;

/// A directory table whose rows carry `active`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Listed {
    Location,
    Provider,
}

impl Listed {
    fn table(self) -> &'static str {
        match self {
            Listed::Location => "locations",
            Listed::Provider => "providers",
        }
    }

    /// The audit trail's object type and its actions.
    fn object(self) -> (&'static str, AuditAction, AuditAction) {
        match self {
            Listed::Location => (
                "location",
                AuditAction::LocationReactivate,
                AuditAction::LocationDeactivate,
            ),
            Listed::Provider => (
                "provider",
                AuditAction::ProviderReactivate,
                AuditAction::ProviderDeactivate,
            ),
        }
    }
}

/// Sets row `id` of `what` active or not, audited; setting what it already is changes and
/// records nothing (a repeated click). `false` when there is no such row. The caller
/// authorizes.
pub(crate) async fn set_active(
    db: &Db,
    actor: &Actor,
    what: Listed,
    id: i64,
    active: bool,
    now: UtcMillis,
) -> Result<bool, DbError> {
    let table = what.table();
    let mut tx = db.begin_write().await?;
    let Some(row) = sqlx::query(&format!("SELECT active FROM {table} WHERE id = $1"))
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
    else {
        return Ok(false);
    };
    if (row.try_get::<i64, _>("active")? == 1) == active {
        tx.commit().await?;
        return Ok(true);
    }
    sqlx::query(&format!("UPDATE {table} SET active = $1 WHERE id = $2"))
        .bind(i64::from(active))
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let (object, reactivate, deactivate) = what.object();
    let action = if active { reactivate } else { deactivate };
    let entry = Entry::by(actor, action, object, Some(id.to_string()), None);
    audit::append(&mut tx, now, &entry).await?;
    tx.commit().await?;
    Ok(true)
}
