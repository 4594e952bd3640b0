package org.lodestar.engine.schedule;

/**
 * How a P6 plan schedules the rest of an activity in progress when its predecessors are not done (out-of-sequence
 * progress): P6's "Scheduling of progressed activities" option. Microsoft Project's mode ignores it.
 */
public enum ProgressedActivities {
    /** The remaining duration waits for the activity's predecessors as its links say (P6's default). */
    RETAINED_LOGIC,
    /** The remaining duration runs from the data date, whatever its predecessors. */
    PROGRESS_OVERRIDE
}
