package org.lodestar.governance;

import org.lodestar.platform.DomainEvent;

/**
 * A portfolio's steering committee took a decision in one of its meetings (an entry of the decision log);
 * {@code project} is the project it is about, or null.
 */
public record SteeringDecisionTaken(long portfolio, long meeting, long decision, Long project) implements DomainEvent {
}
