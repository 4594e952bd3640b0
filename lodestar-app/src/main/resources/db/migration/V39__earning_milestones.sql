-- finance (issue 17, weighted milestones): the milestones a task earns its value by, when its earning method is
-- WEIGHTED_MILESTONES. A task's list is replaced as a whole; each milestone has a weight above 0 and the day it was
-- reached, or none. Tasks are planning's records, referred to by id without a foreign key (as task_earning_method).
-- Portable SQL for H2 2.x and PostgreSQL 15+.
create table task_earning_milestone (
    project     bigint          not null references project (id) on delete cascade,
    task        bigint          not null,              -- planning's task, by id
    position    int             not null,              -- 0, 1, 2... in the order the editors gave
    name        varchar(100)    not null,
    weight      numeric(19, 4)  not null,              -- above 0
    reached_on  date,                                  -- null: not reached yet
    primary key (project, task, position),
    constraint task_earning_milestone_weight check (weight > 0)
);
