-- Name search matches the start of a given or a family name through an index on each (letter
-- case ignored), instead of scanning every provider.
CREATE INDEX providers_by_given_name ON providers (lower(given_name));
