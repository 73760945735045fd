-- The audit chain is keyed from here on: new rows carry an HMAC-SHA-256 under a key kept outside
-- the database ('hmac-sha256'); rows written before keep their plain SHA-256 ('sha256') and still
-- verify, but a plain row after a keyed one is reported.
ALTER TABLE audit_log ADD COLUMN scheme TEXT NOT NULL DEFAULT 'sha256'
    CHECK (scheme IN ('sha256', 'hmac-sha256'));

-- TRUNCATE skips row triggers: refuse it too.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- TOTP secrets are sealed (`v1.<key id>.<nonce and ciphertext>`, see `backend::totp_secrets`);
-- plain ones left from before are sealed at start.
ALTER TABLE two_factor DROP CONSTRAINT two_factor_secret_check;
ALTER TABLE two_factor ADD CONSTRAINT two_factor_secret_check
    CHECK (length(secret) = 32 OR left(secret, 3) = 'v1.');
