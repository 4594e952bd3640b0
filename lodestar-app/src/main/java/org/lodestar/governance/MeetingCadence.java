package org.lodestar.governance;

/** How often a steering committee meets. */
public enum MeetingCadence {
    WEEKLY, FORTNIGHTLY, MONTHLY, QUARTERLY;

    public String messageKey() {
        return "governance.steering.cadence." + name();
    }
}
