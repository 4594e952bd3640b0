package org.lodestar.engine.schedule;

/** How a successor's start or finish follows its predecessor's start or finish. */
public enum DependencyType {
    /** Finish-to-start: the successor starts after the predecessor finishes. */
    FS,
    /** Start-to-start. */
    SS,
    /** Finish-to-finish. */
    FF,
    /** Start-to-finish. */
    SF;

    boolean fromStart() {
        return this == SS || this == SF;
    }

    boolean toFinish() {
        return this == FF || this == SF;
    }
}
