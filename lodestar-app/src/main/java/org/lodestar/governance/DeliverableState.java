package org.lodestar.governance;

/** Where a project's deliverable stands. */
public enum DeliverableState {
    NOT_STARTED, DRAFT, SUBMITTED, APPROVED, WAIVED;

    public String messageKey() {
        return "governance.deliverable.state." + name();
    }
}
