-- A solve planned from a published draw (issue 13, docs/draws.md §6): the run's instance is the draw's (the register
-- version it drew from with the drawn needs), and draw_id says which draw, so a plan's visits trace back to the draw
-- (their needs are the draw's "{rule}:{enterprise}" needs). Null for runs of the departments' named needs.
alter table solve_runs add column draw_id bigint references draws (id);

-- Every rules workbook a department uploads on the rules page, kept as sent (it read or not): nothing a user submitted
-- is lost. The rules it held become a version only when the department submits them.
create table rule_uploads (
    id           bigint generated always as identity primary key,
    year         integer not null,
    department   text not null,
    file_name    text not null,
    content      bytea not null,
    errors       integer not null default 0,
    uploaded_by  text not null,
    uploaded_at  timestamptz not null default now()
);
create index rule_uploads_department on rule_uploads (year, department, id desc);
