package org.lodestar.governance;

import org.lodestar.platform.Actor;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.Rights;
import org.lodestar.portfolio.PortfolioAct;
import org.lodestar.portfolio.PortfolioRights;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with a portfolio's steering committee, asked of the rights policy:
 * <ul>
 * <li>Read the committee, its meetings, decision log and actions: whoever reads project detail
 * ({@link OrganisationAct#READ_PROJECT_DETAIL}; not those who only file requests).</li>
 * <li>Form and keep it (name, chair, members, cadence): administrators and the PMO
 * ({@link OrganisationAct#KEEP_STEERING_COMMITTEES}).</li>
 * <li>Decide (schedule meetings, record them, take decisions, agree actions): the committee's decision-makers, who
 * are exactly those the policy gives {@code ProjectRight.DECIDE_GATES} over the portfolio's projects: administrators,
 * the PMO and the portfolio's managers. Other members (executives, say) attend and read.</li>
 * <li>Close an action: its owner and the decision-makers.</li>
 * </ul>
 */
@Component
public class SteeringRights {

    private final PortfolioRights portfolios;
    private final CurrentUser currentUser;

    SteeringRights(PortfolioRights portfolios, CurrentUser currentUser) {
        this.portfolios = portfolios;
        this.currentUser = currentUser;
    }

    /** Whether the actor decides in the portfolio's steering committee (holds DECIDE_GATES over its projects). */
    @Transactional(readOnly = true)
    public boolean decides(Actor actor, long portfolio) {
        return actor.runsTheRegistry() || portfolios.may(actor, portfolio, PortfolioAct.MANAGE);
    }

    /** The signed-in actor, if they read steering committees; else 403. */
    public Actor requireReader() {
        return OrganisationRights.require(currentUser.actor(), OrganisationAct.READ_PROJECT_DETAIL);
    }

    /** The signed-in actor, if they keep steering committees; else 403. */
    public Actor requireKeeper() {
        return OrganisationRights.require(currentUser.actor(), OrganisationAct.KEEP_STEERING_COMMITTEES);
    }

    /** The signed-in actor, if they decide in the portfolio's committee; else 403. */
    @Transactional(readOnly = true)
    public Actor requireDecider(long portfolio) {
        Actor actor = currentUser.actor();
        Rights.require(decides(actor, portfolio), actor, "decide in the steering committee of portfolio " + portfolio);
        return actor;
    }

    /** The signed-in actor, if they own the action or decide in its portfolio's committee; else 403. */
    @Transactional(readOnly = true)
    public Actor requireCloser(long portfolio, long owner) {
        Actor actor = currentUser.actor();
        Rights.require(actor.id().value() == owner || decides(actor, portfolio), actor,
                "close actions of the steering committee of portfolio " + portfolio);
        return actor;
    }
}
