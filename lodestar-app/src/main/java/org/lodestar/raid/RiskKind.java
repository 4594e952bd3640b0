package org.lodestar.raid;

/** Whether a risk threatens the project or is an opportunity for it: each has its own response strategies. */
public enum RiskKind {
    THREAT, OPPORTUNITY
}
