package org.lodestar.timesheets;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lodestar.platform.DomainEvent;

/**
 * A timesheet was approved: whose it is, its week, and every day's approved hours on a task of a project (days
 * without hours left out), for other modules (finance will cost them at the person's rates).
 */
public record TimesheetApproved(long timesheet, long person, LocalDate weekStart, List<Entry> entries,
                                Instant approvedAt) implements DomainEvent {

    public TimesheetApproved {
        entries = List.copyOf(entries);
    }

    /** Hours approved on one task of one project on one day. */
    public record Entry(long project, long task, LocalDate day, BigDecimal hours) {
    }
}
