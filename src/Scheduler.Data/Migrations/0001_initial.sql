-- The plan year's register: the instance of ../shared/spec/PROBLEM.md without its needs.
create table years (
    year        integer primary key,
    register    jsonb not null,
    updated_by  text not null,
    updated_at  timestamptz not null default now()
);

-- Append-only: a resubmission is a new version; no row is ever updated or deleted.
create table need_submissions (
    year          integer not null references years (year),
    department    text not null,
    version       integer not null check (version >= 1),
    submitted_by  text not null,
    submitted_at  timestamptz not null default now(),
    needs         jsonb not null,
    primary key (year, department, version)
);

-- Bearer tokens, stored as SHA-256 hashes only.
create table tokens (
    id          bigint generated always as identity primary key,
    hash        bytea not null unique,
    role        text not null check (role in ('office', 'department')),
    department  text,
    created_by  text not null,
    created_at  timestamptz not null default now(),
    check ((role = 'department') = (department is not null))
);

-- Every write, attributed.
create table audit (
    id      bigint generated always as identity primary key,
    who     text not null,
    what    text not null,
    detail  jsonb,
    at      timestamptz not null default now()
);

-- One solve of a year: the instance it solved (a snapshot), its state, progress and result.
create table solve_runs (
    id                bigint generated always as identity primary key,
    year              integer not null references years (year),
    state             text not null check (state in ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    instance          jsonb not null,
    progress          jsonb,
    figures           jsonb,
    plan              jsonb,
    months            jsonb,
    error             text,
    cancel_requested  boolean not null default false,
    job_id            text,
    created_by        text not null,
    created_at        timestamptz not null default now(),
    started_at        timestamptz,
    finished_at       timestamptz
);
create index solve_runs_year on solve_runs (year);
