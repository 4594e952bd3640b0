package org.lodestar.timesheets;

/** An act on a timesheet: the version read and, to return it, the reason (required then). */
public record TimesheetDecision(String reason, Long version) {
}
