-- A change of sign-in email waiting for its confirmation link: one per account (a newer request
-- replaces it). Only the token's SHA-256 is stored; the account keeps its old address, for
-- signing in and for mail, until the link is used.
CREATE TABLE email_changes (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
    new_email TEXT NOT NULL CHECK (length(new_email) BETWEEN 3 AND 254),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    CHECK (expires_at > created_at)
) STRICT;
