-- Touchbase schema, version 1.
-- Portable SQL: the same file runs on SQLite and PostgreSQL. Identifiers are UUID text, instants
-- are ISO-8601 UTC text ("2026-12-01T09:00:00Z"), local times are "HH:MM", binary secrets are
-- base64 text, and booleans are BOOLEAN (SQLite stores 0/1).

-- The person using Touchbase: their Google identity and their planning preferences.
CREATE TABLE accounts (
    id                        VARCHAR(36)  PRIMARY KEY,
    google_subject            VARCHAR(255) UNIQUE,
    email                     VARCHAR(320) NOT NULL UNIQUE,
    display_name              VARCHAR(255),
    time_zone                 VARCHAR(64)  NOT NULL,
    max_per_day               INTEGER      NOT NULL DEFAULT 3,
    max_per_week              INTEGER      NOT NULL DEFAULT 8,
    buffer_minutes            INTEGER      NOT NULL DEFAULT 10,
    minimum_notice_hours      INTEGER      NOT NULL DEFAULT 24,
    default_cadence           VARCHAR(255) NOT NULL DEFAULT 'FREQ=WEEKLY;INTERVAL=2',
    default_duration_minutes  INTEGER      NOT NULL DEFAULT 30,
    add_meet_link             BOOLEAN      NOT NULL DEFAULT TRUE,
    connection_status         VARCHAR(32)  NOT NULL DEFAULT 'connected',
    created_at                VARCHAR(40)  NOT NULL,
    updated_at                VARCHAR(40)  NOT NULL
);

-- Working hours per weekday (1 = Monday ... 7 = Sunday), one row per window, in the owner's zone.
CREATE TABLE account_working_hours (
    account_id   VARCHAR(36) NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    day_of_week  INTEGER     NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    starts_at    VARCHAR(5)  NOT NULL,
    ends_at      VARCHAR(5)  NOT NULL,
    PRIMARY KEY (account_id, day_of_week, starts_at)
);

-- The people an account wants to stay in touch with.
CREATE TABLE colleagues (
    id                VARCHAR(36)  PRIMARY KEY,
    account_id        VARCHAR(36)  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    email             VARCHAR(320) NOT NULL,
    display_name      VARCHAR(255),
    time_zone         VARCHAR(64),
    cadence           VARCHAR(255) NOT NULL,
    duration_minutes  INTEGER,
    preferred_days    VARCHAR(64),
    preferred_from    VARCHAR(5),
    preferred_until   VARCHAR(5),
    priority          INTEGER      NOT NULL DEFAULT 0,
    paused            BOOLEAN      NOT NULL DEFAULT FALSE,
    notes             TEXT,
    created_at        VARCHAR(40)  NOT NULL,
    updated_at        VARCHAR(40)  NOT NULL,
    UNIQUE (account_id, email)
);

CREATE TABLE colleague_working_hours (
    colleague_id  VARCHAR(36) NOT NULL REFERENCES colleagues (id) ON DELETE CASCADE,
    day_of_week   INTEGER     NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    starts_at     VARCHAR(5)  NOT NULL,
    ends_at       VARCHAR(5)  NOT NULL,
    PRIMARY KEY (colleague_id, day_of_week, starts_at)
);

-- A recurring touch-base with one colleague, as booked (or being booked) on Google Calendar.
-- first_start is the organiser's local date-time in time_zone; generation changes when a series
-- is re-booked, since a deleted Google event keeps its id forever.
CREATE TABLE touch_base_series (
    id                VARCHAR(36)  PRIMARY KEY,
    account_id        VARCHAR(36)  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    colleague_id      VARCHAR(36)  NOT NULL REFERENCES colleagues (id),
    rrule             VARCHAR(255) NOT NULL,
    first_start       VARCHAR(32)  NOT NULL,
    time_zone         VARCHAR(64)  NOT NULL,
    duration_minutes  INTEGER      NOT NULL,
    status            VARCHAR(32)  NOT NULL,
    status_reason     TEXT,
    google_event_id   VARCHAR(1024),
    generation        INTEGER      NOT NULL DEFAULT 0,
    ical_uid          VARCHAR(1024),
    sequence          INTEGER      NOT NULL DEFAULT 0,
    with_meet         BOOLEAN      NOT NULL DEFAULT FALSE,
    meet_uri          VARCHAR(1024),
    replaces_series   VARCHAR(36)  REFERENCES touch_base_series (id),
    created_at        VARCHAR(40)  NOT NULL,
    updated_at        VARCHAR(40)  NOT NULL
);
CREATE INDEX touch_base_series_by_account ON touch_base_series (account_id, status);
CREATE INDEX touch_base_series_by_colleague ON touch_base_series (colleague_id);

-- One occurrence of a series that was moved or skipped (an instance exception on Google).
CREATE TABLE occurrence_exceptions (
    series_id       VARCHAR(36) NOT NULL REFERENCES touch_base_series (id) ON DELETE CASCADE,
    original_start  VARCHAR(40) NOT NULL,
    kind            VARCHAR(16) NOT NULL CHECK (kind IN ('moved', 'skipped')),
    new_start       VARCHAR(40),
    reason          TEXT,
    created_at      VARCHAR(40) NOT NULL,
    PRIMARY KEY (series_id, original_start)
);

-- Secret tokens in feed URLs; only a hash is stored.
CREATE TABLE feed_tokens (
    token_hash  VARCHAR(128) PRIMARY KEY,
    account_id  VARCHAR(36)  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at  VARCHAR(40)  NOT NULL,
    revoked_at  VARCHAR(40)
);

-- OAuth credentials, encrypted (AEAD) before they reach the database.
CREATE TABLE oauth_credentials (
    account_id   VARCHAR(36) PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    ciphertext   TEXT        NOT NULL,
    scopes       TEXT        NOT NULL,
    updated_at   VARCHAR(40) NOT NULL
);

-- Calendar writes decided but not yet confirmed by Google (transactional outbox).
CREATE TABLE outbox (
    id               VARCHAR(36) PRIMARY KEY,
    account_id       VARCHAR(36) NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    series_id        VARCHAR(36) REFERENCES touch_base_series (id) ON DELETE CASCADE,
    kind             VARCHAR(32) NOT NULL,
    payload          TEXT        NOT NULL,
    status           VARCHAR(16) NOT NULL DEFAULT 'pending',
    attempts         INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at  VARCHAR(40) NOT NULL,
    last_error       TEXT,
    created_at       VARCHAR(40) NOT NULL,
    updated_at       VARCHAR(40) NOT NULL
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

-- Answers to POSTs that carried an Idempotency-Key, so a retried request gets the same answer.
CREATE TABLE idempotency_keys (
    account_id       VARCHAR(36)  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    idempotency_key  VARCHAR(255) NOT NULL,
    request_hash     VARCHAR(128) NOT NULL,
    response_status  INTEGER      NOT NULL,
    response_body    TEXT         NOT NULL,
    created_at       VARCHAR(40)  NOT NULL,
    PRIMARY KEY (account_id, idempotency_key)
);

-- Signed-in browser sessions; only a hash of the cookie value is stored.
CREATE TABLE web_sessions (
    id_hash     VARCHAR(128) PRIMARY KEY,
    account_id  VARCHAR(36)  REFERENCES accounts (id) ON DELETE CASCADE,
    csrf_token  VARCHAR(128) NOT NULL,
    created_at  VARCHAR(40)  NOT NULL,
    expires_at  VARCHAR(40)  NOT NULL
);

-- Incremental sync position per calendar (Google's nextSyncToken).
CREATE TABLE calendar_sync_state (
    account_id   VARCHAR(36)  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    calendar_id  VARCHAR(320) NOT NULL,
    sync_token   TEXT,
    synced_at    VARCHAR(40),
    PRIMARY KEY (account_id, calendar_id)
);
