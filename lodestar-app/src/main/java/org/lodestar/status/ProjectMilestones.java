package org.lodestar.status;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Where milestones come from when a module owns the project plans (the planning module implements it as a bean).
 * Without one, reports keep the milestone table their authors type, and the dashboard reads those.
 */
public interface ProjectMilestones {

    /** The project's milestones as a report's table shows them, in plan order. */
    List<MilestoneLine> milestones(long project);

    /** Milestones of these projects expected (forecast, else baseline) between the two days, inclusive. */
    List<ProjectMilestone> due(Collection<Long> projects, LocalDate from, LocalDate to);

    /** A milestone of a project. */
    record ProjectMilestone(long project, MilestoneLine milestone) {
    }
}
