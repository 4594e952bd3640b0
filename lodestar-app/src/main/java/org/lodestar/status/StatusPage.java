package org.lodestar.status;

import java.time.LocalDate;
import java.util.List;
import org.lodestar.portfolio.ProjectView;

/** A project's status page: the project, its report history (newest first), computed health and current period. */
public record StatusPage(ProjectView project, List<ReportSummary> history, ProjectHealth health,
                         LocalDate currentPeriod) {
}
