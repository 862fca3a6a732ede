-- Touchbase schema, version 14: last contact read from the calendar.
-- Portable SQL: the same file runs on SQLite and PostgreSQL.

-- The meetings on the user's own calendar, one row per person in each (attendees and the organizer,
-- the user left out; email lower case), so a colleague's last contact is found by their email, also
-- for a colleague added after the meeting. Cancelled and declined meetings are deleted; the read's own
-- sync token lives in calendar_sync_state under 'past-meetings:' + the calendar id.
CREATE TABLE past_meetings (
    account_id  VARCHAR(36)   NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    event_id    VARCHAR(1024) NOT NULL,
    email       VARCHAR(320)  NOT NULL,
    started_at  VARCHAR(40)   NOT NULL,
    title       TEXT,
    PRIMARY KEY (account_id, event_id, email)
);
CREATE INDEX past_meetings_by_email ON past_meetings (account_id, email, started_at);

-- How last contact is shown and judged: the meeting's title only when chosen (privacy), the days of
-- grace past the cadence before overdue, and how many days back meetings count.
CREATE TABLE contact_settings (
    account_id          VARCHAR(36) PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    show_meeting_titles BOOLEAN     NOT NULL DEFAULT FALSE,
    grace_days          INTEGER     NOT NULL DEFAULT 7,
    lookback_days       INTEGER     NOT NULL DEFAULT 180
);
