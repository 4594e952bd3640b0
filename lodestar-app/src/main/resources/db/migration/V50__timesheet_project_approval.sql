-- Per-project approval of timesheets (issue 14): each project's hours on a submitted sheet are approved by that
-- project's approvers on their own; the sheet is APPROVED once every project on it is. An approved project's lines
-- are locked (the sheet may still be returned and rewritten for the others). Portable SQL for H2 2.x and
-- PostgreSQL 15+.

create table timesheet_project_approval (
    timesheet    bigint        not null references timesheet (id) on delete cascade,
    project      bigint        not null references project (id) on delete cascade,
    approved_by  varchar(120)  not null,
    approved_at  timestamp with time zone not null,
    primary key (timesheet, project)
);
create index timesheet_project_approval_project on timesheet_project_approval (project);

-- sheets approved as a whole before this table: every project on them counts as approved
insert into timesheet_project_approval (timesheet, project, approved_by, approved_at)
select distinct t.id, l.project, coalesce(t.decided_by, 'unknown'), coalesce(t.decided_at, t.updated_at)
from timesheet t join timesheet_line l on l.timesheet = t.id
where t.state = 'APPROVED';
