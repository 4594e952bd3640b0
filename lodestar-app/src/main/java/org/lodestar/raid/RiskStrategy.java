package org.lodestar.raid;

import java.util.Set;

/**
 * The response to a risk: avoid, reduce, transfer or accept a threat; exploit, enhance, share or accept an
 * opportunity.
 */
public enum RiskStrategy {
    AVOID(RiskKind.THREAT), REDUCE(RiskKind.THREAT), TRANSFER(RiskKind.THREAT),
    EXPLOIT(RiskKind.OPPORTUNITY), ENHANCE(RiskKind.OPPORTUNITY), SHARE(RiskKind.OPPORTUNITY),
    ACCEPT(RiskKind.THREAT, RiskKind.OPPORTUNITY);

    private final Set<RiskKind> kinds;

    RiskStrategy(RiskKind... kinds) {
        this.kinds = Set.of(kinds);
    }

    /** Whether this strategy is a response to risks of this kind. */
    public boolean fits(RiskKind kind) {
        return kinds.contains(kind);
    }
}
