-- Refusals of objects that exist (another patient's appointment, say), counted per actor, kind
-- of object and minute. The first refusal of a minute appends an audit row (`audit_seq`, outcome
-- `denied`); the others only raise `refusals`, so a script walking ids leaves a bounded trace
-- in the single-writer audit chain and still says how often it tried. Shared by every server
-- process, as the database is.
CREATE TABLE refusal_windows (
    actor_user_id INTEGER NOT NULL REFERENCES users (id),
    object_type TEXT NOT NULL,
    -- the minute: epoch milliseconds divided by 60000
    minute INTEGER NOT NULL,
    refusals INTEGER NOT NULL CHECK (refusals > 0),
    -- the audit row that stands for this minute's refusals (0 until it is appended, in the same
    -- transaction)
    audit_seq INTEGER NOT NULL,
    PRIMARY KEY (actor_user_id, object_type, minute)
);
CREATE INDEX refusal_windows_by_audit_row ON refusal_windows (audit_seq);
