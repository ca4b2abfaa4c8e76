-- How many times a job started the run: 1 normally, more when a server died mid-solve and another took it up.
-- The outcome is still stored once (solve_runs' final-state guard), with one "solve stored" audit row.
alter table solve_runs add column attempts integer not null default 0;
