use crate::db_test;
use backend::{
    db::Db,
    notifications::{
        self, deliver_due, run_worker, Channel, ChannelError, DeliveryReport, Email, Enqueued,
        FileChannel, Mailbox, NewNotification, RenderedMessage, Renderer, SmtpChannel,
        MAX_ATTEMPTS,
    },
};
use domain::{
    locale::Locale,
    time::{UtcMillis, DAY_MS, HOUR_MS},
};
use serde_json::json;
use sqlx::Row;
use std::{
    collections::HashMap,
    future::Future,
    path::Path,
    pin::Pin,
    sync::{Arc, Mutex},
    time::Duration,
};
use tokio::sync::{mpsc, watch, Notify};

const START: UtcMillis = UtcMillis(1_800_000_000_000);
const LINK: &str = "https://portal.example.org/reset/one-time-token";

fn from() -> Mailbox {
    "Portal <no-reply@portal.invalid>".parse().unwrap()
}

/// The app's translations stand-in: a password reset message in English and Spanish.
struct TestRenderer;

impl Renderer for TestRenderer {
    fn render(
        &self,
        kind: &str,
        locale: Locale,
        payload: &serde_json::Value,
    ) -> Result<RenderedMessage, String> {
        if kind != "password_reset" {
            return Err(format!("no template for notification kind {kind}"));
        }
        let link = payload["link"].as_str().ok_or("the payload has no link")?;
        let (subject, intro) = match locale {
            Locale::Es => ("Restablezca su contraseña", "Abra este enlace"),
            _ => ("Reset your password", "Open this link"),
        };
        Ok(RenderedMessage {
            subject: subject.into(),
            text_body: format!("{intro}: {link}\n"),
        })
    }
}

fn reset(to: &str, locale: Locale, dedupe_key: Option<&str>) -> NewNotification {
    NewNotification {
        kind: "password_reset".into(),
        recipient_user_id: None,
        to_address: to.into(),
        locale,
        payload: json!({ "link": LINK }),
        dedupe_key: dedupe_key.map(str::to_string),
        deliver_after: START,
    }
}

/// Queues `notification` in a transaction of its own and commits.
async fn queue(db: &Db, notification: &NewNotification) -> Enqueued {
    let mut tx = db.begin_write().await.unwrap();
    let queued = notifications::enqueue(&mut tx, notification, START)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    queued
}

async fn queue_id(db: &Db, notification: &NewNotification) -> i64 {
    match queue(db, notification).await {
        Enqueued::Queued { id } => id,
        Enqueued::AlreadyQueued => panic!("queued before"),
    }
}

/// A message's row as stored.
#[derive(Debug)]
struct Stored {
    attempts: i64,
    next_attempt_at: i64,
    claimed_by: Option<String>,
    sent_at: Option<i64>,
    failed_at: Option<i64>,
    last_error: Option<String>,
    payload: String,
}

async fn stored(db: &Db, id: i64) -> Stored {
    let mut tx = db.begin_read().await.unwrap();
    let row = sqlx::query(
        "SELECT attempts, next_attempt_at, claimed_by, sent_at, failed_at, last_error, payload \
         FROM notifications WHERE id = $1",
    )
    .bind(id)
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
    Stored {
        attempts: row.get("attempts"),
        next_attempt_at: row.get("next_attempt_at"),
        claimed_by: row.get("claimed_by"),
        sent_at: row.get("sent_at"),
        failed_at: row.get("failed_at"),
        last_error: row.get("last_error"),
        payload: row.get("payload"),
    }
}

async fn count_messages(db: &Db) -> i64 {
    let mut tx = db.begin_read().await.unwrap();
    let count: i64 = sqlx::query("SELECT COUNT(*) AS n FROM notifications")
        .fetch_one(&mut *tx)
        .await
        .unwrap()
        .get("n");
    tx.commit().await.unwrap();
    count
}

async fn round(db: &Db, channel: &dyn Channel, now: UtcMillis) -> DeliveryReport {
    deliver_due(db, channel, &TestRenderer, "worker-1", now, 10)
        .await
        .unwrap()
}

fn sent(n: usize) -> DeliveryReport {
    DeliveryReport {
        sent: n,
        ..DeliveryReport::default()
    }
}

fn eml_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// An `.eml` file read back by a mail parser: recipient, subject and plain text.
fn read_eml(path: &Path) -> (String, String, String) {
    let bytes = std::fs::read(path).unwrap();
    let message = mail_parser::MessageParser::default()
        .parse(&bytes)
        .expect("an RFC 5322 message");
    assert!(message.date().is_some() && message.message_id().is_some());
    let to = message.to().and_then(|to| to.first()).unwrap();
    (
        to.address().unwrap().to_string(),
        message.subject().unwrap().to_string(),
        message.body_text(0).unwrap().into_owned(),
    )
}

db_test!(rolled_back_changes_queue_nothing, |t| async move {
    let dir = tempfile::tempdir().unwrap();
    let channel = FileChannel::new(dir.path(), from());
    let mut tx = t.db.begin_write().await.unwrap();
    let queued =
        notifications::enqueue(&mut tx, &reset("ana@example.org", Locale::En, None), START)
            .await
            .unwrap();
    assert!(matches!(queued, Enqueued::Queued { .. }));
    tx.rollback().await.unwrap();

    assert_eq!(count_messages(&t.db).await, 0);
    assert_eq!(
        round(&t.db, &channel, START).await,
        DeliveryReport::default()
    );
    assert!(eml_files(dir.path()).is_empty());
});

db_test!(
    a_committed_message_arrives_as_an_eml_file_in_its_language,
    |t| async move {
        let dir = tempfile::tempdir().unwrap();
        let channel = FileChannel::new(dir.path(), from());
        let es = queue_id(&t.db, &reset("ana@example.org", Locale::Es, None)).await;
        let en = queue_id(&t.db, &reset("bo@example.org", Locale::En, None)).await;

        assert_eq!(round(&t.db, &channel, START).await, sent(2));
        assert_eq!(
            eml_files(dir.path()),
            vec![format!("{es:06}.eml"), format!("{en:06}.eml")]
        );
        let (to, subject, body) = read_eml(&channel.path_of(es));
        assert_eq!(to, "ana@example.org");
        assert_eq!(subject, "Restablezca su contraseña");
        assert_eq!(body.trim_end(), format!("Abra este enlace: {LINK}"));
        let (to, subject, _) = read_eml(&channel.path_of(en));
        assert_eq!(to, "bo@example.org");
        assert_eq!(subject, "Reset your password");

        assert_eq!(
            round(&t.db, &channel, UtcMillis(START.0 + HOUR_MS)).await,
            DeliveryReport::default(),
            "a sent message is not sent again"
        );
    }
);

db_test!(
    a_dedupe_key_queued_twice_is_delivered_once,
    |t| async move {
        let dir = tempfile::tempdir().unwrap();
        let channel = FileChannel::new(dir.path(), from());
        let first = reset("ana@example.org", Locale::En, Some("password_reset:17"));
        assert!(matches!(
            queue(&t.db, &first).await,
            Enqueued::Queued { .. }
        ));
        assert_eq!(queue(&t.db, &first).await, Enqueued::AlreadyQueued);
        // Messages without a key are never duplicates of each other.
        queue_id(&t.db, &reset("ana@example.org", Locale::En, None)).await;
        queue_id(&t.db, &reset("ana@example.org", Locale::En, None)).await;

        assert_eq!(round(&t.db, &channel, START).await, sent(3));
        assert_eq!(eml_files(dir.path()).len(), 3);
        assert_eq!(
            queue(&t.db, &first).await,
            Enqueued::AlreadyQueued,
            "still a duplicate once sent"
        );
    }
);

db_test!(a_message_waits_until_its_delivery_time, |t| async move {
    let dir = tempfile::tempdir().unwrap();
    let channel = FileChannel::new(dir.path(), from());
    let later = UtcMillis(START.0 + 600_000);
    let id = queue_id(
        &t.db,
        &NewNotification {
            deliver_after: later,
            ..reset("ana@example.org", Locale::En, None)
        },
    )
    .await;
    assert_eq!(
        round(&t.db, &channel, UtcMillis(later.0 - 1)).await,
        DeliveryReport::default()
    );
    assert_eq!(round(&t.db, &channel, later).await, sent(1));
    assert!(channel.path_of(id).exists());
});

/// Wraps a channel and counts the sends of each notification.
struct Counting<C> {
    inner: C,
    sends: Mutex<HashMap<i64, usize>>,
}

impl<C: Channel> Channel for Counting<C> {
    fn send<'a>(
        &'a self,
        email: &'a Email,
    ) -> Pin<Box<dyn Future<Output = Result<(), ChannelError>> + Send + 'a>> {
        Box::pin(async move {
            self.inner.send(email).await?;
            *self
                .sends
                .lock()
                .unwrap()
                .entry(email.notification_id)
                .or_default() += 1;
            Ok(())
        })
    }
}

/// Rounds until one finds nothing to do; the total of what this worker did.
async fn drain(db: &Db, channel: &dyn Channel, worker_id: &str) -> DeliveryReport {
    let mut total = DeliveryReport::default();
    loop {
        let report = deliver_due(db, channel, &TestRenderer, worker_id, START, 4)
            .await
            .unwrap();
        if report == DeliveryReport::default() {
            return total;
        }
        total.sent += report.sent;
        total.retried += report.retried;
        total.failed += report.failed;
    }
}

db_test!(
    two_workers_deliver_every_message_exactly_once,
    |t| async move {
        let dir = tempfile::tempdir().unwrap();
        let mut queued = Vec::new();
        for n in 0..40 {
            queued.push(
                queue_id(
                    &t.db,
                    &reset(&format!("p{n}@example.org"), Locale::En, None),
                )
                .await,
            );
        }
        let channel = Arc::new(Counting {
            inner: FileChannel::new(dir.path(), from()),
            sends: Mutex::new(HashMap::new()),
        });
        let (first_db, second_db) = (t.second_pool().await, t.second_pool().await);
        let first = {
            let channel = channel.clone();
            tokio::spawn(async move { drain(&first_db, channel.as_ref(), "worker-a").await })
        };
        let second = {
            let channel = channel.clone();
            tokio::spawn(async move { drain(&second_db, channel.as_ref(), "worker-b").await })
        };
        let (first, second) = (first.await.unwrap(), second.await.unwrap());

        assert_eq!(first.sent + second.sent, 40, "{first:?} {second:?}");
        let sends = channel.sends.lock().unwrap().clone();
        let mut ids: Vec<i64> = sends.keys().copied().collect();
        ids.sort();
        assert_eq!(ids, queued, "every message was sent");
        assert!(
            sends.values().all(|&n| n == 1),
            "no message was sent twice: {sends:?}"
        );
        assert_eq!(eml_files(dir.path()).len(), 40);
    }
);

db_test!(
    a_crashed_workers_claim_runs_out_and_another_takes_over,
    |t| async move {
        let dir = tempfile::tempdir().unwrap();
        let channel = FileChannel::new(dir.path(), from());
        let id = queue_id(&t.db, &reset("ana@example.org", Locale::En, None)).await;
        // A worker claimed the message, then died before sending it.
        let until = START.0 + notifications::LEASE_MS;
        let mut tx = t.db.begin_write().await.unwrap();
        sqlx::query(
            "UPDATE notifications SET claimed_by = 'crashed', claimed_until = $1 WHERE id = $2",
        )
        .bind(until)
        .bind(id)
        .execute(&mut *tx)
        .await
        .unwrap();
        tx.commit().await.unwrap();

        assert_eq!(
            round(&t.db, &channel, UtcMillis(until - 1)).await,
            DeliveryReport::default()
        );
        assert_eq!(round(&t.db, &channel, UtcMillis(until)).await, sent(1));
        let row = stored(&t.db, id).await;
        assert!(row.sent_at.is_some() && row.claimed_by.is_none(), "{row:?}");
    }
);

/// A mail server that is down: every send fails for now.
struct Unreachable {
    calls: Mutex<usize>,
}

impl Channel for Unreachable {
    fn send<'a>(
        &'a self,
        _email: &'a Email,
    ) -> Pin<Box<dyn Future<Output = Result<(), ChannelError>> + Send + 'a>> {
        *self.calls.lock().unwrap() += 1;
        Box::pin(async { Err(ChannelError::Temporary("the mail server is down".into())) })
    }
}

db_test!(
    a_failing_channel_retries_later_then_gives_up,
    |t| async move {
        let channel = Unreachable {
            calls: Mutex::new(0),
        };
        let id = queue_id(&t.db, &reset("ana@example.org", Locale::En, None)).await;

        let report = round(&t.db, &channel, START).await;
        assert_eq!(report.retried, 1);
        let row = stored(&t.db, id).await;
        assert_eq!(row.attempts, 1);
        assert_eq!(row.next_attempt_at, START.0 + 60_000);
        assert_eq!(row.last_error.as_deref(), Some("the mail server is down"));
        assert!(row.sent_at.is_none() && row.failed_at.is_none() && row.claimed_by.is_none());
        assert!(row.payload.contains(LINK), "kept for the next attempt");

        assert_eq!(
            round(&t.db, &channel, UtcMillis(row.next_attempt_at - 1)).await,
            DeliveryReport::default(),
            "not tried again before its time"
        );
        assert_eq!(*channel.calls.lock().unwrap(), 1);

        let mut previous = row;
        for attempt in 2..=MAX_ATTEMPTS {
            let now = UtcMillis(previous.next_attempt_at);
            let report = round(&t.db, &channel, now).await;
            let row = stored(&t.db, id).await;
            assert_eq!(row.attempts, attempt);
            if attempt < MAX_ATTEMPTS {
                assert_eq!(report.retried, 1, "attempt {attempt}");
                assert!(row.next_attempt_at - now.0 >= previous.next_attempt_at - START.0 - 1);
                assert!(row.failed_at.is_none());
            } else {
                assert_eq!(report.failed, 1, "attempt {attempt}");
                assert_eq!(row.failed_at, Some(now.0));
                assert_eq!(row.payload, "{}");
            }
            previous = row;
        }
        assert!(!previous
            .last_error
            .unwrap_or_default()
            .contains("ana@example.org"));
        assert_eq!(
            round(&t.db, &channel, UtcMillis(START.0 + 365 * DAY_MS)).await,
            DeliveryReport::default(),
            "a message given up is not tried again"
        );
        assert_eq!(*channel.calls.lock().unwrap(), MAX_ATTEMPTS as usize);
    }
);

db_test!(
    finished_messages_keep_no_payload_and_name_no_address,
    |t| async move {
        let dir = tempfile::tempdir().unwrap();
        let channel = FileChannel::new(dir.path(), from());
        let sent_id = queue_id(&t.db, &reset("ana@example.org", Locale::En, None)).await;
        let unknown_kind = queue_id(
            &t.db,
            &NewNotification {
                kind: "welcome".into(),
                ..reset("bo@example.org", Locale::En, None)
            },
        )
        .await;
        let bad_address = queue_id(&t.db, &reset("not an address", Locale::En, None)).await;

        let report = round(&t.db, &channel, START).await;
        assert_eq!((report.sent, report.failed), (1, 2), "{report:?}");

        let sent = stored(&t.db, sent_id).await;
        assert_eq!(sent.sent_at, Some(START.0));
        assert_eq!(sent.payload, "{}");
        assert_eq!(sent.last_error, None);

        let unrendered = stored(&t.db, unknown_kind).await;
        assert_eq!(unrendered.failed_at, Some(START.0), "given up at once");
        assert_eq!(unrendered.attempts, 1);
        assert_eq!(unrendered.payload, "{}");
        assert_eq!(
            unrendered.last_error.as_deref(),
            Some("not rendered: no template for notification kind welcome")
        );

        let refused = stored(&t.db, bad_address).await;
        assert_eq!(refused.failed_at, Some(START.0), "given up at once");
        assert_eq!(refused.payload, "{}");
        assert!(!refused.last_error.unwrap().contains("not an address"));
        assert_eq!(eml_files(dir.path()), vec![format!("{sent_id:06}.eml")]);
    }
);

/// Forwards each sent notification's id, so a test waits for a delivery instead of sleeping.
struct Reporting<C> {
    inner: C,
    sent: mpsc::UnboundedSender<i64>,
}

impl<C: Channel> Channel for Reporting<C> {
    fn send<'a>(
        &'a self,
        email: &'a Email,
    ) -> Pin<Box<dyn Future<Output = Result<(), ChannelError>> + Send + 'a>> {
        Box::pin(async move {
            self.inner.send(email).await?;
            let _ = self.sent.send(email.notification_id);
            Ok(())
        })
    }
}

db_test!(
    the_worker_delivers_when_woken_and_stops_when_asked,
    |t| async move {
        let dir = tempfile::tempdir().unwrap();
        let (sent_tx, mut sent_rx) = mpsc::unbounded_channel();
        let channel = Arc::new(Reporting {
            inner: FileChannel::new(dir.path(), from()),
            sent: sent_tx,
        });
        let wake = Arc::new(Notify::new());
        let (stop, shutdown) = watch::channel(false);
        let worker = tokio::spawn(run_worker(
            t.db.clone(),
            channel,
            Arc::new(TestRenderer),
            "worker-live".into(),
            wake.clone(),
            shutdown,
        ));

        let now = backend::clock::now();
        let id = {
            let mut tx = t.db.begin_write().await.unwrap();
            let queued = notifications::enqueue(
                &mut tx,
                &NewNotification {
                    deliver_after: now,
                    ..reset("ana@example.org", Locale::Es, None)
                },
                now,
            )
            .await
            .unwrap();
            tx.commit().await.unwrap();
            wake.notify_one();
            queued
        };
        let delivered = tokio::time::timeout(Duration::from_secs(30), sent_rx.recv())
            .await
            .expect("delivered")
            .unwrap();
        assert_eq!(Enqueued::Queued { id: delivered }, id);

        stop.send(true).unwrap();
        tokio::time::timeout(Duration::from_secs(30), worker)
            .await
            .expect("the worker stops")
            .unwrap();
    }
);

/// What the in-process SMTP server received.
#[derive(Clone, Debug, Default)]
struct Received {
    from: String,
    to: Vec<String>,
    data: Vec<u8>,
}

/// A real SMTP server (mailin) on a free local port, keeping what it receives; `refuse` answers
/// every recipient with 550.
#[derive(Clone)]
struct SmtpSink {
    inbox: Arc<Mutex<Vec<Received>>>,
    current: Received,
    refuse: bool,
}

impl mailin_embedded::Handler for SmtpSink {
    fn rcpt(&mut self, _to: &str) -> mailin_embedded::Response {
        if self.refuse {
            mailin_embedded::response::NO_MAILBOX
        } else {
            mailin_embedded::response::OK
        }
    }

    fn data_start(
        &mut self,
        _domain: &str,
        from: &str,
        _is8bit: bool,
        to: &[String],
    ) -> mailin_embedded::Response {
        self.current = Received {
            from: from.to_string(),
            to: to.to_vec(),
            data: Vec::new(),
        };
        mailin_embedded::response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.current.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> mailin_embedded::Response {
        self.inbox
            .lock()
            .unwrap()
            .push(std::mem::take(&mut self.current));
        mailin_embedded::response::OK
    }
}

/// Starts the server on its own thread (it blocks forever; the test process ends it) and returns
/// its `smtp://` URL and inbox.
fn start_smtp_server(refuse: bool) -> (String, Arc<Mutex<Vec<Received>>>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("smtp://{}", listener.local_addr().unwrap());
    let inbox = Arc::new(Mutex::new(Vec::new()));
    let mut server = mailin_embedded::Server::new(SmtpSink {
        inbox: inbox.clone(),
        current: Received::default(),
        refuse,
    });
    server
        .with_name("smtp.test")
        .with_ssl(mailin_embedded::SslConfig::None)
        .unwrap()
        .with_tcp_listener(listener);
    std::thread::spawn(move || {
        let _ = server.serve();
    });
    (url, inbox)
}

db_test!(
    the_smtp_channel_delivers_to_a_real_smtp_server,
    |t| async move {
        let (url, inbox) = start_smtp_server(false);
        let channel = SmtpChannel::from_url(&url, from()).unwrap();
        queue_id(&t.db, &reset("ana@example.org", Locale::Es, None)).await;

        assert_eq!(round(&t.db, &channel, START).await, sent(1));
        let received = inbox.lock().unwrap().clone();
        assert_eq!(received.len(), 1);
        assert_eq!(received[0].from, "no-reply@portal.invalid");
        assert_eq!(received[0].to, vec!["ana@example.org".to_string()]);
        let message = mail_parser::MessageParser::default()
            .parse(&received[0].data)
            .expect("an RFC 5322 message");
        assert_eq!(message.subject(), Some("Restablezca su contraseña"));
        assert!(message.body_text(0).unwrap().contains(LINK));
    }
);

db_test!(
    an_smtp_refusal_is_retried_with_a_generic_reason,
    |t| async move {
        let (url, inbox) = start_smtp_server(true);
        let channel = SmtpChannel::from_url(&url, from()).unwrap();
        let id = queue_id(&t.db, &reset("ana@example.org", Locale::En, None)).await;

        assert_eq!(round(&t.db, &channel, START).await.retried, 1);
        assert!(inbox.lock().unwrap().is_empty());
        let row = stored(&t.db, id).await;
        assert_eq!(row.attempts, 1);
        assert_eq!(
            row.last_error.as_deref(),
            Some("the mail server refused the message (reply 550)")
        );
    }
);
