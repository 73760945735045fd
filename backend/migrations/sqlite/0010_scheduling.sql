-- Scheduling: when each provider can be booked at each location (weekly hours and dated extra
-- hours in the location's own wall-clock time), time that cannot be booked (blocks), the on-call
-- rota, appointments, and the waitlist. Instants are UTC milliseconds; nothing is deleted
-- (appointments are cancelled, blocks lifted, hours ended).
--
-- No double booking: an appointment that holds its time (held, booked, arrived, completed,
-- no-show) may not overlap another such appointment of the same provider, nor of the same
-- patient. SQLite has no exclusion constraints, so triggers refuse overlaps; every write
-- transaction begins IMMEDIATE, so the check and the insert cannot interleave with another
-- writer's. A unique index on (provider, start) backs the same rule up.

-- How long before an appointment a patient may still reschedule or cancel it online; after
-- that they call the clinic (front desk may still change it).
ALTER TABLE locations ADD COLUMN change_cutoff_hours INTEGER NOT NULL DEFAULT 24
    CHECK (change_cutoff_hours BETWEEN 0 AND 336);

CREATE TABLE weekly_hours (
    id INTEGER PRIMARY KEY,
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    location_id INTEGER NOT NULL REFERENCES locations (id),
    -- ISO weekday: 1 Monday … 7 Sunday
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts TEXT NOT NULL CHECK (starts GLOB '[0-2][0-9]:[0-5][0-9]'),
    ends TEXT NOT NULL CHECK (ends GLOB '[0-2][0-9]:[0-5][0-9]'),
    slot_minutes INTEGER NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
    in_person INTEGER NOT NULL DEFAULT 1 CHECK (in_person IN (0, 1)),
    telehealth INTEGER NOT NULL DEFAULT 0 CHECK (telehealth IN (0, 1)),
    -- slots open to patients new to the provider (otherwise follow-ups only)
    new_patients INTEGER NOT NULL DEFAULT 1 CHECK (new_patients IN (0, 1)),
    valid_from TEXT CHECK (valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    valid_to TEXT CHECK (valid_to GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    created_at INTEGER NOT NULL,
    CHECK (ends > starts),
    CHECK (in_person = 1 OR telehealth = 1),
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
) STRICT;
CREATE INDEX weekly_hours_by_provider ON weekly_hours (provider_id, location_id);
CREATE INDEX weekly_hours_by_location ON weekly_hours (location_id, provider_id);

-- Bookable time on one date beyond the weekly pattern (a Saturday clinic, an extra session).
CREATE TABLE dated_hours (
    id INTEGER PRIMARY KEY,
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    location_id INTEGER NOT NULL REFERENCES locations (id),
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    starts TEXT NOT NULL CHECK (starts GLOB '[0-2][0-9]:[0-5][0-9]'),
    ends TEXT NOT NULL CHECK (ends GLOB '[0-2][0-9]:[0-5][0-9]'),
    slot_minutes INTEGER NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
    in_person INTEGER NOT NULL DEFAULT 1 CHECK (in_person IN (0, 1)),
    telehealth INTEGER NOT NULL DEFAULT 0 CHECK (telehealth IN (0, 1)),
    new_patients INTEGER NOT NULL DEFAULT 1 CHECK (new_patients IN (0, 1)),
    created_at INTEGER NOT NULL,
    CHECK (ends > starts),
    CHECK (in_person = 1 OR telehealth = 1)
) STRICT;
CREATE INDEX dated_hours_by_provider ON dated_hours (provider_id, date);

-- Time that cannot be booked: one provider's (procedures, leave; at one location or all of
-- theirs) or a whole location's (a holiday). Lifting a block keeps it as history.
CREATE TABLE schedule_blocks (
    id INTEGER PRIMARY KEY,
    provider_id INTEGER REFERENCES providers (id),
    location_id INTEGER REFERENCES locations (id),
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('procedure', 'leave', 'holiday', 'training', 'other')),
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    lifted_at INTEGER,
    CHECK (ends_at > starts_at),
    CHECK (provider_id IS NOT NULL OR location_id IS NOT NULL)
) STRICT;
CREATE INDEX schedule_blocks_by_provider ON schedule_blocks (provider_id, starts_at);
CREATE INDEX schedule_blocks_by_location ON schedule_blocks (location_id, starts_at);

-- Who answers out of hours for a location.
CREATE TABLE on_call (
    id INTEGER PRIMARY KEY,
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    location_id INTEGER NOT NULL REFERENCES locations (id),
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    CHECK (ends_at > starts_at)
) STRICT;
CREATE INDEX on_call_by_location ON on_call (location_id, starts_at);

CREATE TABLE appointments (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    location_id INTEGER NOT NULL REFERENCES locations (id),
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    visit_mode TEXT NOT NULL CHECK (visit_mode IN ('in_person', 'telehealth')),
    visit_type TEXT NOT NULL CHECK (visit_type IN ('new_patient', 'follow_up')),
    reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    -- held: offered to someone on the waitlist until hold_expires_at; lapsed: an offer that
    -- was not taken. Only held, booked, arrived, completed and no_show hold their time.
    status TEXT NOT NULL CHECK (status IN ('held', 'booked', 'arrived', 'completed', 'no_show',
        'cancelled', 'lapsed')),
    hold_expires_at INTEGER,
    -- bumped on every change, for the calendar file (iCalendar SEQUENCE)
    sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
    booked_by INTEGER NOT NULL REFERENCES users (id),
    -- the booking form's one-time key: a retried submit finds the appointment it made
    idempotency_key TEXT CHECK (length(idempotency_key) BETWEEN 16 AND 100),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    cancelled_at INTEGER,
    cancelled_by INTEGER REFERENCES users (id),
    arrived_at INTEGER,
    CHECK (ends_at > starts_at),
    CHECK (status <> 'held' OR hold_expires_at IS NOT NULL),
    CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
) STRICT;
CREATE UNIQUE INDEX appointments_one_per_provider_start ON appointments (provider_id, starts_at)
WHERE status IN ('held', 'booked', 'arrived', 'completed', 'no_show');
CREATE UNIQUE INDEX appointments_idempotency ON appointments (booked_by, idempotency_key);
CREATE INDEX appointments_by_patient ON appointments (patient_id, starts_at);
CREATE INDEX appointments_by_provider ON appointments (provider_id, starts_at);
CREATE INDEX appointments_by_location ON appointments (location_id, starts_at);
CREATE INDEX appointments_holds ON appointments (hold_expires_at) WHERE status = 'held';

CREATE TRIGGER appointments_no_overlap_insert BEFORE INSERT ON appointments
WHEN NEW.status IN ('held', 'booked', 'arrived', 'completed', 'no_show')
BEGIN
    SELECT RAISE(ABORT, 'appointments_no_provider_overlap') WHERE EXISTS (
        SELECT 1 FROM appointments WHERE provider_id = NEW.provider_id
        AND status IN ('held', 'booked', 'arrived', 'completed', 'no_show')
        AND starts_at < NEW.ends_at AND ends_at > NEW.starts_at);
    SELECT RAISE(ABORT, 'appointments_no_patient_overlap') WHERE EXISTS (
        SELECT 1 FROM appointments WHERE patient_id = NEW.patient_id
        AND status IN ('held', 'booked', 'arrived', 'completed', 'no_show')
        AND starts_at < NEW.ends_at AND ends_at > NEW.starts_at);
END;
CREATE TRIGGER appointments_no_overlap_update BEFORE UPDATE OF status, starts_at, ends_at,
    provider_id, patient_id ON appointments
WHEN NEW.status IN ('held', 'booked', 'arrived', 'completed', 'no_show')
BEGIN
    SELECT RAISE(ABORT, 'appointments_no_provider_overlap') WHERE EXISTS (
        SELECT 1 FROM appointments WHERE provider_id = NEW.provider_id AND id <> NEW.id
        AND status IN ('held', 'booked', 'arrived', 'completed', 'no_show')
        AND starts_at < NEW.ends_at AND ends_at > NEW.starts_at);
    SELECT RAISE(ABORT, 'appointments_no_patient_overlap') WHERE EXISTS (
        SELECT 1 FROM appointments WHERE patient_id = NEW.patient_id AND id <> NEW.id
        AND status IN ('held', 'booked', 'arrived', 'completed', 'no_show')
        AND starts_at < NEW.ends_at AND ends_at > NEW.starts_at);
END;

-- A patient waiting for an earlier time with a provider, or with anyone in a specialty.
CREATE TABLE waitlist_entries (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    provider_id INTEGER REFERENCES providers (id),
    specialty_code TEXT REFERENCES specialties (code),
    visit_type TEXT NOT NULL CHECK (visit_type IN ('new_patient', 'follow_up')),
    visit_mode TEXT NOT NULL CHECK (visit_mode IN ('in_person', 'telehealth')),
    reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    -- the appointment an earlier time would replace (cancelled when an offer is accepted)
    replaces_appointment_id INTEGER REFERENCES appointments (id),
    -- only times before this instant are worth offering
    wanted_before INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('waiting', 'offered', 'booked', 'withdrawn')),
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK (provider_id IS NOT NULL OR specialty_code IS NOT NULL)
) STRICT;
CREATE INDEX waitlist_waiting ON waitlist_entries (status, created_at);
CREATE INDEX waitlist_by_patient ON waitlist_entries (patient_id);

-- A freed time offered to one waiting patient, held for them (a 'held' appointment) until it
-- expires; then it passes to the next.
CREATE TABLE waitlist_offers (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES waitlist_entries (id),
    appointment_id INTEGER NOT NULL UNIQUE REFERENCES appointments (id),
    expires_at INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'declined', 'expired')),
    created_at INTEGER NOT NULL,
    decided_at INTEGER
) STRICT;
CREATE INDEX waitlist_offers_by_entry ON waitlist_offers (entry_id);
