-- Issue 9, scale and multi-node. Portable SQL for H2 2.x (PostgreSQL mode) and PostgreSQL 15+.

-- The last solve of each scenario, keyed by the fingerprint of the inputs it depended on (a SHA-256 of their
-- canonical form), shared by every node. A row is SOLVING while one node solves it (claimed with a conditional
-- update, so that concurrent reads of the same inputs start one solve), then SOLVED with CP-SAT's answer.
create table scenario_result (
    scenario        bigint       not null primary key references scenario (id) on delete cascade,
    fingerprint     varchar(64)  not null,
    state           varchar(10)  not null,   -- SOLVING, SOLVED
    node            varchar(80)  not null,   -- the node that claimed the solve
    started_at      timestamp with time zone not null,
    limit_ms        int          not null,
    best_objective  bigint,                  -- the best objective found so far while SOLVING
    status          varchar(12),             -- OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN once SOLVED
    objective       bigint,
    bound           double precision,
    options         text,                    -- the option chosen per candidate, comma-separated (-1: not chosen)
    millis          bigint
);

-- One row per start-up task that must run on one node at a time: a starting node locks it (select ... for update)
-- around its start-up work (the first administrator, the demo organisation), so that two nodes started together
-- on an empty database create the demo once; the second waits and then finds it loaded.
create table start_lock (
    name  varchar(40)  not null primary key
);
insert into start_lock (name) values ('first-start');
