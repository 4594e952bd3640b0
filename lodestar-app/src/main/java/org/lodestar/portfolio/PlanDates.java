package org.lodestar.portfolio;

import java.time.LocalDate;

/**
 * The dates a project's plan gives the registry (see {@link ProjectRegistry#followPlan}): the forecast start and
 * finish as the plan is scheduled, the approved start and finish of its current baseline ({@code baseline} null
 * when none is saved, and then the dates are null too), and the actual start and finish as progress records them
 * (null until a task started, and until every task is complete).
 */
public record PlanDates(LocalDate forecastStart, LocalDate forecastFinish, Integer baseline, LocalDate baselineStart,
                        LocalDate baselineFinish, LocalDate actualStart, LocalDate actualFinish) {

    public PlanDates {
        if (forecastStart == null || forecastFinish == null) throw new IllegalArgumentException("a plan has dates");
        if (baseline == null && (baselineStart != null || baselineFinish != null)) {
            throw new IllegalArgumentException("baseline dates without a baseline");
        }
    }
}
