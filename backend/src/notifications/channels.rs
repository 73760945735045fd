//! Where rendered messages go: e-mail over SMTP in production, `.eml` files in development. Both
//! build the same RFC 5322 bytes with lettre, so a file shows exactly what SMTP would send.

use super::Mailbox;
use lettre::{
    message::header::ContentType, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
};
use std::{
    fs,
    future::Future,
    io::{self, Write},
    path::{Path, PathBuf},
    pin::Pin,
    time::Duration,
};
use thiserror::Error;

/// How long one SMTP exchange may take; the worker's lease covers a batch of such sends.
const SMTP_TIMEOUT: Duration = Duration::from_secs(20);

/// A rendered e-mail, ready for a channel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email {
    /// The outbox row it comes from; names the file of the file channel.
    pub notification_id: i64,
    pub to: String,
    pub subject: String,
    pub text_body: String,
}

/// Why a channel did not deliver. The reason is stored with the message and logged, so it is
/// generic: never the address or the content.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum ChannelError {
    /// Worth trying again later (the mail server is down, a disk is full).
    #[error("{0}")]
    Temporary(String),
    /// Will never succeed as it is (the address is not an address): given up at once.
    #[error("{0}")]
    Permanent(String),
}

/// Delivers rendered messages. A boxed future instead of `async fn` keeps the trait usable as
/// `dyn Channel`.
pub trait Channel: Send + Sync {
    fn send<'a>(
        &'a self,
        email: &'a Email,
    ) -> Pin<Box<dyn Future<Output = Result<(), ChannelError>> + Send + 'a>>;
}

/// The message as lettre builds it, with `Date` and a fresh `Message-ID`.
fn message(from: &Mailbox, email: &Email) -> Result<Message, ChannelError> {
    let to: Mailbox = email
        .to
        .parse()
        .map_err(|_| ChannelError::Permanent("the recipient address is not valid".into()))?;
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(email.subject.as_str())
        .message_id(None)
        .header(ContentType::TEXT_PLAIN)
        .body(email.text_body.clone())
        .map_err(|_| ChannelError::Permanent("the message could not be built".into()))
}

/// The development channel: each message becomes `<dir>/<id>.eml` (`000042.eml`), written whole
/// or not at all, for a developer to open in a mail program.
#[derive(Clone, Debug)]
pub struct FileChannel {
    dir: PathBuf,
    from: Mailbox,
}

impl FileChannel {
    pub fn new(dir: impl Into<PathBuf>, from: Mailbox) -> FileChannel {
        FileChannel {
            dir: dir.into(),
            from,
        }
    }

    /// The file a notification is written to.
    pub fn path_of(&self, notification_id: i64) -> PathBuf {
        self.dir.join(format!("{notification_id:06}.eml"))
    }
}

impl Channel for FileChannel {
    fn send<'a>(
        &'a self,
        email: &'a Email,
    ) -> Pin<Box<dyn Future<Output = Result<(), ChannelError>> + Send + 'a>> {
        Box::pin(async move {
            let bytes = message(&self.from, email)?.formatted();
            let path = self.path_of(email.notification_id);
            tokio::task::spawn_blocking(move || write_atomically(&path, &bytes))
                .await
                .map_err(|_| ChannelError::Temporary("the file writer stopped".into()))?
                .map_err(|error| {
                    ChannelError::Temporary(format!(
                        "could not write the message file: {}",
                        error.kind()
                    ))
                })
        })
    }
}

/// Writes a temporary file beside `path` and renames it, so a reader never sees half a message.
fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let temporary = dir.join(format!(".{name}.{:016x}.tmp", rand::random::<u64>()));
    let written = write_new(&temporary, bytes).and_then(|()| fs::rename(&temporary, path));
    if written.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    written
}

/// Creates a file that must not exist yet and flushes it to disk.
fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = fs::File::create_new(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// The production channel: e-mail through an SMTP server.
#[derive(Clone)]
pub struct SmtpChannel {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

/// An SMTP URL lettre cannot use. lettre's reason names the scheme or what is missing, never the
/// password the URL may hold.
#[derive(Debug, Error)]
#[error("the SMTP URL is not usable: {0}")]
pub struct SmtpUrlError(#[source] lettre::transport::smtp::Error);

impl SmtpChannel {
    /// A channel to the server a URL names, by lettre's rules: `smtp://host:port` (plain, for a
    /// local relay), `smtp://host:587?tls=required` (STARTTLS), `smtps://host:465` (TLS), with
    /// optional `user:password@`.
    pub fn from_url(url: &str, from: Mailbox) -> Result<SmtpChannel, SmtpUrlError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(SmtpUrlError)?
            .timeout(Some(SMTP_TIMEOUT))
            .build();
        Ok(SmtpChannel { transport, from })
    }
}

impl Channel for SmtpChannel {
    fn send<'a>(
        &'a self,
        email: &'a Email,
    ) -> Pin<Box<dyn Future<Output = Result<(), ChannelError>> + Send + 'a>> {
        Box::pin(async move {
            let message = message(&self.from, email)?;
            self.transport
                .send(message)
                .await
                .map(|_| ())
                .map_err(|error| ChannelError::Temporary(smtp_reason(&error)))
        })
    }
}

/// A generic reason with the SMTP reply code, if any. Every SMTP failure is retried: a
/// "permanent" reply may come from a wrong password or relay setting, which an operator fixes,
/// and the attempts run out anyway.
fn smtp_reason(error: &lettre::transport::smtp::Error) -> String {
    let what = if error.is_timeout() {
        "the mail server did not answer in time"
    } else if error.is_tls() {
        "TLS with the mail server failed"
    } else if error.is_permanent() || error.is_transient() {
        "the mail server refused the message"
    } else {
        "the mail server could not be reached"
    };
    match error.status() {
        Some(code) => format!("{what} (reply {code})"),
        None => what.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from() -> Mailbox {
        "Portal <no-reply@portal.invalid>".parse().unwrap()
    }

    fn email(to: &str) -> Email {
        Email {
            notification_id: 7,
            to: to.into(),
            subject: "Réinitialiser".into(),
            text_body: "Bonjour".into(),
        }
    }

    #[test]
    fn an_invalid_address_is_a_permanent_failure_that_does_not_name_it() {
        let error = message(&from(), &email("not an address")).unwrap_err();
        assert!(matches!(error, ChannelError::Permanent(_)));
        assert!(!error.to_string().contains("not an address"), "{error}");
    }

    #[test]
    fn files_are_named_by_notification_id() {
        let channel = FileChannel::new("/tmp/outbox", from());
        assert_eq!(channel.path_of(42), Path::new("/tmp/outbox/000042.eml"));
        assert_eq!(
            channel.path_of(1_234_567),
            Path::new("/tmp/outbox/1234567.eml")
        );
    }

    #[test]
    fn files_are_replaced_whole_and_leave_no_temporary_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested/000001.eml");
        write_atomically(&path, b"first").unwrap();
        write_atomically(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        assert_eq!(fs::read_dir(path.parent().unwrap()).unwrap().count(), 1);
    }

    #[test]
    fn smtp_urls_follow_lettre_rules() {
        assert!(SmtpChannel::from_url("smtp://127.0.0.1:2525", from()).is_ok());
        assert!(SmtpChannel::from_url("smtps://mail.example.org", from()).is_ok());
        assert!(SmtpChannel::from_url("smtp://mail.example.org?tls=required", from()).is_ok());
        let error = SmtpChannel::from_url("http://user:secret@mail.example.org", from())
            .err()
            .unwrap();
        assert!(!error.to_string().contains("secret"), "{error}");
    }
}
