package org.lodestar.portfolio;

public enum Priority {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String messageKey() {
        return "project.priority." + name();
    }
}
