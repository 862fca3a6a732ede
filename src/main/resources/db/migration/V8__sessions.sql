-- Touchbase schema, version 8: session lifetime (issue 13). Portable SQL (SQLite and PostgreSQL).
-- A session now ends 30 minutes after last_seen_at or at expires_at (12 hours after created_at),
-- whichever comes first. Until now created_at held the expiry and sessions lasted 30 days, so the
-- existing sessions are ended rather than guessed at: everyone signs in again (one click).
DELETE FROM sign_in_attempts;
DELETE FROM web_sessions;
ALTER TABLE web_sessions ADD COLUMN last_seen_at VARCHAR(40) NOT NULL DEFAULT '1970-01-01T00:00:00Z';
CREATE INDEX web_sessions_by_account ON web_sessions (account_id);

-- Whether a pending sign-in asked Google for its consent screen (prompt=consent), so that a sign-in
-- that came back without a refresh token is sent back with it once, never in a loop.
ALTER TABLE sign_in_attempts ADD COLUMN asked_consent BOOLEAN NOT NULL DEFAULT FALSE;
