//! Settings from an optional `portal.toml` plus environment variables (which win), validated at
//! start with errors that name the setting.

use backend::{
    keys::{Keys, SecretKey},
    notifications::{Mailbox, SmtpChannel},
};
use ipnet::IpNet;
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
    /// Outside demo mode the server refuses to serve plain http unless this is set (a lab
    /// without TLS).
    pub insecure_http: bool,
    /// The audit chain's and the TOTP secrets' keys (`PORTAL_AUDIT_KEY`, `PORTAL_TOTP_KEY`);
    /// required outside demo mode, where [`Keys::demo`] (not secret) stands in.
    pub keys: Keys,
    /// The TOTP key being retired (`PORTAL_TOTP_KEY_OLD`), for `portal rotate-totp-key`.
    pub old_totp_key: Option<SecretKey>,
    /// Reverse proxies whose `X-Forwarded-For` is believed (`PORTAL_TRUSTED_PROXIES`); none by
    /// default, so the client is the TCP peer.
    pub trusted_proxies: Vec<IpNet>,
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
pub struct SmtpUrl(pub(crate) String);

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
    insecure_http: Option<bool>,
    audit_key: Option<String>,
    totp_key: Option<String>,
    totp_key_old: Option<String>,
    trusted_proxies: Option<Vec<String>>,
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

        let insecure_http = match env("PORTAL_INSECURE_HTTP") {
            Some(value) => parse_bool(&value).ok_or(ConfigError::Setting {
                setting: "PORTAL_INSECURE_HTTP (insecure_http)",
                reason: format!("must be true or false, not {value:?}"),
            })?,
            None => file.insecure_http.unwrap_or(false),
        };
        let https = public_origin
            .as_deref()
            .is_some_and(|o| o.starts_with("https://"));
        if !demo && !https && !insecure_http {
            return Err(ConfigError::Setting {
                setting: "PORTAL_PUBLIC_ORIGIN (public_origin)",
                reason: "outside demo mode must be the https:// origin users reach the portal at \
                         (for a lab without TLS only, set PORTAL_INSECURE_HTTP=true)"
                    .into(),
            });
        }

        let audit_key = key_setting(
            "PORTAL_AUDIT_KEY (audit_key)",
            env("PORTAL_AUDIT_KEY").or(file.audit_key),
        )?;
        let totp_key = key_setting(
            "PORTAL_TOTP_KEY (totp_key)",
            env("PORTAL_TOTP_KEY").or(file.totp_key),
        )?;
        let demo_keys = Keys::demo();
        let keys = Keys {
            audit: required_key(
                "PORTAL_AUDIT_KEY (audit_key)",
                audit_key,
                demo,
                demo_keys.audit,
            )?,
            totp: required_key("PORTAL_TOTP_KEY (totp_key)", totp_key, demo, demo_keys.totp)?,
        };
        let old_totp_key = key_setting(
            "PORTAL_TOTP_KEY_OLD (totp_key_old)",
            env("PORTAL_TOTP_KEY_OLD").or(file.totp_key_old),
        )?;

        let trusted_proxies = match env("PORTAL_TRUSTED_PROXIES") {
            Some(list) => list.split(',').map(|c| c.trim().to_string()).collect(),
            None => file.trusted_proxies.unwrap_or_default(),
        }
        .iter()
        .filter(|cidr| !cidr.is_empty())
        .map(|cidr| proxy_network(cidr))
        .collect::<Result<Vec<_>, _>>()?;

        Ok(Config {
            database_url,
            demo,
            public_origin: public_origin.map(|o| o.trim_end_matches('/').to_string()),
            log_format,
            outbox,
            insecure_http,
            keys,
            old_totp_key,
            trusted_proxies,
        })
    }
}

/// A key setting, when given: base64 of 32 bytes, or an error naming the setting (never quoting
/// the value).
fn key_setting(
    setting: &'static str,
    value: Option<String>,
) -> Result<Option<SecretKey>, ConfigError> {
    value
        .map(|text| {
            SecretKey::from_base64(&text).map_err(|error| ConfigError::Setting {
                setting,
                reason: error.to_string(),
            })
        })
        .transpose()
}

/// A key that must be configured outside demo mode; demo mode falls back to its published key.
fn required_key(
    setting: &'static str,
    key: Option<SecretKey>,
    demo: bool,
    demo_key: SecretKey,
) -> Result<SecretKey, ConfigError> {
    match key {
        Some(key) => Ok(key),
        None if demo => Ok(demo_key),
        None => Err(ConfigError::Setting {
            setting,
            reason: "is required outside demo mode: base64 of 32 random bytes, kept outside the \
                     database (e.g. the output of `openssl rand -base64 32`)"
                .into(),
        }),
    }
}

/// One entry of `PORTAL_TRUSTED_PROXIES`: a network (`10.0.0.0/8`) or a single address.
fn proxy_network(text: &str) -> Result<IpNet, ConfigError> {
    text.parse::<IpNet>()
        .or_else(|_| text.parse::<std::net::IpAddr>().map(IpNet::from))
        .map_err(|_| ConfigError::Setting {
            setting: "PORTAL_TRUSTED_PROXIES (trusted_proxies)",
            reason: format!(
                "must list networks such as 10.0.0.0/8 or addresses such as 192.0.2.10, not {text:?}"
            ),
        })
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

    const AUDIT_KEY: &str = "YXVkaXQga2V5IGZvciB0aGUgc2VydmVyIHRlc3RzISE=";
    const TOTP_KEY: &str = "dG90cCBrZXkgZm9yIHRoZSBzZXJ2ZXIgdGVzdHMhISE=";

    /// The settings a server outside demo mode cannot start without.
    const PRODUCTION: [(&str, &str); 3] = [
        ("PORTAL_PUBLIC_ORIGIN", "https://portal.example.org"),
        ("PORTAL_AUDIT_KEY", AUDIT_KEY),
        ("PORTAL_TOTP_KEY", TOTP_KEY),
    ];

    /// Loads `file` and `env` over the [`PRODUCTION`] settings (which `env` may override).
    fn load(file: Option<&str>, env: &[(&str, &str)]) -> Result<Config, ConfigError> {
        load_bare(file, &[&PRODUCTION[..], env].concat())
    }

    /// Loads `file` and `env` and nothing else.
    fn load_bare(file: Option<&str>, env: &[(&str, &str)]) -> Result<Config, ConfigError> {
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
        assert!(!config.insecure_http);
        assert!(
            config.trusted_proxies.is_empty(),
            "the client is the TCP peer"
        );
        assert_eq!(config.old_totp_key, None);
        assert_eq!(config.log_format, LogFormat::Json);
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

    #[test]
    fn outside_demo_mode_http_is_refused_unless_insecure_http_is_set() {
        let keys = &PRODUCTION[1..];
        for origin in [None, Some("http://portal.example.org")] {
            let env = [
                keys,
                &origin
                    .map(|o| ("PORTAL_PUBLIC_ORIGIN", o))
                    .into_iter()
                    .collect::<Vec<_>>(),
            ]
            .concat();
            let error = load_bare(None, &env).unwrap_err();
            assert!(
                error.to_string().contains("PORTAL_PUBLIC_ORIGIN"),
                "{error}"
            );
            assert!(
                error.to_string().contains("PORTAL_INSECURE_HTTP"),
                "{error}"
            );
            let lab = [&env[..], &[("PORTAL_INSECURE_HTTP", "true")]].concat();
            let config = load_bare(None, &lab).unwrap();
            assert!(config.insecure_http && !config.serves_https());
        }
        let file = "insecure_http = true\n";
        assert!(load_bare(Some(file), keys).unwrap().insecure_http);
        let error = load(None, &[("PORTAL_INSECURE_HTTP", "perhaps")]).unwrap_err();
        assert!(
            error.to_string().contains("PORTAL_INSECURE_HTTP"),
            "{error}"
        );
    }

    #[test]
    fn outside_demo_mode_both_keys_are_required() {
        for missing in ["PORTAL_AUDIT_KEY", "PORTAL_TOTP_KEY"] {
            let env: Vec<_> = PRODUCTION
                .into_iter()
                .filter(|(k, _)| *k != missing)
                .collect();
            let error = load_bare(None, &env).unwrap_err();
            assert!(error.to_string().contains(missing), "{error}");
            assert!(
                error.to_string().contains("required outside demo mode"),
                "{error}"
            );
        }
        let config = load(None, &[]).unwrap();
        assert_eq!(
            config.keys.audit,
            SecretKey::from_base64(AUDIT_KEY).unwrap()
        );
        assert_eq!(config.keys.totp, SecretKey::from_base64(TOTP_KEY).unwrap());
        let file = format!("audit_key = \"{AUDIT_KEY}\"\ntotp_key = \"{TOTP_KEY}\"\n");
        let from_file = load_bare(Some(&file), &PRODUCTION[..1]).unwrap();
        assert_eq!(from_file.keys, config.keys);
    }

    #[test]
    fn demo_mode_runs_on_the_published_demo_keys_unless_given_others() {
        let config = load_bare(None, &[("PORTAL_DEMO", "true")]).unwrap();
        assert_eq!(config.keys, Keys::demo());
        let config = load(None, &[("PORTAL_DEMO", "true")]).unwrap();
        assert_eq!(
            config.keys.audit,
            SecretKey::from_base64(AUDIT_KEY).unwrap()
        );
    }

    #[test]
    fn a_malformed_key_is_named_and_never_shown() {
        for setting in ["PORTAL_AUDIT_KEY", "PORTAL_TOTP_KEY", "PORTAL_TOTP_KEY_OLD"] {
            let error = load(None, &[(setting, "c2hvcnQ=")]).unwrap_err();
            assert!(error.to_string().contains(setting), "{error}");
            assert!(!error.to_string().contains("c2hvcnQ="), "{error}");
        }
        let config = load(None, &[("PORTAL_TOTP_KEY_OLD", AUDIT_KEY)]).unwrap();
        assert_eq!(config.old_totp_key, Some(config.keys.audit.clone()));
        let shown = format!("{config:?}");
        assert!(
            !shown.contains(AUDIT_KEY) && !shown.contains(TOTP_KEY),
            "{shown}"
        );
    }

    #[test]
    fn trusted_proxies_are_networks_or_addresses() {
        let config = load(
            None,
            &[("PORTAL_TRUSTED_PROXIES", "10.0.0.0/8, 192.0.2.10,::1")],
        )
        .unwrap();
        let expected: Vec<IpNet> = ["10.0.0.0/8", "192.0.2.10/32", "::1/128"]
            .iter()
            .map(|n| n.parse().unwrap())
            .collect();
        assert_eq!(config.trusted_proxies, expected);
        let file = "trusted_proxies = [\"10.0.0.0/8\"]\n";
        assert_eq!(
            load(Some(file), &[]).unwrap().trusted_proxies,
            expected[..1]
        );
        let error = load(None, &[("PORTAL_TRUSTED_PROXIES", "10.0.0.0/33")]).unwrap_err();
        assert!(
            error.to_string().contains("PORTAL_TRUSTED_PROXIES"),
            "{error}"
        );
    }
}
