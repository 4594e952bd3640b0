package org.lodestar.planning;

/**
 * A pool resource to assign to a task, or the fields of an assignment to change (null leaves a field as it is):
 * {@code resource} the pool's id of a person or generic role; {@code units} the percent of its time, above 0 and at
 * most 1000 (100 when left out on creation); {@code booking} SOFT (default) or HARD. The contour is FLAT.
 * {@code version} is the plan's.
 */
public record AssignmentCommand(Long resource, Integer units, String booking, Long version) {
}
