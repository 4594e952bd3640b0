package org.lodestar.benefits;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How far a benefit has come: a measured value as a percentage of the way from its baseline to its target (0 at the
 * baseline, 100 at the target, whichever way the target lies; beyond 100 when exceeded, below 0 when worse than the
 * baseline), against the expected share of the way on a day: a straight line from the baseline date (0) to the
 * target date (100). A benefit is at risk when its latest realisation (0 before any measurement) trails the expected
 * by more than {@link #AT_RISK_GAP} points.
 */
public final class Realisation {

    public static final double AT_RISK_GAP = 25;

    private Realisation() {
    }

    public static double percent(BigDecimal baseline, BigDecimal target, BigDecimal measured) {
        return measured.subtract(baseline).divide(target.subtract(baseline), MathContext.DECIMAL64)
                .doubleValue() * 100;
    }

    public static double expected(LocalDate baselineDate, LocalDate targetDate, LocalDate day) {
        if (!day.isAfter(baselineDate)) return 0;
        if (!day.isBefore(targetDate)) return 100;
        return 100.0 * ChronoUnit.DAYS.between(baselineDate, day) / ChronoUnit.DAYS.between(baselineDate, targetDate);
    }

    /** Whether a benefit whose latest realisation is {@code latest} (null: never measured) is at risk on the day. */
    public static boolean atRisk(Double latest, double expected) {
        double realised = latest == null ? 0 : latest;
        return realised < 100 && expected - realised > AT_RISK_GAP;
    }
}
