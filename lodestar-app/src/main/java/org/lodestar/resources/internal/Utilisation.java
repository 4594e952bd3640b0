package org.lodestar.resources.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** The rules of the capacity views: a person's capacity in FTE over a month, and utilisation. */
public final class Utilisation {

    private Utilisation() {
    }

    /**
     * The FTE a resource gives a month: its capacity hours that month over a full-time month's (the calendar's
     * working days × its day's hours), split evenly among the {@code roles} roles it fills.
     */
    public static double capacityFte(Resource resource, LocalDate month, WorkWeek week, int roles) {
        LocalDate first = month.withDayOfMonth(1);
        LocalDate last = first.plusMonths(1).minusDays(1);
        int workingDays = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (week.isWorking(day)) workingDays++;
        }
        if (workingDays == 0 || week.hoursPerDay() <= 0 || roles <= 0) return 0;
        return resource.capacityHours(first, last, week) / (workingDays * week.hoursPerDay()) / roles;
    }

    /** Demand over capacity in whole percent; null when there is demand and no capacity, 0 when neither. */
    public static Integer percent(BigDecimal demand, BigDecimal capacity) {
        if (capacity.signum() == 0) return demand.signum() == 0 ? 0 : null;
        return demand.multiply(BigDecimal.valueOf(100)).divide(capacity, 0, RoundingMode.HALF_UP).intValueExact();
    }

    /** Over-allocated: more demand than capacity. */
    public static boolean over(BigDecimal demand, BigDecimal capacity) {
        return demand.compareTo(capacity) > 0;
    }
}
