package org.lodestar.status;

/** Why a person is notified: a report falls due, is overdue, was submitted (to the PMO), returned or published. */
public enum NotificationKind {
    DUE, OVERDUE, SUBMITTED, RETURNED, PUBLISHED;

    public String messageKey() {
        return "status.notification." + name();
    }
}
