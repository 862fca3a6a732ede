-- Touchbase schema, version 15: team virtual coffee (groups of colleagues with one recurring slot).
-- Portable SQL: the same file runs on SQLite and PostgreSQL.

-- A group of 2 to 8 of the account's colleagues on one cadence (as the colleagues' cadence column
-- holds it). quorum is how many members must be able to come; roulette rotates pairs instead.
CREATE TABLE colleague_groups (
    id          VARCHAR(36)  PRIMARY KEY,
    account_id  VARCHAR(36)  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name        VARCHAR(200) NOT NULL,
    cadence     VARCHAR(255) NOT NULL,
    quorum      INTEGER      NOT NULL,
    roulette    BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  VARCHAR(40)  NOT NULL
);
CREATE INDEX colleague_groups_by_account ON colleague_groups (account_id, created_at);

-- The members in the order chosen (position from 0).
CREATE TABLE colleague_group_members (
    group_id      VARCHAR(36) NOT NULL REFERENCES colleague_groups (id) ON DELETE CASCADE,
    colleague_id  VARCHAR(36) NOT NULL REFERENCES colleagues (id) ON DELETE CASCADE,
    position      INTEGER     NOT NULL,
    PRIMARY KEY (group_id, colleague_id)
);

-- A group's series is a touch_base_series row like a pair's, so the outbox, the feed and the recheck
-- carry it: group_id names the group, and colleague_id its first member (the invite goes to all).
ALTER TABLE touch_base_series ADD COLUMN group_id VARCHAR(36) REFERENCES colleague_groups (id);

-- One live series per colleague counts pair series only; a group has at most one live series.
DROP INDEX touch_base_series_one_live_per_colleague;
CREATE UNIQUE INDEX touch_base_series_one_live_per_colleague ON touch_base_series (colleague_id)
    WHERE status IN ('pending', 'booked') AND group_id IS NULL;
CREATE UNIQUE INDEX touch_base_series_one_live_per_group ON touch_base_series (group_id)
    WHERE status IN ('pending', 'booked') AND group_id IS NOT NULL;
