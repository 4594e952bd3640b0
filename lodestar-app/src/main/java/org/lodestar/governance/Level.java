package org.lodestar.governance;

/** A stakeholder's interest in a project, or influence over it. */
public enum Level {
    LOW, MEDIUM, HIGH;

    public String messageKey() {
        return "governance.level." + name();
    }
}
