package org.lodestar.finance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The roll-up of several projects' recorded earned value by reporting period, the amounts already converted to one
 * currency. A period's PV, EV and AC are the sums over the projects that recorded it, and its CPI (ΣEV / ΣAC) and SPI
 * (ΣEV / ΣPV) are those of the sums, never an average of the projects' indices (which would weigh a small project like
 * a large one). Every period any included project recorded is listed; the included projects that did not record it
 * are named ({@link Point#missing()}), so a period that sums fewer projects says so instead of passing for the whole.
 * A period in which a recorded project had no plan to earn from has no EV, and no indices, rather than an EV that
 * silently leaves that project out (the rule of the roll-up of the current position).
 */
final class EarnedValueTrend {

    private EarnedValueTrend() {
    }

    /** One project's recorded period, converted; {@code ev} is null when the project had no plan to earn from. */
    record Entry(long project, YearMonth period, BigDecimal pv, BigDecimal ev, BigDecimal ac) {
    }

    /** One period of the roll-up: who recorded it, who did not, the sums and the indices of the sums. */
    record Point(YearMonth period, List<Long> recorded, List<Long> missing, BigDecimal pv, BigDecimal ev,
                 BigDecimal ac, Double cpi, Double spi) {

        boolean complete() {
            return missing.isEmpty();
        }
    }

    /**
     * The periods, oldest first, of the {@code included} projects' entries (entries of other projects are ignored;
     * each project at most once per period).
     */
    static List<Point> rollup(Collection<Long> included, List<Entry> entries) {
        Set<Long> members = new LinkedHashSet<>(included);
        Map<YearMonth, List<Entry>> byPeriod = new TreeMap<>();
        for (Entry entry : entries) {
            if (!members.contains(entry.project())) continue;
            List<Entry> period = byPeriod.computeIfAbsent(entry.period(), key -> new ArrayList<>());
            if (period.stream().anyMatch(other -> other.project() == entry.project())) {
                throw new IllegalArgumentException("project " + entry.project() + " twice in " + entry.period());
            }
            period.add(entry);
        }
        List<Point> points = new ArrayList<>();
        byPeriod.forEach((period, recorded) -> {
            BigDecimal pv = BigDecimal.ZERO;
            BigDecimal ev = BigDecimal.ZERO;
            BigDecimal ac = BigDecimal.ZERO;
            boolean earned = true;
            List<Long> who = new ArrayList<>();
            for (Entry entry : recorded) {
                who.add(entry.project());
                pv = pv.add(entry.pv());
                ac = ac.add(entry.ac());
                if (entry.ev() == null) earned = false;
                else ev = ev.add(entry.ev());
            }
            List<Long> missing = members.stream().filter(project -> !who.contains(project)).toList();
            BigDecimal earnedValue = earned ? ev : null;
            points.add(new Point(period, List.copyOf(who), missing, pv, earnedValue, ac,
                    index(earnedValue, ac), index(earnedValue, pv)));
        });
        return List.copyOf(points);
    }

    /** A ratio to three decimals; null without a numerator or a positive denominator. */
    static Double index(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() <= 0) return null;
        double value = numerator.divide(denominator, MathContext.DECIMAL64).doubleValue();
        return Math.round(value * 1000) / 1000.0;
    }
}
