-- The rules a plan is scheduled by (issue 13): Microsoft Project's (every plan until now) or Primavera P6's, with
-- P6's two project options: how activities in progress are scheduled (retained logic or progress override) and
-- which calendar counts a lag. A plan imported from a P6 file takes them from the file.
-- Portable SQL for H2 2.x and PostgreSQL 15+.

alter table plan add column scheduling_rules varchar(20) default 'MICROSOFT_PROJECT' not null;
alter table plan add column progressed_activities varchar(20) default 'RETAINED_LOGIC' not null;
alter table plan add column lag_calendar varchar(20) default 'PREDECESSOR' not null;
