-- People who sign in, their roles, patients, sessions, sign-in throttling and the audit trail.
-- Instants are UTC milliseconds since the Unix epoch.

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    -- lower-cased email: one account per address whatever the letter case
    email_key TEXT NOT NULL UNIQUE CHECK (email_key = lower(email)),
    display_name TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    password_hash TEXT NOT NULL,
    preferred_locale TEXT CHECK (preferred_locale IN ('en', 'es', 'ar', 'zh-CN', 'vi')),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE user_roles (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (
        role IN ('patient', 'provider', 'front_desk', 'credentialing_admin', 'system_admin')
    ),
    PRIMARY KEY (user_id, role)
) STRICT;

CREATE TABLE patients (
    id INTEGER PRIMARY KEY,
    user_id INTEGER UNIQUE REFERENCES users (id),
    given_name TEXT NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
    family_name TEXT NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
    -- ISO 8601 calendar date
    date_of_birth TEXT NOT NULL CHECK (date_of_birth GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE sessions (
    -- SHA-256 of the cookie's token: a stolen database cannot be replayed as cookies
    id TEXT PRIMARY KEY CHECK (length(id) = 64),
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    idle_limit_ms INTEGER NOT NULL CHECK (idle_limit_ms > 0),
    expires_at INTEGER NOT NULL,
    user_agent TEXT NOT NULL,
    client_addr TEXT NOT NULL,
    ended_at INTEGER,
    CHECK (expires_at > created_at)
) STRICT;
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE sign_in_failures (
    -- 'account:<email key>' or 'address:<client address>'
    key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL CHECK (failures > 0),
    first_failure_at INTEGER NOT NULL,
    locked_until INTEGER
) STRICT;

CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY CHECK (seq > 0),
    at INTEGER NOT NULL,
    actor_user_id INTEGER,
    on_behalf_of_patient_id INTEGER,
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id TEXT,
    patient_id INTEGER,
    outcome TEXT NOT NULL CHECK (outcome IN ('success', 'denied', 'failure')),
    client_addr TEXT NOT NULL,
    user_agent TEXT NOT NULL,
    -- SHA-256 over the previous row's hash and this row's fields: an edited or removed row
    -- breaks the chain (`cargo xtask audit-verify`)
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
) STRICT;
CREATE INDEX audit_by_patient ON audit_log (patient_id, at);
CREATE INDEX audit_by_actor ON audit_log (actor_user_id, at);

-- The chain's head: one row, updated in the same transaction as each append, which serialises
-- appenders on PostgreSQL too.
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq INTEGER NOT NULL,
    last_hash TEXT NOT NULL
) STRICT;
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
