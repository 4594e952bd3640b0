package org.lodestar.planning.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.lodestar.planning.CalendarCommand;
import org.lodestar.planning.CalendarView;

/**
 * The calendar form: conversions in hours, and each weekday's working periods as typed
 * ({@code 08:00-12:00, 13:00-17:00}); a form keeps what was typed when it is shown again with errors.
 */
public class CalendarForm {

    private String name;
    private String hoursPerDay;
    private String hoursPerWeek;
    private String daysPerMonth;
    private List<String> week = new ArrayList<>(List.of("", "", "", "", "", "", ""));
    private Long version;

    static CalendarForm of(CalendarView calendar) {
        CalendarForm form = new CalendarForm();
        form.name = calendar.name();
        form.hoursPerDay = hours(calendar.minutesPerDay());
        form.hoursPerWeek = hours(calendar.minutesPerWeek());
        form.daysPerMonth = Integer.toString(calendar.daysPerMonth());
        for (CalendarView.Day day : calendar.week()) {
            form.week.set(day.day().ordinal(), text(day.hours()));
        }
        form.version = calendar.version();
        return form;
    }

    /** The command with the calendar's exceptions as they are; unreadable numbers are passed on as invalid. */
    CalendarCommand toCommand(List<CalendarView.Exception> exceptions) {
        List<CalendarView.Day> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String typed = day.ordinal() < week.size() ? week.get(day.ordinal()) : "";
            List<CalendarView.Hours> hours = periods(typed);
            if (!hours.isEmpty()) days.add(new CalendarView.Day(day, hours));
        }
        return new CalendarCommand(name, null, minutes(hoursPerDay), minutes(hoursPerWeek), number(daysPerMonth),
                days, exceptions, version);
    }

    /** {@code 08:00-12:00, 13:00-17:00} as periods; a piece without a dash is kept whole, to be refused. */
    static List<CalendarView.Hours> periods(String typed) {
        List<CalendarView.Hours> hours = new ArrayList<>();
        if (typed == null || typed.isBlank()) return hours;
        for (String piece : typed.split("[,;]")) {
            if (piece.isBlank()) continue;
            String[] ends = piece.strip().split("\\s*[-–]\\s*", 2);
            hours.add(new CalendarView.Hours(ends[0], ends.length > 1 ? ends[1] : ""));
        }
        return hours;
    }

    static String text(List<CalendarView.Hours> hours) {
        return String.join(", ", hours.stream().map(period -> period.from() + "-" + period.to()).toList());
    }

    private static String hours(int minutes) {
        return minutes % 60 == 0 ? Integer.toString(minutes / 60) : Double.toString(minutes / 60.0);
    }

    /** Hours as typed, in minutes; unreadable text becomes -1, which the service refuses as out of range. */
    private static Integer minutes(String hours) {
        if (hours == null || hours.isBlank()) return null;
        try {
            return (int) Math.round(Double.parseDouble(hours.strip().replace(',', '.')) * 60);
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static Integer number(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getHoursPerDay() { return hoursPerDay; }
    public void setHoursPerDay(String hoursPerDay) { this.hoursPerDay = hoursPerDay; }
    public String getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(String hoursPerWeek) { this.hoursPerWeek = hoursPerWeek; }
    public String getDaysPerMonth() { return daysPerMonth; }
    public void setDaysPerMonth(String daysPerMonth) { this.daysPerMonth = daysPerMonth; }
    public List<String> getWeek() { return week; }
    public void setWeek(List<String> week) { this.week = week; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
