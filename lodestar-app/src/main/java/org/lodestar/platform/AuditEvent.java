package org.lodestar.platform;

import java.time.Instant;
import java.util.List;

/** One entry of the audit trail: who did what to which record, when, and which fields changed. */
public record AuditEvent(long id, Instant occurredAt, String actor, String entityType, long entityId,
                         Action action, String summary, List<FieldChange> changes) {

    public enum Action { CREATE, UPDATE, DELETE }
}
