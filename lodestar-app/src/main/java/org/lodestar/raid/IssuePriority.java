package org.lodestar.raid;

/** How urgent an issue is, lowest first. */
public enum IssuePriority {
    LOW, MEDIUM, HIGH, CRITICAL
}
