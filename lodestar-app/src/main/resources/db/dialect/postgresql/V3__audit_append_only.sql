-- The audit trail is append-only: the database itself refuses to change or remove an entry, whoever asks.
-- (H2 has the same guard as a Java trigger, org.lodestar.platform.internal.AppendOnlyTrigger.)

create function audit_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % on % is refused', tg_op, tg_table_name;
end
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_is_append_only();

create trigger audit_change_append_only before update or delete on audit_change
    for each row execute function audit_is_append_only();
