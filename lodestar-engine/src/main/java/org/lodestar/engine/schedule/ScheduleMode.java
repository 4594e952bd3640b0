package org.lodestar.engine.schedule;

/**
 * Whose scheduling rules a plan follows where the two reference tools differ. Microsoft Project's are the default;
 * Primavera P6's apply to files P6 saved. Today the modes differ only in progress: under P6 an activity in progress
 * finishes at the data date plus its remaining duration (the share already done does not move it), and one with no
 * remaining duration finishes at its actual start minute; under retained logic (see {@link ProgressedActivities})
 * the remaining duration also waits for the predecessors; actual dates are kept as entered, even outside working
 * time.
 */
public enum ScheduleMode {
    MICROSOFT_PROJECT, PRIMAVERA_P6
}
