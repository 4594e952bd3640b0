-- The plan's schedule as computed health and the dashboard read it (issue 10): one narrow row per plan with its
-- scheduled finish and its finish slippage against the first baseline, and the plan's milestones beside it, all
-- written in the transaction of every change that reschedules the plan (planning's PlanForecasts). plan_version is
-- the plan's version the row was computed from. Plans without tasks are filled here; plans with tasks need the
-- scheduling engine and are filled by PlanForecastBackfill when the application starts.
-- Portable SQL for H2 2.x and PostgreSQL 15+.

create table plan_forecast (
    project            bigint       not null primary key references plan (project) on delete cascade,
    plan_version       bigint       not null,
    finish_at          timestamp,              -- the scheduled finish; null: no tasks, or the engine refused the plan
    baseline_number    int,                    -- the first baseline (lowest number) that has task finishes
    baseline_name      varchar(120),
    baseline_finish_at timestamp,              -- its latest task finish
    slippage_days      decimal(16, 1)          -- working days of the project calendar from baseline to scheduled finish, >= 0
);

create table plan_milestone_forecast (
    project          bigint       not null references plan_forecast (project) on delete cascade,
    task             bigint       not null,
    task_row         int          not null,
    name             varchar(255) not null,
    forecast_at      timestamp    not null,   -- the milestone's scheduled date
    deadline         date,
    percent_complete int          not null,   -- 100 when complete (percent or actual finish)
    primary key (project, task)
);

create index plan_milestone_forecast_open on plan_milestone_forecast (percent_complete, forecast_at);

insert into plan_forecast (project, plan_version)
select p.project, p.version from plan p
where not exists (select 1 from plan_task t where t.project = p.project);
