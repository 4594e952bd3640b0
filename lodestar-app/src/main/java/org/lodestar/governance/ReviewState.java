package org.lodestar.governance;

/** A gate review is requested (its checklist answered meanwhile) until the board decides it. */
public enum ReviewState {
    REQUESTED, DECIDED;

    public String messageKey() {
        return "governance.review.state." + name();
    }
}
