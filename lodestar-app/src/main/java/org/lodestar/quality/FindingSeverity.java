package org.lodestar.quality;

/** How serious a quality review's finding is. */
public enum FindingSeverity {
    LOW, MEDIUM, HIGH, CRITICAL
}
