package org.lodestar.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A benefit as its readers see it: its plan, its measurements each with its realisation (percent of the way from
 * baseline to target), the latest realisation, the realisation expected today on the straight line from the baseline
 * date to the target date, whether it is at risk, and what the reader may do with it.
 */
public record BenefitView(long id, long projectId, String projectCode, String projectName, String title,
                          BenefitType type, String measure, BigDecimal baselineValue, LocalDate baselineDate,
                          BigDecimal targetValue, LocalDate targetDate, Owner owner, BenefitState state,
                          LocalDate handedOverOn, long version, List<Measured> measurements,
                          Double latestRealisation, double expectedRealisation, boolean atRisk, boolean editable,
                          boolean measurable) {

    public record Owner(long id, String name) {
    }

    public record Measured(LocalDate measuredOn, BigDecimal value, double realisation, String note) {
    }
}
