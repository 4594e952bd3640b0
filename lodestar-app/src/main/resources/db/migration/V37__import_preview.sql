-- Interchange (issue 13): an uploaded project file waiting between its import preview and its confirmation. Kept in
-- the database, not in one node's memory, so that the confirmation may reach any node behind the load balancer.
-- The file itself is kept (it is read again on confirmation), with the choices the preview was made with: the
-- project of a multi-project file and the plan version the preview was computed on (a plan changed since is
-- refused). One preview per user and project; expired ones are deleted whenever a new one is stored.
create table import_preview (
    id            varchar(36)   primary key,
    project       bigint        not null references project (id) on delete cascade,
    username      varchar(120)  not null,
    file_name     varchar(200)  not null,
    chosen        int           not null,
    plan_version  bigint        not null,
    content       bytea         not null,
    expires_at    timestamp with time zone not null,
    created_at    timestamp with time zone not null,
    constraint import_preview_one unique (project, username)
);
create index import_preview_expiry on import_preview (expires_at);
