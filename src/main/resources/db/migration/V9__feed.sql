-- Touchbase schema, version 5: the calendar feed. (V4 is left to a parallel change.)
-- Portable SQL: the same file runs on SQLite and PostgreSQL.

-- Feed tokens (feed_tokens is from version 1): the token is looked up by its SHA-256 hash; the
-- page shows the feed URL again, so the token is also kept encrypted with the same AEAD key as the
-- Google tokens (token_ciphertext, base64; its associated data is the account id). purpose is
-- 'own' (the account's own feed) or 'share'. At most one live (unrevoked) token per account and
-- purpose; revoked rows are deleted on rotation.
ALTER TABLE feed_tokens ADD COLUMN token_ciphertext TEXT;
ALTER TABLE feed_tokens ADD COLUMN purpose VARCHAR(16) NOT NULL DEFAULT 'own';
CREATE UNIQUE INDEX feed_tokens_live ON feed_tokens (account_id, purpose) WHERE revoked_at IS NULL;

-- Whether the feed shows colleagues' names and emails (else every event is just "Touch-base").
ALTER TABLE accounts ADD COLUMN feed_shows_names BOOLEAN NOT NULL DEFAULT TRUE;

-- Per series, what the feed last published: a fingerprint of its content and a revision counted up
-- each time the fingerprint changes (the feed's SEQUENCE is Google's sequence plus the revision,
-- RFC 5545 section 3.8.7.4), and when that happened (DTSTAMP and LAST-MODIFIED).
CREATE TABLE feed_revisions (
    series_id    VARCHAR(36)  PRIMARY KEY REFERENCES touch_base_series (id) ON DELETE CASCADE,
    account_id   VARCHAR(36)  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    fingerprint  VARCHAR(128) NOT NULL,
    revision     INTEGER      NOT NULL,
    revised_at   VARCHAR(40)  NOT NULL
);
CREATE INDEX feed_revisions_by_account ON feed_revisions (account_id);
