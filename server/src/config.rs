//! Settings from an optional `portal.toml` plus environment variables (which win), validated at
//! start with errors that name the setting.

use backend::notifications::{Mailbox, SmtpChannel};
use serde::Deserialize;
use std::{
    fmt,
    path::{Path, PathBuf},
};
use thiserror::Error;

/// The validated configuration the server runs with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// `sqlite://path` (default `sqlite://data/portal.sqlite`) or `postgres://…`.
    pub database_url: String,
    /// Demo mode loads the demo data set and its well-known accounts. Off unless asked for.
    pub demo: bool,
    /// The address users reach the portal at (e.g. `https://portal.example.org`), when it differs
    /// from the address the server binds: used for the same-origin check and for HSTS.
    pub public_origin: Option<String>,
    /// `json` (one JSON object a line, for log collectors) or `text`.
    pub log_format: LogFormat,
    /// How notifications are delivered.
    pub outbox: OutboxConfig,
}

/// Where notification e-mails go: an SMTP server when one is configured, otherwise `.eml` files
/// (development).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutboxConfig {
    /// The sender of every message (`PORTAL_MAIL_FROM`).
    pub mail_from: Mailbox,
    /// The SMTP server (`PORTAL_SMTP_URL`), in lettre's URL form.
    pub smtp_url: Option<SmtpUrl>,
    /// Where the file channel writes messages (`PORTAL_OUTBOX_DIR`).
    pub dir: PathBuf,
}

impl Default for OutboxConfig {
    fn default() -> OutboxConfig {
        OutboxConfig {
            mail_from: DEFAULT_MAIL_FROM.parse().expect("a valid default sender"),
            smtp_url: None,
            dir: PathBuf::from(DEFAULT_OUTBOX_DIR),
        }
    }
}

const DEFAULT_MAIL_FROM: &str = "Portal <no-reply@portal.invalid>";
const DEFAULT_OUTBOX_DIR: &str = "data/outbox";

/// An SMTP URL, which may hold a user name and password: its `Debug` form shows neither.
#[derive(Clone, PartialEq, Eq)]
pub struct SmtpUrl(String);

impl SmtpUrl {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SmtpUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SmtpUrl(..)")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    Json,
    Text,
}

impl Config {
    pub fn serves_https(&self) -> bool {
        self.public_origin
            .as_deref()
            .is_some_and(|o| o.starts_with("https://"))
    }
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error("cannot read the configuration file {path}: {reason}")]
    Unreadable { path: String, reason: String },
    #[error("the configuration file {path} is not valid: {reason}")]
    Invalid { path: String, reason: String },
    #[error("setting {setting}: {reason}")]
    Setting {
        setting: &'static str,
        reason: String,
    },
}

/// What `portal.toml` may contain; an unknown key is an error, so a typo is not silently ignored.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSettings {
    database_url: Option<String>,
    demo: Option<bool>,
    public_origin: Option<String>,
    log_format: Option<String>,
    mail_from: Option<String>,
    smtp_url: Option<String>,
    outbox_dir: Option<String>,
}

/// Where settings come from; `from_sources` is pure so it can be tested without touching the
/// process environment.
pub struct Sources<'a> {
    /// `(path, contents)` of the configuration file, when there is one.
    pub file: Option<(&'a str, &'a str)>,
    pub env: &'a dyn Fn(&str) -> Option<String>,
}

impl Config {
    /// Reads `PORTAL_CONFIG` (default `portal.toml`, optional) and the environment.
    pub fn load() -> Result<Config, ConfigError> {
        let path = std::env::var("PORTAL_CONFIG").unwrap_or_else(|_| "portal.toml".into());
        let required = std::env::var_os("PORTAL_CONFIG").is_some();
        let contents = if required || Path::new(&path).exists() {
            Some(
                std::fs::read_to_string(&path).map_err(|e| ConfigError::Unreadable {
                    path: path.clone(),
                    reason: e.to_string(),
                })?,
            )
        } else {
            None
        };
        let env = |key: &str| std::env::var(key).ok().filter(|v| !v.is_empty());
        Config::from_sources(&Sources {
            file: contents.as_deref().map(|c| (path.as_str(), c)),
            env: &env,
        })
    }

    pub fn from_sources(sources: &Sources<'_>) -> Result<Config, ConfigError> {
        let file: FileSettings = match sources.file {
            Some((path, contents)) => {
                toml::from_str(contents).map_err(|e| ConfigError::Invalid {
                    path: path.to_string(),
                    reason: e.message().to_string(),
                })?
            }
            None => FileSettings::default(),
        };
        let env = sources.env;

        let database_url = env("DATABASE_URL")
            .or(file.database_url)
            .unwrap_or_else(|| "sqlite://data/portal.sqlite".into());
        if database_url.parse::<backend::db::DbKind>().is_err() {
            return Err(ConfigError::Setting {
                setting: "DATABASE_URL (database_url)",
                reason: "must start with sqlite:// or postgres://".into(),
            });
        }

        let demo = match env("PORTAL_DEMO") {
            Some(value) => parse_bool(&value).ok_or(ConfigError::Setting {
                setting: "PORTAL_DEMO (demo)",
                reason: format!("must be true or false, not {value:?}"),
            })?,
            None => file.demo.unwrap_or(false),
        };

        let public_origin = env("PORTAL_PUBLIC_ORIGIN").or(file.public_origin);
        if let Some(origin) = &public_origin {
            let valid = (origin.starts_with("https://") || origin.starts_with("http://"))
                && !origin.trim_end_matches('/').contains(['?', '#'])
                && origin.split("://").nth(1).is_some_and(|rest| {
                    !rest.is_empty() && !rest.trim_end_matches('/').contains('/')
                });
            if !valid {
                return Err(ConfigError::Setting {
                    setting: "PORTAL_PUBLIC_ORIGIN (public_origin)",
                    reason: format!(
                        "must be a scheme and host such as https://portal.example.org, not {origin:?}"
                    ),
                });
            }
        }

        let log_format = match env("PORTAL_LOG_FORMAT")
            .or(file.log_format)
            .as_deref()
            .unwrap_or("json")
        {
            "json" => LogFormat::Json,
            "text" => LogFormat::Text,
            other => {
                return Err(ConfigError::Setting {
                    setting: "PORTAL_LOG_FORMAT (log_format)",
                    reason: format!("must be json or text, not {other:?}"),
                })
            }
        };

        let outbox = outbox_config(
            env("PORTAL_MAIL_FROM").or(file.mail_from),
            env("PORTAL_SMTP_URL").or(file.smtp_url),
            env("PORTAL_OUTBOX_DIR").or(file.outbox_dir),
        )?;

        Ok(Config {
            database_url,
            demo,
            public_origin: public_origin.map(|o| o.trim_end_matches('/').to_string()),
            log_format,
            outbox,
        })
    }
}

fn outbox_config(
    mail_from: Option<String>,
    smtp_url: Option<String>,
    dir: Option<String>,
) -> Result<OutboxConfig, ConfigError> {
    let defaults = OutboxConfig::default();
    let mail_from = match mail_from {
        Some(value) => value.parse().map_err(|_| ConfigError::Setting {
            setting: "PORTAL_MAIL_FROM (mail_from)",
            reason: format!(
                "must be an address such as Portal <no-reply@portal.example.org>, not {value:?}"
            ),
        })?,
        None => defaults.mail_from,
    };
    // lettre's own reading of the URL, so a URL accepted here is one the channel can use. The
    // reason never quotes the URL, which may hold a password.
    if let Some(url) = &smtp_url {
        SmtpChannel::from_url(url, mail_from.clone()).map_err(|error| ConfigError::Setting {
            setting: "PORTAL_SMTP_URL (smtp_url)",
            reason: format!(
                "must be a URL such as smtp://localhost:25, smtps://user:password@mail.example.org \
                 or smtp://mail.example.org:587?tls=required ({error})"
            ),
        })?;
    }
    Ok(OutboxConfig {
        mail_from,
        smtp_url: smtp_url.map(SmtpUrl),
        dir: dir.map_or(defaults.dir, PathBuf::from),
    })
}

fn parse_bool(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn load(file: Option<&str>, env: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let env: HashMap<String, String> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let lookup = move |key: &str| env.get(key).cloned();
        Config::from_sources(&Sources {
            file: file.map(|c| ("portal.toml", c)),
            env: &lookup,
        })
    }

    #[test]
    fn defaults_are_sqlite_without_demo() {
        let config = load(None, &[]).unwrap();
        assert_eq!(config.database_url, "sqlite://data/portal.sqlite");
        assert!(!config.demo);
        assert_eq!(config.log_format, LogFormat::Json);
        assert!(!config.serves_https());
        assert_eq!(config.outbox.smtp_url, None, "messages go to files");
        assert_eq!(config.outbox.dir, Path::new("data/outbox"));
        assert_eq!(
            config.outbox.mail_from.to_string(),
            "Portal <no-reply@portal.invalid>"
        );
    }

    #[test]
    fn environment_overrides_the_file() {
        let file = "database_url = \"sqlite://file.sqlite\"\ndemo = true\n";
        let config = load(Some(file), &[("DATABASE_URL", "postgres://u@h/db")]).unwrap();
        assert_eq!(config.database_url, "postgres://u@h/db");
        assert!(config.demo);
        assert!(!load(Some(file), &[("PORTAL_DEMO", "off")]).unwrap().demo);
    }

    #[test]
    fn errors_name_the_setting() {
        let error = load(None, &[("PORTAL_DEMO", "maybe")]).unwrap_err();
        assert!(error.to_string().contains("PORTAL_DEMO"), "{error}");
        let error = load(None, &[("DATABASE_URL", "mysql://x")]).unwrap_err();
        assert!(error.to_string().contains("DATABASE_URL"), "{error}");
        let error = load(None, &[("PORTAL_PUBLIC_ORIGIN", "portal.example.org")]).unwrap_err();
        assert!(
            error.to_string().contains("PORTAL_PUBLIC_ORIGIN"),
            "{error}"
        );
        let error = load(None, &[("PORTAL_LOG_FORMAT", "xml")]).unwrap_err();
        assert!(error.to_string().contains("PORTAL_LOG_FORMAT"), "{error}");
    }

    #[test]
    fn mail_settings_come_from_the_file_and_the_environment_wins() {
        let file = "mail_from = \"Clinic <clinic@example.org>\"\n\
                    smtp_url = \"smtp://relay.example.org:25\"\n\
                    outbox_dir = \"/var/lib/portal/outbox\"\n";
        let config = load(Some(file), &[]).unwrap();
        assert_eq!(
            config.outbox.mail_from.email.to_string(),
            "clinic@example.org"
        );
        assert_eq!(
            config.outbox.smtp_url.as_ref().map(SmtpUrl::as_str),
            Some("smtp://relay.example.org:25")
        );
        assert_eq!(config.outbox.dir, Path::new("/var/lib/portal/outbox"));

        let config = load(
            Some(file),
            &[
                ("PORTAL_MAIL_FROM", "noreply@portal.example.org"),
                ("PORTAL_SMTP_URL", "smtps://user:pw@mail.example.org"),
                ("PORTAL_OUTBOX_DIR", "mail"),
            ],
        )
        .unwrap();
        assert_eq!(
            config.outbox.mail_from.email.to_string(),
            "noreply@portal.example.org"
        );
        assert_eq!(
            config.outbox.smtp_url.as_ref().map(SmtpUrl::as_str),
            Some("smtps://user:pw@mail.example.org")
        );
        assert_eq!(config.outbox.dir, Path::new("mail"));
    }

    #[test]
    fn mail_settings_are_checked_and_the_smtp_password_never_shown() {
        let error = load(None, &[("PORTAL_MAIL_FROM", "not an address")]).unwrap_err();
        assert!(error.to_string().contains("PORTAL_MAIL_FROM"), "{error}");
        let error = load(
            None,
            &[("PORTAL_SMTP_URL", "https://user:hunter2@mail.example.org")],
        )
        .unwrap_err();
        assert!(error.to_string().contains("PORTAL_SMTP_URL"), "{error}");
        assert!(!error.to_string().contains("hunter2"), "{error}");
        let config = load(
            None,
            &[("PORTAL_SMTP_URL", "smtps://user:hunter2@mail.example.org")],
        )
        .unwrap();
        assert!(!format!("{config:?}").contains("hunter2"));
    }

    #[test]
    fn unknown_file_keys_are_refused() {
        let error = load(Some("databse_url = \"sqlite://x\"\n"), &[]).unwrap_err();
        assert!(matches!(error, ConfigError::Invalid { .. }), "{error}");
        assert!(error.to_string().contains("databse_url"), "{error}");
    }

    #[test]
    fn https_origin_turns_on_hsts() {
        let config = load(
            None,
            &[("PORTAL_PUBLIC_ORIGIN", "https://portal.example.org/")],
        )
        .unwrap();
        assert!(config.serves_https());
        assert_eq!(
            config.public_origin.as_deref(),
            Some("https://portal.example.org")
        );
    }
}
