package org.lodestar.timesheets.internal;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/** One project's hours on a timesheet approved: by whom and when. Its lines are locked from then on. */
@Table("timesheet_project_approval")
public record ProjectApproval(long project, String approvedBy, Instant approvedAt) {
}
