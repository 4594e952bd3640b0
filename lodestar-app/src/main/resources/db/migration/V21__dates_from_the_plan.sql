-- One truth for a project's dates: once a project has a plan, planning writes the forecast and actual dates (and
-- the planned ones from the current baseline) into the registry's own columns; these say where they come from.
alter table project add column dates_from_plan boolean default false not null;
alter table project add column planned_baseline int;
