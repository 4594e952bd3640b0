package org.lodestar.resources.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar's working days from one day to another, in order, each with its month: worked out once for a view
 * that asks the same week of thousands of people, rather than once per person and project.
 */
public record WorkingDays(List<LocalDate> days, List<YearMonth> months) {

    public static WorkingDays of(LocalDate from, LocalDate to, WorkWeek week) {
        List<LocalDate> days = new ArrayList<>();
        List<YearMonth> months = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!week.isWorking(day)) continue;
            days.add(day);
            months.add(YearMonth.from(day));
        }
        return new WorkingDays(List.copyOf(days), List.copyOf(months));
    }
}
