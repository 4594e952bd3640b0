package org.lodestar.governance;

/** What the gate board decides at a gate review. Only {@link #GO} and {@link #GO_WITH_CONDITIONS} move the project on. */
public enum GateDecision {
    /** The project moves to its next phase (past the last gate: it is closed). */
    GO,
    /** As {@link #GO}, with conditions the project must meet (written down with the decision). */
    GO_WITH_CONDITIONS,
    /** The project stays where it is until the board meets again. */
    HOLD,
    /** The phase's work is to be redone before the gate is asked again; the project stays in its phase. */
    RECYCLE,
    /** The project ends here: it is cancelled. */
    STOP;

    /** Whether the decision moves the project past the gate. */
    public boolean passes() {
        return this == GO || this == GO_WITH_CONDITIONS;
    }

    public String messageKey() {
        return "governance.decision." + name();
    }
}
