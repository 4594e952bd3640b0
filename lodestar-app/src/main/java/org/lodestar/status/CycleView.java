package org.lodestar.status;

import org.lodestar.portfolio.Reference;

/** A reporting cycle; {@code scopeTarget} is the portfolio or programme it covers (null for all projects). */
public record CycleView(long id, String name, Frequency frequency, int dueDay, CycleScope scope,
                        Reference scopeTarget, int remindDaysBefore, boolean remindOverdue, boolean active,
                        long version) {

    public Cadence cadence() {
        return new Cadence(frequency, dueDay);
    }

    /** Whether the cycle covers a project of this portfolio and programme (programme may be null). */
    public boolean covers(long portfolio, Long programme) {
        return switch (scope) {
            case ALL -> true;
            case PORTFOLIO -> scopeTarget != null && scopeTarget.id() == portfolio;
            case PROGRAMME -> scopeTarget != null && programme != null && scopeTarget.id() == programme;
        };
    }

    /** Programme cycles beat portfolio cycles, which beat organisation-wide ones. */
    public int specificity() {
        return scope.ordinal();
    }
}
