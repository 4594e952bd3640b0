-- Custom fields on tasks (issue 13: the custom fields of Microsoft Project and P6 files). A field applies to projects
-- (as before) or to tasks; the values a task holds are kept by planning, by the field's key, which never changes.
-- Portable SQL for H2 2.x and PostgreSQL 15+.

alter table custom_field add column applies_to varchar(8) default 'PROJECT' not null;

create table plan_task_field (
    task        bigint        not null references plan_task (id) on delete cascade,
    field_key   varchar(40)   not null references custom_field (field_key),
    field_value varchar(2000) not null,
    primary key (task, field_key)
);

create index plan_task_field_key on plan_task_field (field_key);

-- The task fields an import preview maps the file's custom fields to, "TEXT1=risk" per line, for its confirmation.
alter table import_preview add column field_map varchar(20000);
