package org.lodestar.portfolio;

import org.lodestar.platform.Actor;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.Rights;
import org.lodestar.platform.Role;
import org.lodestar.portfolio.internal.Portfolio;
import org.lodestar.portfolio.internal.Portfolios;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with a portfolio ({@link PortfolioAct}): administrators and the PMO with every portfolio; a
 * portfolio manager with the portfolios they are manager of, where they both manage it and create projects.
 * Nobody else. A portfolio that does not exist allows nothing.
 */
@Component
public class PortfolioRights {

    private final Portfolios portfolios;
    private final CurrentUser currentUser;

    PortfolioRights(Portfolios portfolios, CurrentUser currentUser) {
        this.portfolios = portfolios;
        this.currentUser = currentUser;
    }

    /** Whether the actor may take the act in the portfolio. */
    @Transactional(readOnly = true)
    public boolean may(Actor actor, long portfolioId, PortfolioAct act) {
        if (actor.runsTheRegistry()) return true;
        return portfolios.findById(portfolioId).map(portfolio -> may(actor, portfolio, act)).orElse(false);
    }

    /** Whether the signed-in actor may take the act in at least one portfolio (to offer "new project" at all). */
    @Transactional(readOnly = true)
    public boolean mayAnywhere(PortfolioAct act) {
        return currentUser.find().map(actor -> mayAnywhere(actor, act)).orElse(false);
    }

    /**
     * Refuses (403) the signed-in actor unless they may take the act in the portfolio, or, when
     * {@code portfolioId} is null (not chosen yet), in at least one portfolio.
     */
    @Transactional(readOnly = true)
    public Actor require(Long portfolioId, PortfolioAct act) {
        Actor actor = currentUser.actor();
        boolean allowed = portfolioId == null ? mayAnywhere(actor, act) : may(actor, portfolioId, act);
        Rights.require(allowed, actor, act.words() + (portfolioId == null ? "s" : " " + portfolioId));
        return actor;
    }

    boolean mayAnywhere(Actor actor, PortfolioAct act) {
        return actor.runsTheRegistry() || portfolios.findAll().stream().anyMatch(portfolio -> may(actor, portfolio, act));
    }

    static boolean may(Actor actor, Portfolio portfolio, PortfolioAct act) {
        // both acts follow the same rule today; a new act decides its own here
        return switch (act) {
            case MANAGE, CREATE_PROJECTS -> actor.runsTheRegistry() || (actor.has(Role.PORTFOLIO_MANAGER)
                    && portfolio.manager() != null && portfolio.manager() == actor.id().value());
        };
    }
}
