package org.lodestar.timesheets;

/** Where a timesheet stands: written by its person (draft), submitted, approved (locked) or returned with a reason. */
public enum TimesheetState {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    public String messageKey() {
        return "timesheet.state." + name();
    }
}
