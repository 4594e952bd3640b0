package org.lodestar.intake;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The role demand that ongoing projects have already committed, which intake's scenarios take from each role's
 * capacity before they fund requests. Intake does not know where that demand is kept: the module that keeps
 * allocations implements this (resources, from its role allocations); without an implementation ongoing projects
 * commit no role demand.
 *
 * <p>Units are intake's: full-time equivalents per quarter, where a quarter's FTE is the mean of its three months'
 * FTE (2 FTE in January, 2 in February and 2 in March is 2 FTE that quarter; 3 FTE in January alone is 1).
 */
public interface CommittedRoleDemand {

    /**
     * For each of {@code roles} that ongoing (active) projects demand, its FTE in each of the {@code quarters}
     * quarters from {@code firstQuarter} (index 0); roles without demand in the period are left out.
     */
    Map<String, double[]> fteByQuarter(LocalDate firstQuarter, int quarters, Set<String> roles);
}
