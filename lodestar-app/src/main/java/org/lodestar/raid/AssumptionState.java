package org.lodestar.raid;

/** An assumption is open until it is found true (validated) or false (invalidated). */
public enum AssumptionState {
    OPEN, VALIDATED, INVALIDATED
}
