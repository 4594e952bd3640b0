-- The organisation's upcoming milestones are read from the stored milestone forecasts (issue 10) rather than by
-- scheduling every plan at each read: each stored milestone now also says whether it is on the critical path and
-- whether its date falls after its deadline (to the minute; the deadline column keeps its day only). Both are fixed
-- by the schedule, not by the day of the read. The plans that have milestones are marked as computed from no
-- version, so that PlanForecastBackfill records them again with both flags at the next start.
-- Portable SQL for H2 2.x and PostgreSQL 15+.

alter table plan_milestone_forecast add column critical boolean default false not null;
alter table plan_milestone_forecast add column late boolean default false not null;

update plan_forecast set plan_version = -1
where project in (select project from plan_milestone_forecast);
