package org.lodestar.portfolio;

import org.lodestar.platform.DomainEvent;

/** A project left one portfolio (and programme, null when none) for another. */
public record ProjectMoved(ProjectId project, String code, PortfolioId fromPortfolio, ProgrammeId fromProgramme,
                           PortfolioId toPortfolio, ProgrammeId toProgramme) implements DomainEvent {
}
