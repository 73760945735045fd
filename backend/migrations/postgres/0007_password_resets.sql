-- "Forgot your password?": a single-use link, sent by email, that works for 30 minutes. Only the
-- token's SHA-256 is stored.
CREATE TABLE password_resets (
    token_hash TEXT PRIMARY KEY CHECK (length(token_hash) = 64),
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    CHECK (expires_at > created_at)
);
CREATE INDEX password_resets_by_user ON password_resets (user_id);
