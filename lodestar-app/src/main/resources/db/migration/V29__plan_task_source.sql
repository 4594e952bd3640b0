-- Interchange (issue 13): the task a plan task was imported from, so that re-importing a changed file updates it
-- in place. source_uid is the source tool's unique id (Microsoft Project's Unique ID, P6's activity id number);
-- source names the file or project it came from. Both null for tasks made in Lodestar.
alter table plan_task add column source_uid bigint;
alter table plan_task add column source varchar(255);
create index plan_task_source on plan_task (project, source_uid);
