-- Rate limits: one row per caller and fixed window, counted by one upsert per request, so that the limit holds across
-- backend instances. Unlogged: a counter lost in a crash costs nothing but a fresh window, and skips the WAL.
CREATE UNLOGGED TABLE rate_limit_window (
    caller       varchar(200) NOT NULL,
    window_start timestamptz  NOT NULL,
    requests     integer      NOT NULL,
    PRIMARY KEY (caller, window_start)
);
CREATE INDEX rate_limit_window_start_idx ON rate_limit_window (window_start);
