package org.lodestar.planning;

import java.util.List;

/**
 * A calendar to create or the whole new content of one to change. {@code week} lists the weekdays that are worked
 * (those left out are not); missing conversions default to 8 hours a day, 40 a week and 20 days a month.
 * {@code projectId} (create only) makes it a project's calendar; {@code version} is required for a change.
 */
public record CalendarCommand(String name, Long projectId, Integer minutesPerDay, Integer minutesPerWeek,
                              Integer daysPerMonth, List<CalendarView.Day> week,
                              List<CalendarView.Exception> exceptions, Long version) {
}
