-- What decides a run's plan besides its instance: the random seed, the deterministic work budget of the annual solve
-- (PlannerOptions.Work) and how the staff is treated (fit: the year the officers can carry out; ignore: staff ignored).
-- A re-run with the same instance snapshot and these reproduces the stored plan byte for byte (unless a wall-clock
-- safety net cut either run; its figures say so). Runs made before this migration get the defaults they ran with.
alter table solve_runs add column seed integer not null default 1;
alter table solve_runs add column work double precision not null default 20;
alter table solve_runs add column staff text not null default 'fit';
