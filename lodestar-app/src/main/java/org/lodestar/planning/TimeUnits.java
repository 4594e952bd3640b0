package org.lodestar.planning;

/**
 * How a calendar converts days, weeks and months into working minutes (MS Project's "hours per day", "hours per
 * week" and "days per month"). Elapsed units are fixed: a day is 24 hours, a week 7 days, a month 30 days.
 */
public record TimeUnits(int minutesPerDay, int minutesPerWeek, int daysPerMonth) {

    public static final TimeUnits STANDARD = new TimeUnits(480, 2400, 20);

    public TimeUnits {
        if (minutesPerDay <= 0 || minutesPerDay > 1440) throw new IllegalArgumentException("minutes per day " + minutesPerDay);
        if (minutesPerWeek <= 0 || minutesPerWeek > 7 * 1440) throw new IllegalArgumentException("minutes per week " + minutesPerWeek);
        if (daysPerMonth <= 0 || daysPerMonth > 31) throw new IllegalArgumentException("days per month " + daysPerMonth);
    }

    /** Minutes in one of {@code unit} (m, h, d, w, mo), in working time or elapsed time. */
    long minutesIn(String unit, boolean elapsed) {
        return switch (unit) {
            case "m" -> 1;
            case "h" -> 60;
            case "d" -> elapsed ? 1440 : minutesPerDay;
            case "w" -> elapsed ? 7 * 1440 : minutesPerWeek;
            case "mo" -> elapsed ? 30 * 1440 : (long) daysPerMonth * minutesPerDay;
            default -> throw new IllegalArgumentException("unit " + unit);
        };
    }
}
