-- PostgreSQL needs pattern-operator indexes for name prefixes (its 0013); SQLite's name search
-- already uses range conditions on the indexes of 0008 and 0009, so nothing changes here.
SELECT 1;
