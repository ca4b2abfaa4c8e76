-- A staffing what-if may seek a goal (`scheduler staffing --goal`): the staffing price sought, in percent of the
-- per-enterprise bound, with nothing left out; null when it compares its changes only.
alter table staffing_whatifs add column goal_percent double precision check (goal_percent >= 0 and goal_percent <= 100);
