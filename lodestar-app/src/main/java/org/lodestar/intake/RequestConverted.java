package org.lodestar.intake;

import org.lodestar.platform.DomainEvent;
import org.lodestar.portfolio.ProjectId;

/** An approved request has become the project {@code project}. */
public record RequestConverted(RequestId request, ProjectId project) implements DomainEvent {
}
