-- What became of a run's planned visits (records.json, docs/replanning.md): every upload is a new version of the run's
-- records, append-only (a correction is a later version; nothing recorded is ever lost). The current records are the
-- versions merged in order, a later record of a visit replacing an earlier one.
create table visit_records (
    run           bigint not null references solve_runs (id),
    version       integer not null check (version >= 1),
    department    text,
    submitted_by  text not null,
    submitted_at  timestamptz not null default now(),
    records       jsonb not null,
    primary key (run, version)
);

-- A replan is a solve run that replaces another: its instance is the changed year, replan_from the first month not
-- history, replan_records the records it was asked with (the merged current records then).
alter table solve_runs add column replaces bigint references solve_runs (id);
alter table solve_runs add column replan_from integer check (replan_from between 1 and 12);
alter table solve_runs add column replan_records jsonb;
