-- Leveling from the app (issue 14): Microsoft Project's "Leveling Delay" of a task, in working minutes of the
-- task's calendar, added by the engine after its early start from predecessors and constraints. 0: not leveled.
alter table plan_task add column leveling_delay_minutes int default 0 not null;
alter table plan_task add constraint plan_task_leveling_delay check (leveling_delay_minutes >= 0);
