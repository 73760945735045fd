-- Single-use invitation codes: front desk gives one to a patient, who signs up with it and their
-- date of birth. Only the code's SHA-256 is stored; the code is shown once.
CREATE TABLE invitations (
    id INTEGER PRIMARY KEY,
    code_hash TEXT NOT NULL UNIQUE CHECK (length(code_hash) = 64),
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER,
    used_by INTEGER REFERENCES users (id),
    CHECK (expires_at > created_at),
    CHECK ((used_at IS NULL) = (used_by IS NULL))
) STRICT;
CREATE INDEX invitations_by_patient ON invitations (patient_id);
CREATE INDEX patients_by_name_and_birth ON patients (lower(family_name), date_of_birth);
