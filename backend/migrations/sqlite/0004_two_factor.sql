-- Two-step verification: one TOTP secret per user (pending until a first code confirms it), ten
-- single-use recovery codes kept only as SHA-256, and sessions that wait for the second step.

CREATE TABLE two_factor (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    -- RFC 4648 base32 of 20 random bytes
    secret TEXT NOT NULL CHECK (length(secret) = 32),
    created_at INTEGER NOT NULL,
    confirmed_at INTEGER,
    -- the last TOTP time step accepted: each code works once
    last_step INTEGER
) STRICT;

CREATE TABLE recovery_codes (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL CHECK (length(code_hash) = 64),
    created_at INTEGER NOT NULL,
    used_at INTEGER,
    PRIMARY KEY (user_id, code_hash)
) STRICT;

-- A session opened by a right password for an account with two-step verification is only
-- 'second_factor' until the code is given; then it is replaced by a new 'signed_in' one.
ALTER TABLE sessions ADD COLUMN stage TEXT NOT NULL DEFAULT 'signed_in'
    CHECK (stage IN ('second_factor', 'signed_in'));

-- Only the demo accounts (SPEC §5: "TOTP off in demo mode only"); a database holding them is
-- refused outside demo mode.
ALTER TABLE users ADD COLUMN two_factor_exempt INTEGER NOT NULL DEFAULT 0
    CHECK (two_factor_exempt IN (0, 1));
