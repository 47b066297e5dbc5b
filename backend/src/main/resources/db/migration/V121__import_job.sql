-- Spreadsheet imports being committed (issue 13): progress and outcome in the database, so that any instance answers
-- a client polling the job. The rows themselves are written by the import's own transaction, all or none.
create sequence import_job_seq;

create table import_job (
    id bigint primary key default nextval('import_job_seq'),
    kind text not null check (kind in ('PRODUCERS', 'PRODUCTS', 'CERTIFICATIONS')),
    status text not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    file_name text,
    total integer not null,
    processed integer not null default 0,
    report jsonb,
    failure text,
    created_by text not null,
    created_at timestamptz not null,
    -- Moved on as rows are written: a RUNNING job whose heartbeat stopped lost its instance (and its transaction).
    heartbeat_at timestamptz not null,
    finished_at timestamptz
);

create index import_job_created_by on import_job (created_by, id);
