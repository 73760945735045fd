-- Where a front-desk account works: it reads and changes appointments, schedules and blocks
-- only at these locations (security review finding 10, minimum necessary). A system
-- administrator assigns and removes them; who assigned each and when is kept with it (and in
-- the audit trail).
CREATE TABLE staff_locations (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    location_id BIGINT NOT NULL REFERENCES locations (id),
    assigned_by BIGINT NOT NULL REFERENCES users (id),
    assigned_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, location_id)
);

CREATE INDEX staff_locations_by_location ON staff_locations (location_id);
