//! The secrets kept outside the database: the key that makes the audit chain an HMAC (so whoever
//! holds the database alone cannot rewrite a row and its hash) and the key that seals TOTP secrets
//! at rest. Both come from configuration; the server installs them once at start, and the code
//! that writes audit rows or reads TOTP secrets takes them from here. There is no default: with
//! nothing installed those writes fail. `Debug` never shows a key.

use crate::db::DbError;
use base64::{engine::general_purpose::STANDARD, Engine};
use sha2::{Digest, Sha256};
use std::{fmt, sync::OnceLock};
use thiserror::Error;

/// A 256-bit key.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretKey([u8; 32]);

#[derive(Debug, Error, PartialEq, Eq)]
pub enum KeyError {
    #[error("must be base64 of 32 random bytes (e.g. the output of `openssl rand -base64 32`)")]
    Malformed,
    #[error("other keys are already installed in this process")]
    AlreadyInstalled,
}

impl SecretKey {
    /// Reads a key written as base64 of exactly 32 bytes.
    pub fn from_base64(text: &str) -> Result<SecretKey, KeyError> {
        let bytes = STANDARD
            .decode(text.trim())
            .map_err(|_| KeyError::Malformed)?;
        Ok(SecretKey(
            bytes.try_into().map_err(|_| KeyError::Malformed)?,
        ))
    }

    /// The raw key, for the code that keys or seals with it.
    pub fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// A short public name for the key (8 hex digits of a hash of it), stored beside what it
    /// sealed, so a rotation knows which rows are still under the old key. It says nothing
    /// useful about the key itself.
    pub fn id(&self) -> String {
        let digest = Sha256::new()
            .chain_update(b"portal key id\0")
            .chain_update(self.0)
            .finalize();
        hex::encode(&digest[..4])
    }
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey(..)")
    }
}

/// The keys a server process runs with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keys {
    /// Keys the audit chain's HMAC (`PORTAL_AUDIT_KEY`).
    pub audit: SecretKey,
    /// Seals TOTP secrets (`PORTAL_TOTP_KEY`).
    pub totp: SecretKey,
}

impl Keys {
    /// Demo mode's keys. They are written here in the source, so they are **not secret**: they
    /// protect nothing, and a demo database holds only demo data. Outside demo mode the keys must
    /// come from configuration.
    pub fn demo() -> Keys {
        Keys {
            audit: SecretKey(*b"demo audit key, not secret!!!!!!"),
            totp: SecretKey(*b"demo totp key, not secret!!!!!!!"),
        }
    }
}

static INSTALLED: OnceLock<Keys> = OnceLock::new();

/// Makes `keys` the process's keys. Installing the same keys again is harmless; different ones
/// are refused (one process, one audit chain key).
pub fn install(keys: Keys) -> Result<(), KeyError> {
    if *INSTALLED.get_or_init(|| keys.clone()) == keys {
        Ok(())
    } else {
        Err(KeyError::AlreadyInstalled)
    }
}

/// The installed keys; an error when the process started without any.
pub(crate) fn installed() -> Result<&'static Keys, DbError> {
    INSTALLED.get().ok_or(DbError::NoKeys)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_base64_of_32_bytes_and_never_shown() {
        let text = STANDARD.encode([7u8; 32]);
        let key = SecretKey::from_base64(&text).unwrap();
        assert_eq!(key.bytes(), &[7u8; 32]);
        assert_eq!(format!("{key:?}"), "SecretKey(..)");
        assert_eq!(key.id().len(), 8);
        assert_ne!(key.id(), Keys::demo().totp.id());
        for bad in ["", "not base64!", &STANDARD.encode([7u8; 31])] {
            assert_eq!(
                SecretKey::from_base64(bad),
                Err(KeyError::Malformed),
                "{bad}"
            );
        }
    }
}
