package org.lodestar.raid;

/** A risk is open until it is closed (it happened, or can no longer happen); a closed risk may be reopened. */
public enum RiskState {
    OPEN, CLOSED
}
