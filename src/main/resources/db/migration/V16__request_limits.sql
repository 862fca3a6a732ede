-- Touchbase schema, version 16: limits on what a client can make expensive (issue 15), kept here so
-- that every instance behind a load balancer counts against the same budget (issue 16).
-- Portable SQL: the same file runs on SQLite and PostgreSQL.

-- Fixed-window budgets, one row per budget key ('sign-in:' + client address): how many uses the
-- window that started at window_start has seen. A window past its length starts again at the next use.
CREATE TABLE request_budgets (
    budget_key   VARCHAR(200) PRIMARY KEY,
    window_start VARCHAR(40)  NOT NULL,
    spent        INTEGER      NOT NULL
);

-- "One in flight": a row per running expensive request ('plan:' + account id), held until the request
-- ends or, if its instance died, until expires_at.
CREATE TABLE request_leases (
    lease_key  VARCHAR(200) PRIMARY KEY,
    holder     VARCHAR(64)  NOT NULL,
    expires_at VARCHAR(40)  NOT NULL
);

-- Pending sign-ins are purged by their own expiry, not only with their session.
CREATE INDEX sign_in_attempts_by_expiry ON sign_in_attempts (expires_at);
