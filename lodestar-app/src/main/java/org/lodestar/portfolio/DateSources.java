package org.lodestar.portfolio;

import java.util.Set;

/**
 * Where a project's registry dates come from: once it has a plan, the forecast start and finish from the plan's
 * schedule and the actual start and finish from its progress; the planned (approved) start and finish from the
 * current baseline when one is saved ({@code baseline}, its number). Dates that come from elsewhere are not edited
 * by hand. A project without a plan has every date entered by hand.
 */
public record DateSources(boolean fromPlan, Integer baseline) {

    public static final DateSources BY_HAND = new DateSources(false, null);

    private static final Set<String> FORECAST = Set.of("forecastStart", "forecastFinish");
    private static final Set<String> ACTUAL = Set.of("actualStart", "actualFinish");
    private static final Set<String> PLANNED = Set.of("plannedStart", "plannedFinish");

    public DateSources {
        if (!fromPlan && baseline != null) throw new IllegalArgumentException("a baseline is part of a plan");
    }

    /** Whether the field ({@code forecastFinish}...) comes from the plan, its baseline or its progress. */
    public boolean derived(String field) {
        return key(field) != null;
    }

    /**
     * The message key saying where the field comes from ({@code project.dates.fromPlan}, {@code ...fromBaseline}
     * with the baseline's number as argument, {@code ...fromProgress}); null for a date entered by hand.
     */
    public String key(String field) {
        if (!fromPlan) return null;
        if (FORECAST.contains(field)) return "project.dates.fromPlan";
        if (ACTUAL.contains(field)) return "project.dates.fromProgress";
        if (PLANNED.contains(field) && baseline != null) return "project.dates.fromBaseline";
        return null;
    }
}
