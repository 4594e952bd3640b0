package org.lodestar.governance;

import java.util.Optional;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectPhaseGuard;
import org.springframework.stereotype.Component;

/**
 * Portfolio's {@link ProjectPhaseGuard}: once a project is on a lifecycle, the registry refuses a direct change of
 * its phase (409) naming the gate of the phase it is in; the phase changes through the gate's Go instead.
 */
@Component
class GovernedPhases implements ProjectPhaseGuard {

    private final Governance governance;

    GovernedPhases(Governance governance) {
        this.governance = governance;
    }

    @Override
    public Optional<String> gateFor(ProjectId project) {
        return governance.gateOf(project);
    }
}
