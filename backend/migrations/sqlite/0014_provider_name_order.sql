-- The directory lists providers by family name, given name and id. With this index a page of an
-- unnarrowed search walks providers in that order and stops when the page is full, instead of
-- sorting every provider (page 50 of 10,000: 7 ms of SQLite's time down to under 1 ms).
CREATE INDEX providers_by_name_order ON providers (lower(family_name), lower(given_name), id);
