-- Staff accounts are made by a system administrator's single-use invitation code, which carries
-- the person's name and roles; they choose their email and password. Only the code's SHA-256 is
-- stored.
CREATE TABLE staff_invitations (
    id INTEGER PRIMARY KEY,
    code_hash TEXT NOT NULL UNIQUE CHECK (length(code_hash) = 64),
    display_name TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER,
    used_by INTEGER REFERENCES users (id),
    CHECK (expires_at > created_at),
    CHECK ((used_at IS NULL) = (used_by IS NULL))
) STRICT;

CREATE TABLE staff_invitation_roles (
    invitation_id INTEGER NOT NULL REFERENCES staff_invitations (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (
        role IN ('provider', 'front_desk', 'credentialing_admin', 'system_admin')
    ),
    PRIMARY KEY (invitation_id, role)
) STRICT;
