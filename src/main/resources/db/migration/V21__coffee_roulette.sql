-- Touchbase schema, version 21: coffee roulette pair meetings (a group's members met in rotating
-- pairs, each pair meeting booked as one single Google event). Portable SQL: SQLite and PostgreSQL.

-- A series held once (its rule's UNTIL is its first start): a roulette's pair meeting. It carries its
-- group's id, so one group has many of them: they are left out of the one-live-series-per-group rule.
ALTER TABLE touch_base_series ADD COLUMN single_event BOOLEAN NOT NULL DEFAULT FALSE;

DROP INDEX touch_base_series_one_live_per_group;
CREATE UNIQUE INDEX touch_base_series_one_live_per_group ON touch_base_series (group_id)
    WHERE status IN ('pending', 'booked') AND group_id IS NOT NULL AND single_event = FALSE;

-- Who meets in each pair meeting (the series' colleague is the first; member_ids lists all, space
-- separated, in the pairing's order), and the first day of the roulette's period it belongs to.
-- Stored before its series (so the outbox never sees a pair meeting without its members): no
-- reference to touch_base_series, and a row whose series never came is ignored by every read.
CREATE TABLE roulette_meetings (
    series_id     VARCHAR(36)  PRIMARY KEY,
    account_id    VARCHAR(36)  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    group_id      VARCHAR(36)  NOT NULL REFERENCES colleague_groups (id) ON DELETE CASCADE,
    period_start  VARCHAR(10)  NOT NULL,
    member_ids    VARCHAR(120) NOT NULL
);
CREATE INDEX roulette_meetings_by_group ON roulette_meetings (account_id, group_id, period_start);
