-- Name search matches the start of a given or family name with LIKE 'prefix%'. Under a
-- non-C collation PostgreSQL can use a btree index for that only with the pattern operator
-- class; without these the directory's name search read every provider.
CREATE INDEX providers_by_family_name_prefix ON providers (lower(family_name) text_pattern_ops);
CREATE INDEX providers_by_given_name_prefix ON providers (lower(given_name) text_pattern_ops);
