package org.lodestar.portfolio;

/** Where a project stands in its life, independent of its lifecycle phase. */
public enum ProjectState {
    PROPOSED, ACTIVE, ON_HOLD, CLOSED, CANCELLED;

    public String messageKey() {
        return "project.state." + name();
    }
}
