package org.lodestar.governance;

/** A closure report is a draft until the gate board accepts it, which closes the project. */
public enum ClosureState {
    DRAFT, ACCEPTED;

    public String messageKey() {
        return "governance.closure.state." + name();
    }
}
