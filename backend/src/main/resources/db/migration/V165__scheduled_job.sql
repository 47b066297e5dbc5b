-- Scheduled jobs run once across backend instances (common/ScheduledOnce): a run holds a transaction-scoped advisory
-- lock, and claims its fire time here, so that an instance whose scheduler fires a moment later finds it taken.
-- One row per job: the last fire time claimed, by which instance, and how many runs the job has had.
CREATE TABLE scheduled_job (
    name           text        PRIMARY KEY,
    last_fire_time timestamptz NOT NULL,
    last_instance  text        NOT NULL,
    last_run_at    timestamptz NOT NULL,
    runs           bigint      NOT NULL DEFAULT 1
);
