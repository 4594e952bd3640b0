package org.lodestar.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What makes up one cell of the person × week view: the person's demand that week by project and task.
 * {@code demandHours} and {@code capacityHours} are the cell's own figures; the {@code lines} are the projects the
 * reader reads, by task where the person has assignments there that week (basis {@link Basis#ASSIGNMENT}: those
 * replace the project's allocation for the week), else by the project's allocation ({@link Basis#ALLOCATION});
 * {@code otherProjectsHours} sums the projects the reader may not read, named nowhere. The lines' hours and the other
 * projects' hours add up to {@code demandHours} exactly (each rounded to a tenth, the rounding shared out so that
 * the sum is kept).
 */
public record PersonWeekDemand(long resourceId, String name, LocalDate week, BigDecimal demandHours,
                               BigDecimal capacityHours, List<Line> lines, BigDecimal otherProjectsHours) {

    /** A task (null {@code taskId} and {@code taskName} for an allocation) of a project, with its hours that week. */
    public record Line(long projectId, String projectCode, String projectName, Long taskId, String taskName,
                       BigDecimal hours, Basis basis) {
    }

    /** Whether a line's hours come from a task assignment or from the project's allocation. */
    public enum Basis { ASSIGNMENT, ALLOCATION }
}
