-- Touchbase schema, version 19: a version per account's feed, shared by every instance.
-- Portable SQL: the same file runs on SQLite and PostgreSQL.

-- Counted up whenever something the account's feed shows is written (a series, an occurrence
-- change, an outbox outcome, a colleague, the feed setting). Each instance keeps rendered feeds in
-- memory and, before serving one it has not checked for a second, compares the version it rendered
-- at with this one, so a change made through another instance is served within about a second.
ALTER TABLE accounts ADD COLUMN feed_version BIGINT NOT NULL DEFAULT 0;
