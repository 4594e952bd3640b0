package org.lodestar.intake;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The role demand of a scenario's selected requests, month by month: what the capacity views add in their what-if.
 * {@code ready} is false while the scenario's solve runs in the background ({@code months} is then empty). A
 * request's FTE for a quarter of its own time line counts in each of that quarter's three months, from the quarter
 * the scenario starts it in; quarters past the scenario's horizon are left out, as in the scenario's own figures.
 */
public record ScenarioRoleDemand(long scenarioId, String scenarioName, boolean ready, List<Month> months) {

    /** FTE of a role in a month, summed over the selected requests. */
    public record Month(String role, YearMonth month, BigDecimal fte) {
    }
}
