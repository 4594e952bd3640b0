package org.lodestar.performance;

import java.time.LocalDate;
import java.util.List;

/**
 * A KPI as its readers see it: its definition in the reader's language, targets and owner, its history (one point
 * per computed month, oldest first, the value null where there was no data) and the latest value's rating.
 */
public record KpiView(String code, boolean shipped, String name, String definition, String formula, KpiUnit unit,
                      KpiDirection direction, Double target, Double amberLimit, Owner owner, long version,
                      List<Point> history, String rating) {

    public record Point(LocalDate period, Double value) {
    }

    public record Owner(long id, String username, String name) {
    }

    /** The latest computed month's value, null when none was computed or it had no data. */
    public Double latest() {
        return history.isEmpty() ? null : history.get(history.size() - 1).value();
    }

    /** The latest month's value less the one before it, null when either is missing. */
    public Double change() {
        if (history.size() < 2) return null;
        Double last = history.get(history.size() - 1).value();
        Double before = history.get(history.size() - 2).value();
        return last == null || before == null ? null : last - before;
    }
}
