-- The plan task an actual cost was posted against (timesheet costs: each day's hours on a task), so that earned value
-- per control account can attribute it; null for ledger rows and invoices, which name no task. No foreign key: plans
-- are edited and replaced, and a cost whose task has gone is shown as not attributed rather than deleted.
alter table actual_cost add column task bigint;
