package org.lodestar.raid;

import java.time.LocalDate;
import java.util.List;
import org.lodestar.portfolio.Reference;

/** An issue of a project's log as readers see it, with its actions. */
public record IssueView(long id, long projectId, String title, String description, IssuePriority priority,
                        Reference owner, LocalDate due, IssueState state, String resolution,
                        List<RiskView.Action> actions, boolean editable, long version) {
}
