package org.lodestar.portfolio;

import java.time.LocalDate;
import org.lodestar.platform.DomainEvent;

/**
 * A project was added to the registry, in {@code state}, planned to start on {@code plannedStart} (null when not
 * planned yet). Carries what listeners need to set up their own records for it without reading the registry as
 * a user.
 */
public record ProjectCreated(ProjectId project, String code, PortfolioId portfolio, ProjectState state,
                             LocalDate plannedStart) implements DomainEvent {
}
