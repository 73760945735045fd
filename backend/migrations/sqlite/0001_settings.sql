-- Facts about this installation, e.g. that the demo data set was loaded (which a server outside
-- demo mode refuses to start with).
CREATE TABLE app_settings (
    key TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 100),
    value TEXT NOT NULL,
    -- UTC instant, milliseconds since the Unix epoch
    updated_at INTEGER NOT NULL
) STRICT;
