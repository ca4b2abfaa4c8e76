-- Province runs, as the runs' endpoints and jobs use them: who cancelled a run and when; per county, when its job
-- started and on which worker (the bench's per-county, per-worker times). At most one running run a year: starting
-- another (or re-running a finished run's failed counties while another runs) is refused by this index, race-free.
alter table province_runs add column cancelled_by text;
alter table province_runs add column cancelled_at timestamptz;
alter table province_run_counties add column started_at timestamptz;
alter table province_run_counties add column worker text;
create unique index province_runs_one_running on province_runs (year) where state = 'running';
