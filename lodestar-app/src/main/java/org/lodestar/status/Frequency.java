package org.lodestar.status;

/** How often a reporting cycle asks for a report. */
public enum Frequency {
    WEEKLY, FORTNIGHTLY, MONTHLY;

    public String messageKey() {
        return "status.frequency." + name();
    }
}
