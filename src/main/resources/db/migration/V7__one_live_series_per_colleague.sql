-- Touchbase schema, version 7: rules that used to hold only inside one JVM, now kept by the database
-- for every instance that shares it. Portable SQL: SQLite and PostgreSQL both take partial indexes.

-- A colleague has at most one live series (pending or booked): two instances booking the same
-- colleague at once store one series, and the other save fails on this index (answered 409).
-- A database that already holds two live series for one colleague stops here: end one of them first.
CREATE UNIQUE INDEX touch_base_series_one_live_per_colleague ON touch_base_series (colleague_id)
    WHERE status IN ('pending', 'booked');
