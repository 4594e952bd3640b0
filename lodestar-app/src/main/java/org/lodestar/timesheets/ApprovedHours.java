package org.lodestar.timesheets;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of the export of approved hours: one person's hours on one task of a project on one day ({@code personId}:
 * the person's account).
 */
public record ApprovedHours(LocalDate day, String projectCode, long projectId, long taskId, String taskName,
                            String person, BigDecimal hours, long timesheet, long personId) {
}
