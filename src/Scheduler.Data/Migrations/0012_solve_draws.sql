-- A solve planned from a published draw (issue 13, docs/draws.md §6): the run's instance is the draw's (the register
-- version it drew from with the drawn needs), and draw_id says which draw, so a plan's visits trace back to the draw
-- (their needs are the draw's "{rule}:{enterprise}" needs). Null for runs of the departments' named needs.
alter table solve_runs add column draw_id bigint references draws (id);
