package org.lodestar.governance;

import org.lodestar.platform.DomainEvent;
import org.lodestar.portfolio.ProjectId;

/**
 * The gate board decided a project's gate review: {@code fromPhase} is the phase key the gate ends, {@code toPhase}
 * the phase the project entered (null when it stayed, finished its lifecycle or was stopped).
 */
public record GateDecided(ProjectId project, long review, String gate, GateDecision decision, String fromPhase,
                          String toPhase) implements DomainEvent {
}
