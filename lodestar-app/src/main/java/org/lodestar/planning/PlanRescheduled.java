package org.lodestar.planning;

import java.time.LocalDateTime;
import org.lodestar.platform.DomainEvent;
import org.lodestar.portfolio.ProjectId;

/**
 * A change to a project's plan was stored and the plan scheduled again: at {@code version} it runs from
 * {@code start} to {@code finish} (local date-times in the project's calendar).
 */
public record PlanRescheduled(ProjectId project, long version, LocalDateTime start, LocalDateTime finish)
        implements DomainEvent {
}
