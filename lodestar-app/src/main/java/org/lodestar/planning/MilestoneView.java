package org.lodestar.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A milestone of a project's plan with its scheduled date. {@code overdue}: its date has passed and it is not
 * complete; {@code late}: it is scheduled after its deadline.
 */
public record MilestoneView(long projectId, String projectCode, String projectName, long taskId, int row,
                            String name, LocalDateTime date, LocalDate deadline, int percentComplete,
                            boolean critical, boolean overdue, boolean late) {

    public boolean complete() {
        return percentComplete >= 100;
    }
}
