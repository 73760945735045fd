-- The audit chain is keyed from here on: new rows carry an HMAC-SHA-256 under a key kept outside
-- the database ('hmac-sha256'); rows written before keep their plain SHA-256 ('sha256') and still
-- verify, but a plain row after a keyed one is reported.
ALTER TABLE audit_log ADD COLUMN scheme TEXT NOT NULL DEFAULT 'sha256'
    CHECK (scheme IN ('sha256', 'hmac-sha256'));

-- TOTP secrets are sealed (`v1.<key id>.<nonce and ciphertext>`, see `backend::totp_secrets`);
-- plain ones left from before are sealed at start. SQLite cannot change a CHECK in place.
CREATE TABLE two_factor_sealed (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret TEXT NOT NULL CHECK (length(secret) = 32 OR substr(secret, 1, 3) = 'v1.'),
    created_at INTEGER NOT NULL,
    confirmed_at INTEGER,
    -- the last TOTP time step accepted: each code works once
    last_step INTEGER,
    -- the session a secret waiting for its first code is shown to (0015)
    pending_session TEXT
) STRICT;
INSERT INTO two_factor_sealed (user_id, secret, created_at, confirmed_at, last_step, pending_session)
SELECT user_id, secret, created_at, confirmed_at, last_step, pending_session FROM two_factor;
DROP TABLE two_factor;
ALTER TABLE two_factor_sealed RENAME TO two_factor;
