package org.lodestar.timesheets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a person sends to write their timesheet of a week: the Monday it starts on, one line per task with seven
 * days of hours (Monday first; a missing or null day is zero), and the version read (required once it exists).
 */
public record TimesheetCommand(LocalDate weekStart, List<Line> lines, Long version) {

    public TimesheetCommand {
        lines = lines == null ? List.of() : lines;
    }

    /** Hours on one task of one project, Monday to Sunday. */
    public record Line(Long projectId, Long taskId, List<BigDecimal> hours) {
    }
}
