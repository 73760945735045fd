-- The notification outbox: each message is written in the same transaction as the change that
-- causes it, then a worker delivers it through the configured channel (e-mail). Instants are UTC
-- milliseconds since the Unix epoch.
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    -- what the message says, e.g. 'password_reset'; the renderer's template name
    kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 64),
    recipient_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    to_address TEXT NOT NULL CHECK (length(to_address) BETWEEN 3 AND 254),
    locale TEXT NOT NULL CHECK (locale IN ('en', 'es', 'ar', 'zh-CN', 'vi')),
    -- JSON object the message is rendered from; emptied ('{}') once sent or given up, since it
    -- may hold a one-time link and personal data
    payload TEXT NOT NULL CHECK (json_valid(payload) AND json_type(payload) = 'object'),
    -- the same logical message is never queued twice
    dedupe_key TEXT UNIQUE CHECK (length(dedupe_key) BETWEEN 1 AND 200),
    created_at INTEGER NOT NULL,
    deliver_after INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at INTEGER NOT NULL,
    -- a worker's lease: another worker may take the message over once it has run out
    claimed_by TEXT CHECK (length(claimed_by) BETWEEN 1 AND 200),
    claimed_until INTEGER,
    sent_at INTEGER,
    -- gave up: the message could not be rendered or every attempt failed
    failed_at INTEGER,
    -- a short generic reason, never the address or the content
    last_error TEXT CHECK (length(last_error) <= 200),
    CHECK ((claimed_by IS NULL) = (claimed_until IS NULL)),
    CHECK (sent_at IS NULL OR failed_at IS NULL),
    CHECK (next_attempt_at >= deliver_after)
) STRICT;
-- The worker's question: which unfinished messages are due?
CREATE INDEX notifications_due ON notifications (next_attempt_at)
WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX notifications_by_recipient ON notifications (recipient_user_id);
