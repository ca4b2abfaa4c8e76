-- Every register the office saves is kept: version 1, 2, ... of the year, with who saved it and when. years.register
-- stays the current one (the newest version), so need_submissions and solve_runs keep referencing years (year).
create table register_versions (
    year      integer not null references years (year),
    version   integer not null check (version >= 1),
    register  jsonb not null,
    saved_by  text not null,
    saved_at  timestamptz not null default now(),
    primary key (year, version)
);

-- The registers saved before this migration become version 1 of their year.
insert into register_versions (year, version, register, saved_by, saved_at)
select year, 1, register, updated_by, updated_at from years;
