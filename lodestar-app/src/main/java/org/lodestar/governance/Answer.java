package org.lodestar.governance;

/** An answer to a gate's checklist item. */
public enum Answer {
    YES, NO, NOT_APPLICABLE;

    public String messageKey() {
        return "governance.answer." + name();
    }
}
