//! What happens before the server listens: open and migrate the database, then apply the demo
//! rule — demo mode loads the demo data set; outside it, a database holding demo data (and so its
//! well-known accounts) is refused.

use crate::config::Config;
use backend::{
    db::{Db, DbError},
    demo::{self, DemoError, DemoLoad},
};
use domain::time::UtcMillis;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum StartupError {
    #[error(transparent)]
    Database(#[from] DbError),
    #[error(transparent)]
    Demo(#[from] DemoError),
    #[error(
        "this database holds the demo data set and its well-known accounts; refusing to serve \
         outside demo mode (set PORTAL_DEMO=true, or use a fresh database)"
    )]
    DemoDataOutsideDemoMode,
}

/// Opens and migrates the configured database and applies the demo rule.
pub async fn prepare_database(config: &Config, now: UtcMillis) -> Result<Db, StartupError> {
    let db = Db::connect(&config.database_url).await?;
    db.migrate().await?;
    if config.demo {
        if demo::load(&db, now).await? == DemoLoad::Loaded {
            tracing::info!("loaded the demo data set");
        }
    } else if demo::is_loaded(&db).await? {
        db.close().await;
        return Err(StartupError::DemoDataOutsideDemoMode);
    }
    Ok(db)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{LogFormat, OutboxConfig};

    fn config(database_url: &str, demo: bool) -> Config {
        Config {
            database_url: database_url.to_string(),
            demo,
            public_origin: None,
            log_format: LogFormat::Text,
            outbox: OutboxConfig::default(),
        }
    }

    #[tokio::test]
    async fn production_mode_refuses_a_database_with_demo_data() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/portal.sqlite", dir.path().display());

        let fresh = prepare_database(&config(&url, false), UtcMillis(0))
            .await
            .unwrap();
        fresh.close().await;
        let demo = prepare_database(&config(&url, true), UtcMillis(1))
            .await
            .unwrap();
        assert!(demo::is_loaded(&demo).await.unwrap());
        demo.close().await;

        let refused = prepare_database(&config(&url, false), UtcMillis(2)).await;
        assert!(matches!(
            refused,
            Err(StartupError::DemoDataOutsideDemoMode)
        ));
    }
}
