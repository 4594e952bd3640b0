package org.lodestar.intake;

import org.lodestar.platform.DomainEvent;
import org.lodestar.portfolio.PortfolioId;

/** A request was approved by its reviewers, for the portfolio it names: it may now become a project. */
public record RequestApproved(RequestId request, String code, PortfolioId portfolio) implements DomainEvent {
}
