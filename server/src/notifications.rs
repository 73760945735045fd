//! This server process's notification worker: the channel the configuration chooses (SMTP when
//! `PORTAL_SMTP_URL` is set, `.eml` files in `PORTAL_OUTBOX_DIR` otherwise) and the task that
//! delivers the outbox through it. Request handlers wake the worker after a commit that queued a
//! message; other server processes' messages and retries are found by polling.

use crate::config::OutboxConfig;
use backend::{
    db::Db,
    notifications::{run_worker, Channel, FileChannel, Renderer, SmtpChannel, SmtpUrlError},
};
use std::sync::Arc;
use thiserror::Error;
use tokio::{
    sync::{watch, Notify},
    task::JoinHandle,
};

#[derive(Debug, Error)]
pub enum OutboxError {
    #[error("setting PORTAL_SMTP_URL (smtp_url): {0}")]
    SmtpUrl(#[from] SmtpUrlError),
}

/// The running worker.
pub struct OutboxHandle {
    /// Notify after committing a transaction that queued a message, so it goes out at once.
    pub wake: Arc<Notify>,
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
}

impl OutboxHandle {
    /// Lets the round under way finish, then ends the worker.
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        if let Err(error) = self.task.await {
            tracing::error!(%error, "the notification worker ended abnormally");
        }
    }
}

/// The channel `config` asks for.
pub fn channel(config: &OutboxConfig) -> Result<Arc<dyn Channel>, SmtpUrlError> {
    Ok(match &config.smtp_url {
        Some(url) => Arc::new(SmtpChannel::from_url(
            url.as_str(),
            config.mail_from.clone(),
        )?),
        None => Arc::new(FileChannel::new(&config.dir, config.mail_from.clone())),
    })
}

/// Starts one worker on the current tokio runtime, delivering through the configured channel and
/// rendering with `renderer`.
pub fn start(
    config: &OutboxConfig,
    db: Db,
    renderer: Arc<dyn Renderer>,
) -> Result<OutboxHandle, OutboxError> {
    let channel = channel(config)?;
    match &config.smtp_url {
        Some(_) => tracing::info!("notifications go out by SMTP"),
        None => tracing::info!(dir = %config.dir.display(), "notifications are written as files"),
    }
    let wake = Arc::new(Notify::new());
    let (stop, shutdown) = watch::channel(false);
    let worker_id = format!(
        "portal-{}-{}",
        std::process::id(),
        uuid::Uuid::new_v4().simple()
    );
    let task = tokio::spawn(run_worker(
        db,
        channel,
        renderer,
        worker_id,
        wake.clone(),
        shutdown,
    ));
    Ok(OutboxHandle { wake, stop, task })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Config, Sources};
    use app::notifications::FluentRenderer;
    use backend::notifications::{self, ChannelError, Email, NewNotification};
    use domain::{locale::Locale, time::UtcMillis};
    use sqlx::Row;
    use std::{path::Path, time::Duration};

    fn email() -> Email {
        Email {
            notification_id: 3,
            to: "ana@example.org".into(),
            subject: "Subject".into(),
            text_body: "Text".into(),
        }
    }

    fn files_in(dir: &Path) -> usize {
        std::fs::read_dir(dir).map_or(0, |entries| entries.count())
    }

    #[tokio::test]
    async fn without_an_smtp_url_messages_are_written_as_files() {
        let dir = tempfile::tempdir().unwrap();
        let config = OutboxConfig {
            dir: dir.path().join("outbox"),
            ..OutboxConfig::default()
        };
        channel(&config).unwrap().send(&email()).await.unwrap();
        assert!(dir.path().join("outbox/000003.eml").is_file());
    }

    #[tokio::test]
    async fn with_an_smtp_url_messages_go_to_that_server() {
        let dir = tempfile::tempdir().unwrap();
        // A port nobody listens on: the SMTP channel is chosen, and it cannot connect.
        let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("smtp://{}", closed.local_addr().unwrap());
        drop(closed);
        // Demo mode: the other settings a server outside it needs do not matter here.
        let env = |key: &str| match key {
            "PORTAL_SMTP_URL" => Some(url.clone()),
            "PORTAL_DEMO" => Some("true".to_string()),
            _ => None,
        };
        let config = OutboxConfig {
            dir: dir.path().to_path_buf(),
            ..Config::from_sources(&Sources {
                file: None,
                env: &env,
            })
            .unwrap()
            .outbox
        };
        let error = channel(&config).unwrap().send(&email()).await.unwrap_err();
        assert_eq!(
            error,
            ChannelError::Temporary("the mail server could not be reached".into())
        );
        assert_eq!(files_in(dir.path()), 0);
    }

    /// Queues a message and wakes the worker, as a request handler will.
    async fn queue(db: &Db, wake: &Notify, kind: &str) -> i64 {
        let now = backend::clock::now();
        let mut tx = db.begin_write().await.unwrap();
        let queued = notifications::enqueue(
            &mut tx,
            &NewNotification {
                kind: kind.into(),
                recipient_user_id: None,
                to_address: "ana@example.org".into(),
                locale: Locale::Es,
                payload: serde_json::json!({
                    "name": "Ana", "link": "https://portal.example.org/reset/x", "minutes": 30
                }),
                dedupe_key: None,
                deliver_after: UtcMillis(now.0 - 1),
            },
            now,
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        wake.notify_one();
        match queued {
            notifications::Enqueued::Queued { id } => id,
            notifications::Enqueued::AlreadyQueued => unreachable!("no dedupe key"),
        }
    }

    /// Waits (bounded) until the message is finished, and returns its `last_error`.
    async fn finished(db: &Db, id: i64) -> Option<String> {
        for _ in 0..400 {
            let mut tx = db.begin_read().await.unwrap();
            let row = sqlx::query(
                "SELECT sent_at, failed_at, last_error FROM notifications WHERE id = $1",
            )
            .bind(id)
            .fetch_one(&mut *tx)
            .await
            .unwrap();
            tx.commit().await.unwrap();
            let done = row.get::<Option<i64>, _>("sent_at").is_some()
                || row.get::<Option<i64>, _>("failed_at").is_some();
            if done {
                return row.get("last_error");
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("notification {id} was not finished in time");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_started_worker_delivers_in_the_recipients_language_and_stops() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::connect(&format!("sqlite://{}/portal.sqlite", dir.path().display()))
            .await
            .unwrap();
        db.migrate().await.unwrap();
        let config = OutboxConfig {
            dir: dir.path().join("outbox"),
            ..OutboxConfig::default()
        };
        let outbox = start(&config, db.clone(), Arc::new(FluentRenderer)).unwrap();

        let id = queue(&db, &outbox.wake, "no_such_kind").await;
        assert_eq!(
            finished(&db, id).await.as_deref(),
            Some("not rendered: no template for notification kind no_such_kind")
        );
        assert_eq!(files_in(&config.dir), 0, "nothing is sent untranslated");
        let id = queue(&db, &outbox.wake, "password_reset").await;
        assert_eq!(finished(&db, id).await, None, "sent");
        let sent = std::fs::read_to_string(config.dir.join(format!("{id:06}.eml"))).unwrap();
        assert!(
            sent.contains("https://portal.example.org/reset/x"),
            "{sent}"
        );

        tokio::time::timeout(Duration::from_secs(30), outbox.stop())
            .await
            .expect("the worker stops");
        db.close().await;
    }
}
