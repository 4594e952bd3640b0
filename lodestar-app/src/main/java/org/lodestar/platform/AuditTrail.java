package org.lodestar.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.AuditEvent.Action;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of every change to a domain record. Writes join the caller's transaction, so a change and
 * its audit entry are stored together or not at all; nothing here updates or deletes an entry.
 */
@Service
public class AuditTrail {

    private static final int MAX_VALUE_LENGTH = 4000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, NamedParameterJdbcTemplate batch, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String entityType, long entityId, String summary, Map<String, String> snapshot) {
        write(entityType, entityId, Action.CREATE, summary, FieldChange.between(Map.of(), snapshot));
    }

    /** Records an update; an update that changed no field leaves no entry. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(String entityType, long entityId, String summary,
                        Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = FieldChange.between(before, after);
        if (!changes.isEmpty()) write(entityType, entityId, Action.UPDATE, summary, changes);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(String entityType, long entityId, String summary, Map<String, String> snapshot) {
        write(entityType, entityId, Action.DELETE, summary, FieldChange.between(snapshot, Map.of()));
    }

    /** The history of one record, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> history(String entityType, long entityId) {
        return search(entityType, entityId, null, 0, 500).items();
    }

    /**
     * A page of the whole trail for those who may read it ({@link OrganisationAct#READ_AUDIT_TRAIL}: people's records
     * are in it), newest first, optionally narrowed to a record type, a record or an actor; 403 for others.
     */
    @Transactional(readOnly = true)
    public PageResult<AuditEvent> browse(String entityType, Long entityId, String actor, int page, int size) {
        Actor reader = currentUser.actor();
        Rights.require(OrganisationAct.READ_AUDIT_TRAIL.allows(reader), reader, OrganisationAct.READ_AUDIT_TRAIL.words());
        return search(entityType, entityId, actor, page, size);
    }

    /** A page of the trail, newest first, optionally narrowed to a record type, a record or an actor. */
    @Transactional(readOnly = true)
    public PageResult<AuditEvent> search(String entityType, Long entityId, String actor, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (entityType != null) {
            where.append(" and entity_type = :type");
            parameters.put("type", entityType);
        }
        if (entityId != null) {
            where.append(" and entity_id = :entityId");
            parameters.put("entityId", entityId);
        }
        if (actor != null) {
            where.append(" and actor = :actor");
            parameters.put("actor", actor);
        }
        long total = jdbc.sql("select count(*) from audit_event" + where).params(parameters).query(Long.class).single();
        List<AuditEvent> events = jdbc.sql("select id, occurred_at, actor, entity_type, entity_id, action, summary "
                        + "from audit_event" + where + " order by id desc limit :limit offset :offset")
                .params(parameters).param("limit", size).param("offset", (long) page * size)
                .query((rs, row) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("entity_type"), rs.getLong("entity_id"),
                        Action.valueOf(rs.getString("action")), rs.getString("summary"), List.of()))
                .list();
        return new PageResult<>(withChanges(events), page, size, total);
    }

    private List<AuditEvent> withChanges(List<AuditEvent> events) {
        if (events.isEmpty()) return events;
        Map<Long, List<FieldChange>> changes = new LinkedHashMap<>();
        jdbc.sql("select audit_event, field, old_value, new_value from audit_change "
                        + "where audit_event in (:ids) order by audit_event, position")
                .param("ids", events.stream().map(AuditEvent::id).toList())
                .query(rs -> {
                    changes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new FieldChange(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return events.stream().map(event -> new AuditEvent(event.id(), event.occurredAt(), event.actor(),
                event.entityType(), event.entityId(), event.action(), event.summary(),
                changes.getOrDefault(event.id(), List.of()))).toList();
    }

    private void write(String entityType, long entityId, Action action, String summary, List<FieldChange> changes) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into audit_event (occurred_at, actor, entity_type, entity_id, action, summary) "
                        + "values (:at, :actor, :type, :entityId, :action, :summary)")
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("actor", currentUser.auditName())
                .param("type", entityType)
                .param("entityId", entityId)
                .param("action", action.name())
                .param("summary", truncate(summary, 200))
                .update(key, "id");
        long eventId = key.getKey().longValue();
        if (changes.isEmpty()) return;
        // one batch per entry: a whole plan replaced writes an entry per task, each with a dozen fields
        SqlParameterSource[] rows = new SqlParameterSource[changes.size()];
        for (int position = 0; position < rows.length; position++) {
            FieldChange change = changes.get(position);
            rows[position] = new MapSqlParameterSource().addValue("event", eventId).addValue("position", position)
                    .addValue("field", change.field())
                    .addValue("old", truncate(change.oldValue(), MAX_VALUE_LENGTH))
                    .addValue("new", truncate(change.newValue(), MAX_VALUE_LENGTH));
        }
        batch.batchUpdate("insert into audit_change (audit_event, position, field, old_value, new_value) "
                + "values (:event, :position, :field, :old, :new)", rows);
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }
}
