-- What more officers buy (`scheduler staffing` in the service): a staffed run's year planned again with officers added.
-- One row a request: the additions asked (or suggested), written DEPT[@TOWNSHIP]:N, and each staff's year as it is
-- planned (rows grows while the job runs: the staff as it stands first). Kept, never rewritten once final.
create table staffing_whatifs (
    id                bigint generated always as identity primary key,
    run               bigint not null references solve_runs (id),
    state             text not null check (state in ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    additions         jsonb not null,
    suggested         boolean not null,
    rows              jsonb,
    error             text,
    cancel_requested  boolean not null default false,
    job_id            text,
    created_by        text not null,
    created_at        timestamptz not null default now(),
    started_at        timestamptz,
    finished_at       timestamptz
);
create index staffing_whatifs_run on staffing_whatifs (run, id desc);
