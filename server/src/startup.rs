//! What happens before the server listens: open and migrate the database, check that the keys are
//! the ones its audit trail and TOTP secrets were written with and install them, seal any TOTP
//! secret still stored plain, then apply the demo rule — demo mode loads the demo data
//! set; outside it, a database holding demo data (and so its well-known accounts) is refused.
//! Outside demo mode without SMTP, the outbox folder must be the server's alone.

use crate::config::Config;
use backend::{
    audit,
    db::{Db, DbError},
    demo::{self, DemoError, DemoLoad},
    keys::{self, KeyError},
    totp_secrets,
};
use domain::time::UtcMillis;
use std::{
    fs::DirBuilder,
    os::unix::fs::{DirBuilderExt, PermissionsExt},
    path::Path,
};
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
    #[error("the keys: {0}")]
    Keys(#[from] KeyError),
    #[error(
        "setting PORTAL_AUDIT_KEY (audit_key): the newest audit row does not verify with this key; \
         set the key the trail was written with (portal audit-verify shows which rows fail)"
    )]
    WrongAuditKey,
    #[error(
        "setting PORTAL_TOTP_KEY (totp_key): {count} TOTP secrets are sealed under another key; \
         set that key, or re-seal them with portal rotate-totp-key (PORTAL_TOTP_KEY_OLD)"
    )]
    WrongTotpKey { count: i64 },
    #[error(
        "setting PORTAL_OUTBOX_DIR (outbox_dir): {path} may be read by others (mode {mode:o}); \
         messages hold one-time links, so outside demo mode it must be 0700 (chmod 700 {path}), \
         or set PORTAL_SMTP_URL"
    )]
    OutboxReadableByOthers { path: String, mode: u32 },
    #[error("setting PORTAL_OUTBOX_DIR (outbox_dir): {path}: {reason}")]
    OutboxUnusable { path: String, reason: String },
}

/// Opens and migrates the configured database and applies the demo rule.
pub async fn prepare_database(config: &Config, now: UtcMillis) -> Result<Db, StartupError> {
    let db = Db::connect(&config.database_url).await?;
    db.migrate().await?;
    if let Err(error) = check_keys(&db, config).await {
        db.close().await;
        return Err(error);
    }
    keys::install(config.keys.clone())?;
    let sealed = totp_secrets::seal_plain_secrets(&db, &config.keys.totp).await?;
    if sealed > 0 {
        tracing::info!(count = sealed, "sealed TOTP secrets stored in plain text");
    }
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

/// Refuses keys other than those the stored audit rows and TOTP secrets were written with: a
/// wrong audit key would break the chain from its first row, a wrong TOTP key every sign-in code.
async fn check_keys(db: &Db, config: &Config) -> Result<(), StartupError> {
    if !audit::key_matches(db, &config.keys.audit).await? {
        return Err(StartupError::WrongAuditKey);
    }
    match totp_secrets::sealed_under_other_keys(db, &config.keys.totp).await? {
        0 => Ok(()),
        count => Err(StartupError::WrongTotpKey { count }),
    }
}

/// Outside demo mode, when notifications are written to files (no SMTP), makes sure only the
/// server's user can read them: the folder is created `0700` when missing and refused when it
/// exists with wider permissions.
pub fn prepare_outbox_dir(config: &Config) -> Result<(), StartupError> {
    if config.demo || config.outbox.smtp_url.is_some() {
        return Ok(());
    }
    let dir = &config.outbox.dir;
    let unusable = |reason: String| StartupError::OutboxUnusable {
        path: dir.display().to_string(),
        reason,
    };
    if !dir.exists() {
        DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| unusable(e.to_string()))?;
    }
    let metadata = std::fs::metadata(dir).map_err(|e| unusable(e.to_string()))?;
    if !metadata.is_dir() {
        return Err(unusable("is not a folder".into()));
    }
    let mode = metadata.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(StartupError::OutboxReadableByOthers {
            path: Path::new(dir).display().to_string(),
            mode,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{LogFormat, OutboxConfig, SmtpUrl};
    use backend::keys::Keys;
    use std::path::PathBuf;

    fn config(database_url: &str, demo: bool) -> Config {
        Config {
            database_url: database_url.to_string(),
            demo,
            public_origin: None,
            log_format: LogFormat::Text,
            outbox: OutboxConfig::default(),
            insecure_http: true,
            // The keys every test in this process runs with (one process, one set of keys).
            keys: Keys::demo(),
            old_totp_key: None,
            trusted_proxies: Vec::new(),
        }
    }

    fn with_outbox(dir: PathBuf, demo: bool) -> Config {
        let mut config = config("sqlite://unused", demo);
        config.outbox.dir = dir;
        config
    }

    #[test]
    fn a_missing_outbox_folder_is_created_for_the_server_alone() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("mail/outbox");
        prepare_outbox_dir(&with_outbox(dir.clone(), false)).unwrap();
        let mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
        prepare_outbox_dir(&with_outbox(dir, false)).expect("and accepted next time");
    }

    #[test]
    fn an_outbox_folder_others_may_read_is_refused_outside_demo_mode() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("outbox");
        std::fs::create_dir(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        let error = prepare_outbox_dir(&with_outbox(dir.clone(), false)).unwrap_err();
        assert!(
            matches!(
                error,
                StartupError::OutboxReadableByOthers { mode: 0o755, .. }
            ),
            "{error}"
        );
        assert!(error.to_string().contains("PORTAL_OUTBOX_DIR"), "{error}");
        prepare_outbox_dir(&with_outbox(dir.clone(), true)).expect("demo mode is a laptop");
        let mut smtp = with_outbox(dir, false);
        smtp.outbox.smtp_url = Some(SmtpUrl("smtp://localhost:25".into()));
        prepare_outbox_dir(&smtp).expect("no files are written with SMTP");
    }

    #[tokio::test]
    async fn keys_other_than_the_ones_the_database_was_written_with_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/portal.sqlite", dir.path().display());
        let db = prepare_database(&config(&url, false), UtcMillis(0))
            .await
            .unwrap();
        let client = backend::actor::Client::new("192.0.2.1", "test");
        let mut tx = db.begin_write().await.unwrap();
        let entry = audit::Entry::account(
            1,
            domain::audit::AuditAction::SignIn,
            audit::Outcome::Failure,
            &client,
        );
        audit::append(&mut tx, UtcMillis(1), &entry).await.unwrap();
        tx.commit().await.unwrap();
        db.close().await;

        let mut wrong_audit_key = config(&url, false);
        wrong_audit_key.keys.audit = Keys::demo().totp;
        let refused = prepare_database(&wrong_audit_key, UtcMillis(2)).await;
        assert!(
            matches!(refused, Err(StartupError::WrongAuditKey)),
            "{refused:?}"
        );

        // A secret sealed under a key this server does not have.
        let db = prepare_database(&config(&url, false), UtcMillis(3))
            .await
            .expect("the right keys");
        let mut tx = db.begin_write().await.unwrap();
        sqlx::query(
            "INSERT INTO users (id, email, email_key, display_name, password_hash, created_at) \
             VALUES (1, 'a@example.org', 'a@example.org', 'A', 'x', 0)",
        )
        .execute(&mut *tx)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO two_factor (user_id, secret, created_at) \
             VALUES (1, 'v1.00000000.AAAA', 0)",
        )
        .execute(&mut *tx)
        .await
        .unwrap();
        tx.commit().await.unwrap();
        db.close().await;
        let refused = prepare_database(&config(&url, false), UtcMillis(4)).await;
        assert!(
            matches!(refused, Err(StartupError::WrongTotpKey { count: 1 })),
            "{refused:?}"
        );
    }

    #[tokio::test]
    async fn a_plain_totp_secret_left_in_the_database_is_sealed_at_start() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/portal.sqlite", dir.path().display());
        let db = prepare_database(&config(&url, false), UtcMillis(0))
            .await
            .unwrap();
        let plain = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        let mut tx = db.begin_write().await.unwrap();
        sqlx::query(
            "INSERT INTO users (id, email, email_key, display_name, password_hash, created_at) \
             VALUES (1, 'a@example.org', 'a@example.org', 'A', 'x', 0)",
        )
        .execute(&mut *tx)
        .await
        .unwrap();
        sqlx::query("INSERT INTO two_factor (user_id, secret, created_at) VALUES (1, $1, 0)")
            .bind(plain)
            .execute(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        db.close().await;

        let db = prepare_database(&config(&url, false), UtcMillis(1))
            .await
            .unwrap();
        let mut tx = db.begin_read().await.unwrap();
        let stored: String = sqlx::query_scalar("SELECT secret FROM two_factor")
            .fetch_one(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        db.close().await;
        assert!(stored.starts_with("v1."), "{stored}");
        assert!(!stored.contains(plain));
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
