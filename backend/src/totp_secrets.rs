//! TOTP secrets at rest: sealed with ChaCha20-Poly1305 under the TOTP key from configuration, a
//! fresh random nonce per write and the user's id as associated data (a sealed secret moved to
//! another account does not open). The stored text is `v1.<key id>.<base64 of nonce and
//! ciphertext>`, so a rotation (`portal rotate-totp-key`) knows which key sealed each row.

use crate::{
    db::{Db, DbError},
    keys::{self, SecretKey},
};
use base64::{engine::general_purpose::STANDARD, Engine};
use chacha20poly1305::{
    aead::{Aead, KeyInit, Payload},
    ChaCha20Poly1305, Key, Nonce,
};
use rand::RngCore;
use sqlx::Row;

const VERSION: &str = "v1";
const NONCE_BYTES: usize = 12;

/// Seals `secret` (the base32 text) for `user_id` under the installed TOTP key.
pub(crate) fn seal(user_id: i64, secret: &str) -> Result<String, DbError> {
    Ok(seal_with(&keys::installed()?.totp, user_id, secret))
}

/// Opens a stored secret of `user_id` with the installed TOTP key.
pub(crate) fn open(user_id: i64, stored: &str) -> Result<String, DbError> {
    open_with(&keys::installed()?.totp, user_id, stored)
}

fn associated_data(user_id: i64) -> String {
    format!("totp secret of user {user_id}")
}

fn seal_with(key: &SecretKey, user_id: i64, secret: &str) -> String {
    let mut nonce = [0u8; NONCE_BYTES];
    rand::rng().fill_bytes(&mut nonce);
    let aad = associated_data(user_id);
    let sealed = ChaCha20Poly1305::new(Key::from_slice(key.bytes()))
        .encrypt(
            Nonce::from_slice(&nonce),
            Payload {
                msg: secret.as_bytes(),
                aad: aad.as_bytes(),
            },
        )
        .expect("sealing a short secret cannot fail");
    let mut bytes = nonce.to_vec();
    bytes.extend_from_slice(&sealed);
    format!("{VERSION}.{}.{}", key.id(), STANDARD.encode(bytes))
}

/// The id of the key that sealed `stored`, when it is sealed text at all.
fn sealed_by(stored: &str) -> Option<&str> {
    let mut parts = stored.splitn(3, '.');
    (parts.next() == Some(VERSION)).then_some(())?;
    parts.next()
}

fn open_with(key: &SecretKey, user_id: i64, stored: &str) -> Result<String, DbError> {
    let refused = DbError::Invalid("a TOTP secret that the configured TOTP key does not open");
    if sealed_by(stored) != Some(key.id().as_str()) {
        return Err(refused);
    }
    let bytes = stored
        .rsplit('.')
        .next()
        .and_then(|b64| STANDARD.decode(b64).ok())
        .filter(|bytes| bytes.len() > NONCE_BYTES)
        .ok_or(DbError::Invalid(
            "a sealed TOTP secret that is not well formed",
        ))?;
    let (nonce, sealed) = bytes.split_at(NONCE_BYTES);
    let aad = associated_data(user_id);
    let plain = ChaCha20Poly1305::new(Key::from_slice(key.bytes()))
        .decrypt(
            Nonce::from_slice(nonce),
            Payload {
                msg: sealed,
                aad: aad.as_bytes(),
            },
        )
        .map_err(|_| refused)?;
    String::from_utf8(plain).map_err(|_| DbError::Invalid("a sealed TOTP secret that is not text"))
}

/// Seals every secret still stored as plain text (written before secrets were sealed) under
/// `key`, in one transaction; run at every start. Returns how many it sealed.
pub async fn seal_plain_secrets(db: &Db, key: &SecretKey) -> Result<u64, DbError> {
    reseal(db, None, key).await
}

/// How many secrets are sealed under a key other than `key`: the server refuses to start on a
/// TOTP key that would not open them.
pub async fn sealed_under_other_keys(db: &Db, key: &SecretKey) -> Result<i64, DbError> {
    let mut tx = db.begin_read().await?;
    let count = sqlx::query(
        "SELECT COUNT(*) AS n FROM two_factor WHERE secret LIKE $1 AND secret NOT LIKE $2",
    )
    .bind(format!("{VERSION}.%"))
    .bind(format!("{VERSION}.{}.%", key.id()))
    .fetch_one(&mut *tx)
    .await?
    .try_get("n")?;
    tx.commit().await?;
    Ok(count)
}

/// Re-seals every secret under `new`: those sealed by `old` are opened with it, plain ones are
/// sealed, those already under `new` are left. All in one transaction: a row that neither key
/// opens stops the rotation and nothing changes. Returns how many rows it rewrote.
pub async fn rotate(db: &Db, old: &SecretKey, new: &SecretKey) -> Result<u64, DbError> {
    reseal(db, Some(old), new).await
}

async fn reseal(db: &Db, old: Option<&SecretKey>, new: &SecretKey) -> Result<u64, DbError> {
    let mut tx = db.begin_write().await?;
    let rows = sqlx::query("SELECT user_id, secret FROM two_factor ORDER BY user_id")
        .fetch_all(&mut *tx)
        .await?;
    let new_id = new.id();
    let mut rewritten = 0;
    for row in rows {
        let user_id: i64 = row.try_get("user_id")?;
        let stored: String = row.try_get("secret")?;
        let plain = match (sealed_by(&stored), old) {
            (None, _) => stored,
            (Some(id), _) if id == new_id => continue,
            (Some(_), Some(old)) => open_with(old, user_id, &stored)?,
            // Sealed under a key this start does not know: the read path will say so.
            (Some(_), None) => continue,
        };
        sqlx::query("UPDATE two_factor SET secret = $1 WHERE user_id = $2")
            .bind(seal_with(new, user_id, &plain))
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        rewritten += 1;
    }
    tx.commit().await?;
    Ok(rewritten)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::Keys;

    const SECRET: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    #[test]
    fn a_sealed_secret_opens_only_with_its_key_and_for_its_user() {
        let Keys { audit: other, totp } = Keys::demo();
        let sealed = seal_with(&totp, 7, SECRET);
        assert!(!sealed.contains(SECRET));
        assert_eq!(sealed_by(&sealed), Some(totp.id().as_str()));
        assert_eq!(open_with(&totp, 7, &sealed).unwrap(), SECRET);
        assert!(open_with(&totp, 8, &sealed).is_err(), "another user's row");
        assert!(open_with(&other, 7, &sealed).is_err(), "another key");
        assert_ne!(
            seal_with(&totp, 7, SECRET),
            sealed,
            "a fresh nonce each time"
        );
        assert!(
            open_with(&totp, 7, SECRET).is_err(),
            "plain text is not opened"
        );
    }

    #[test]
    fn a_changed_byte_is_refused() {
        let totp = Keys::demo().totp;
        let sealed = seal_with(&totp, 7, SECRET);
        let (head, body) = sealed.rsplit_once('.').unwrap();
        let mut bytes = STANDARD.decode(body).unwrap();
        bytes[NONCE_BYTES] ^= 1;
        let tampered = format!("{head}.{}", STANDARD.encode(bytes));
        assert!(open_with(&totp, 7, &tampered).is_err());
    }
}
