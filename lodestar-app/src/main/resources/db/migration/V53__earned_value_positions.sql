-- Earned value at organisation scale (issue 10): computed health reads each budgeted project's stored position
-- instead of loading and scheduling its plan on every read.
--
-- finance_inputs: a version per project, raised in the transaction of every change to the project's finance inputs
-- (budget lines, actual costs, earning methods and milestones); budgeted once the project has a budget line, costed
-- once it has an actual cost (neither is ever deleted).
create table finance_inputs (
    project   bigint  primary key references project (id) on delete cascade,
    version   bigint  not null,
    budgeted  boolean not null,
    costed    boolean not null
);
insert into finance_inputs (project, version, budgeted, costed)
select p.id, 1, exists (select 1 from budget_line b where b.project = p.id),
       exists (select 1 from actual_cost c where c.project = p.id)
from project p
where exists (select 1 from budget_line b where b.project = p.id)
   or exists (select 1 from actual_cost c where c.project = p.id)
   or exists (select 1 from task_earning_method m where m.project = p.id)
   or exists (select 1 from task_earning_milestone m where m.project = p.id);

-- A project's position as last computed, with the digest of the inputs it was computed from (inputs: plan,
-- calendars, finance inputs, exchange rates, currency; rates: the resources' cost rates, null when no assignment
-- weighs the tasks) and the day it was computed for (null when the plan's status date dated it). A row whose digest
-- differs from the inputs' digest now is not read. The monthly curves (planned value and cost from first_month on,
-- as decimal numbers separated by commas) are what the roll-up adds up.
create table earned_value_position (
    project      bigint           primary key references project (id) on delete cascade,
    inputs       bigint           not null,
    rates        bigint,
    dated_on     date,
    status_date  date             not null,
    earned       boolean          not null,
    bac          double precision not null,
    pv           double precision not null,
    ev           double precision not null,
    ac           double precision not null,
    source       varchar(10)      not null,
    first_month  date             not null,
    pv_by_month  varchar(1000000) not null,
    ac_by_month  varchar(1000000) not null,
    computed_at  timestamp with time zone not null
);
