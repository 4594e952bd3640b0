-- The computed health of every open project as of the last round of HealthSnapshotJob (issue 10): the
-- organisation's dashboard reads these rows, and says as of when, instead of measuring every project on each view.
-- computed: GREEN, AMBER or RED; null when no indicator measured the project.
create table health_snapshot (
    project   bigint     primary key references project (id) on delete cascade,
    computed  varchar(5)
);

-- The round the rows are of, in one row: when its measuring began and the day it measured for.
create table health_snapshot_round (
    id           int                      primary key check (id = 1),
    taken_at     timestamp with time zone not null,
    measured_on  date                     not null
);
