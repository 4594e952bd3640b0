-- The audit trail is append-only: the database itself refuses to change or remove an entry, whoever asks.
-- (H2 triggers are Java classes; PostgreSQL has the same guard in PL/pgSQL.)

create trigger audit_event_append_only before update, delete on audit_event
    for each row call 'org.lodestar.platform.internal.AppendOnlyTrigger';

create trigger audit_change_append_only before update, delete on audit_change
    for each row call 'org.lodestar.platform.internal.AppendOnlyTrigger';
