-- Earned value positions without their curves (issue 10): computed health reads every budgeted project's position
-- on each dashboard read, and the monthly curves kept in the same rows made that a read of the whole table (17 MB
-- at 10,000 projects, mostly curves). The roll-up alone reads the curves, now from a table of their own.
--
-- The positions are recomputed rather than copied: they are derived data, which EarnedValuePositionJob stores again
-- in its first round (reads compute meanwhile), and a table rebuilt by dropping columns would keep its old size.
drop table earned_value_position;

-- A project's position as last computed, with the digest of the inputs it was computed from (inputs: plan,
-- calendars, finance inputs, exchange rates, currency; rates: the resources' cost rates, null when no assignment
-- weighs the tasks) and the day it was computed for (null when the plan's status date dated it). A row whose digest
-- differs from the inputs' digest now is not read.
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
    computed_at  timestamp with time zone not null
);

-- The position's monthly curves, which the roll-up adds up: where planned value came from (BASELINE, BUDGET), and
-- the planned value and the cost of each month from first_month on, as decimal numbers separated by commas.
create table earned_value_curve (
    project      bigint           primary key references earned_value_position (project) on delete cascade,
    source       varchar(10)      not null,
    first_month  date             not null,
    pv_by_month  varchar(1000000) not null,
    ac_by_month  varchar(1000000) not null
);
