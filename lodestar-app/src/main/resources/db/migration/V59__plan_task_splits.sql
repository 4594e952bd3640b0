-- Split tasks (issue 13): a task's pauses, each the working minutes of work before it and its length in working
-- minutes, as "960+480,3360+960"; null for a task that is not split. Microsoft Project files bring them.
-- Portable SQL for H2 2.x and PostgreSQL 15+.

alter table plan_task add column splits varchar(2000);
