package org.lodestar.timesheets.internal;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.relational.core.mapping.Table;

/** A line of a timesheet: hours on one task of one project, Monday (day0) to Sunday (day6). */
@Table("timesheet_line")
public record TimesheetLine(long project, long task, BigDecimal day0, BigDecimal day1, BigDecimal day2,
                            BigDecimal day3, BigDecimal day4, BigDecimal day5, BigDecimal day6) {

    public static TimesheetLine of(long project, long task, List<BigDecimal> hours) {
        return new TimesheetLine(project, task, hours.get(0), hours.get(1), hours.get(2), hours.get(3), hours.get(4),
                hours.get(5), hours.get(6));
    }

    /** The seven days of hours, Monday first. */
    public List<BigDecimal> hours() {
        return List.of(day0, day1, day2, day3, day4, day5, day6);
    }
}
