/**
 * Critical-path scheduling: calendars, activity networks with the four dependency types, constraints, progress,
 * summary roll-up, floats and baseline variance. Data lives in primitive arrays indexed by task so that a
 * million-task network schedules in a fraction of a second; see {@link org.lodestar.engine.schedule.Scheduler}.
 */
package org.lodestar.engine.schedule;
