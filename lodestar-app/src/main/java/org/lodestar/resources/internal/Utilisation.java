package org.lodestar.resources.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

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
        double fullTime = fullTimeHours(first, week);
        if (fullTime <= 0 || roles <= 0) return 0;
        return resource.capacityHours(first, last, week) / fullTime / roles;
    }

    /** The hours of 1 FTE in the month: the calendar's working days in it × its day's hours. */
    public static double fullTimeHours(LocalDate month, WorkWeek week) {
        LocalDate first = month.withDayOfMonth(1);
        LocalDate last = first.plusMonths(1).minusDays(1);
        int workingDays = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (week.isWorking(day)) workingDays++;
        }
        return workingDays * Math.max(0, week.hoursPerDay());
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

    /**
     * The hours named allocations ask in the week starting {@code monday}: on each working day of the calendar,
     * the FTE of that day's month times the calendar's day. A month's FTE is so spread evenly over its working days,
     * and a week across two months takes each month's share by its own working days.
     */
    public static double weekDemandHours(LocalDate monday, Map<YearMonth, BigDecimal> fteByMonth, WorkWeek week) {
        if (fteByMonth.isEmpty()) return 0;
        return weekDemandHours(WorkingDays.of(monday, monday.plusDays(6), week), fteByMonth, week);
    }

    /** {@link #weekDemandHours(LocalDate, Map, WorkWeek)} over the week's working days worked out once. */
    public static double weekDemandHours(WorkingDays week, Map<YearMonth, BigDecimal> fteByMonth, WorkWeek calendar) {
        if (fteByMonth.isEmpty()) return 0;
        double hours = 0;
        List<YearMonth> months = week.months();
        for (int i = 0; i < months.size(); i++) {
            BigDecimal fte = fteByMonth.get(months.get(i));
            if (fte != null) hours += fte.doubleValue() * calendar.hoursPerDay();
        }
        return hours;
    }

    /**
     * {@link #weekDemandHours(LocalDate, Map, WorkWeek)} with the week's working days given by their months' indexes
     * into {@code fteByMonth} (0 where nothing is allocated), summed day by day in the same order.
     */
    public static double weekDemandHours(int[] dayMonths, double[] fteByMonth, double hoursPerDay) {
        double hours = 0;
        for (int month : dayMonths) hours += fteByMonth[month] * hoursPerDay;
        return hours;
    }

    /**
     * Hours in tenths as the views show them: {@code BigDecimal.valueOf(hours).setScale(1, HALF_UP)}'s digits,
     * without making the decimal where the double is not within a millionth of a tenth's half (there the double and
     * its decimal text round alike), since the over-allocation indicator rounds a hundred thousand figures a read.
     */
    public static long tenths(double hours) {
        double scaled = hours * 10;
        if (Math.abs(scaled) < 1e9) {
            double floor = Math.floor(scaled);
            double fraction = scaled - floor;
            if (Math.abs(fraction - 0.5) > 1e-6) return (long) (fraction > 0.5 ? floor + 1 : floor);
        }
        return BigDecimal.valueOf(hours).setScale(1, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }
}
