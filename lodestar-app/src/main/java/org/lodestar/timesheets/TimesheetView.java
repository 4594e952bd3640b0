package org.lodestar.timesheets;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lodestar.portfolio.Reference;

/**
 * A timesheet as its reader sees it: its person, week, state, lines with their totals, the totals per day and of
 * the week, and what the reader may do with it: {@code decidable}, approve every project not approved yet;
 * {@code returnable}, return the sheet; each project part's {@code approvable}, approve that project's hours. {@code id}
 * is null for a week not written yet.
 */
public record TimesheetView(Long id, Reference person, LocalDate weekStart, List<LocalDate> days, TimesheetState state,
                            List<LineView> lines, List<BigDecimal> dayTotals, BigDecimal total, String returnReason,
                            Instant submittedAt, String decidedBy, Instant decidedAt, boolean editable,
                            boolean submittable, boolean decidable, boolean closed, long version,
                            List<ProjectPart> projects, boolean returnable) {

    /** One line: its project and task, seven days of hours and their total, and whether they are approved. */
    public record LineView(long projectId, String projectCode, long taskId, String taskName, List<BigDecimal> hours,
                           BigDecimal total, boolean approved) {
    }

    /**
     * One project's hours on the sheet: its total, whether they are approved (by whom, when), and whether the reader
     * may approve them now ({@code approvable}).
     */
    public record ProjectPart(long projectId, String projectCode, BigDecimal total, boolean approved,
                              String approvedBy, Instant approvedAt, boolean approvable) {
    }
}
