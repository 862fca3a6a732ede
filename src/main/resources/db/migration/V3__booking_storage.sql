-- Touchbase schema, version 3: what the booking storage adapters need beyond version 1.
-- Portable SQL: the same file runs on SQLite and PostgreSQL. Preferred days are two-letter RRULE
-- weekday codes ("MO,WE"); preferred times are windows "HH:MM-HH:MM" separated by commas, in order.

-- Planning settings. settings_saved tells settings a person saved from the column defaults (until
-- then AccountSettings.defaults applies). working_hours_zone is the zone the settings were saved
-- in, kept apart from time_zone, which sign-in refreshes from Google. minimum_notice_minutes
-- replaces minimum_notice_hours, which is no longer read.
ALTER TABLE accounts ADD COLUMN settings_saved BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE accounts ADD COLUMN working_hours_zone VARCHAR(64);
ALTER TABLE accounts ADD COLUMN preferred_days VARCHAR(64);
ALTER TABLE accounts ADD COLUMN preferred_times TEXT;
ALTER TABLE accounts ADD COLUMN minimum_notice_minutes INTEGER NOT NULL DEFAULT 1440;

-- Colleagues: working_hours_zone is NULL for a colleague without hours of their own (Monday to
-- Friday 09:00-17:00 in time_zone); preferred_times holds every preferred window (preferred_from and
-- preferred_until are no longer read). A removed colleague whose series stay as history keeps its
-- row, marked by deleted_at, with the email replaced so the address can be added again.
ALTER TABLE colleagues ADD COLUMN working_hours_zone VARCHAR(64);
ALTER TABLE colleagues ADD COLUMN preferred_times TEXT;
ALTER TABLE colleagues ADD COLUMN deleted_at VARCHAR(40);

-- Occurrence changes: original_start and new_start hold the instant (ISO-8601 UTC, so the key is
-- the same for the same instant however it was written); these columns hold the zone it was in.
ALTER TABLE occurrence_exceptions ADD COLUMN original_zone VARCHAR(64);
ALTER TABLE occurrence_exceptions ADD COLUMN new_zone VARCHAR(64);

-- Outbox: the order writes were queued in, to break ties between writes queued at the same instant
-- (a series' insert must be carried out before the move of one of its occurrences).
ALTER TABLE outbox ADD COLUMN queue_position INTEGER NOT NULL DEFAULT 0;
