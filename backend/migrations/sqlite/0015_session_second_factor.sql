-- Security hardening of sign-in.
--
-- A session records whether it passed a second factor: staff roles are used only in such a
-- session, so a session opened with the password alone before two-step verification was turned
-- on never gains them. Sessions open before this migration count as not having passed one.
ALTER TABLE sessions ADD COLUMN second_factor INTEGER NOT NULL DEFAULT 0
    CHECK (second_factor IN (0, 1));

-- Sign-in attempts are counted before the password is checked, and failures are forgotten only
-- after a quiet spell longer than the longest lock (counted from the last attempt, not the
-- first), so waiting out a lock does not reset the count.
ALTER TABLE sign_in_failures ADD COLUMN last_failure_at INTEGER NOT NULL DEFAULT 0;
UPDATE sign_in_failures SET last_failure_at = first_failure_at;

-- A secret waiting for its first code is shown only to the session that asked for it with the
-- password, and only for a while (an unattended session elsewhere cannot read it).
ALTER TABLE two_factor ADD COLUMN pending_session TEXT;
