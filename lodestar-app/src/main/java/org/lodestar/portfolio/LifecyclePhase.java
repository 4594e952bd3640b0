package org.lodestar.portfolio;

/** The standard lifecycle phases a project moves through. */
public enum LifecyclePhase {
    INITIATION, PLANNING, EXECUTION, CLOSING;

    public String messageKey() {
        return "project.phase." + name();
    }
}
