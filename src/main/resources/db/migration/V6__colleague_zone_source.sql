-- Touchbase schema, version 6: where a colleague's time zone came from.
-- Portable SQL: the same file runs on SQLite and PostgreSQL. 'given' (a person typed it),
-- 'inferred' (from the colleague's free/busy) or 'assumed' (the account's zone, for lack of data).
-- Rows from before this version were typed in, so they are 'given'.
ALTER TABLE colleagues ADD COLUMN time_zone_source VARCHAR(16) NOT NULL DEFAULT 'given';
