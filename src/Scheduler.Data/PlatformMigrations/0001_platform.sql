-- The platform's own tables, in schema "platform": the counties it hosts (each with a schema "county_CODE" holding the
-- county tables of Migrations/), the province's tokens, its targets and its runs. The installation's own county (schema
-- public) is not listed: a single-county installation has no rows here.
create table counties (
    code        text primary key check (code ~ '^[0-9]{6}$'),
    name        text not null check (length(name) between 1 and 100),
    created_by  text not null,
    created_at  timestamptz not null default now()
);

-- Province tokens read every county's figures and plans and write only the province's own rows (counties, targets, runs).
create table province_tokens (
    id          bigint generated always as identity primary key,
    hash        bytea not null unique,
    label       text not null,
    created_by  text not null,
    created_at  timestamptz not null default now(),
    revoked_at  timestamptz
);

-- The province's targets for a year: the joint-inspection rate it wants and the cut in checks (fractions, 0.5 = 50%).
create table province_targets (
    year        integer primary key check (year between 2000 and 2100),
    joint_rate  double precision not null check (joint_rate between 0 and 1),
    checks_cut  double precision not null check (checks_cut between 0 and 1),
    set_by      text not null,
    set_at      timestamptz not null default now()
);

-- A province run: one solve per county of the year, and a closing step that writes the summary exactly once, when the
-- last county finishes (the conditional update on closed_at, under the run row's lock).
create table province_runs (
    id          bigint generated always as identity primary key,
    year        integer not null,
    state       text not null check (state in ('running', 'succeeded', 'failed', 'cancelled')),
    created_by  text not null,
    created_at  timestamptz not null default now(),
    closed_at   timestamptz,
    summary     jsonb
);

create table province_run_counties (
    run          bigint not null references province_runs (id),
    county       text not null references counties (code),
    state        text not null check (state in ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    solve_run    bigint,
    job_id       text,
    error        text,
    attempt      integer not null default 1,
    finished_at  timestamptz,
    primary key (run, county)
);

create table audit (
    id      bigint generated always as identity primary key,
    who     text not null,
    what    text not null,
    detail  jsonb,
    at      timestamptz not null default now()
);
