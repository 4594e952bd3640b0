package org.lodestar.planning;

/**
 * A plan's settings: {@code start} (forward) or {@code finish} (backward scheduling) as {@code 2026-01-05} or
 * {@code 2026-01-05T08:00}, the status date, the project calendar, the baseline the Gantt shows, and the rules it is
 * scheduled by: {@code schedulingRules} MICROSOFT_PROJECT or PRIMAVERA_P6, and P6's options {@code
 * progressedActivities} (RETAINED_LOGIC, PROGRESS_OVERRIDE) and {@code lagCalendar} (PREDECESSOR, SUCCESSOR,
 * PROJECT, TWENTY_FOUR_HOURS). Null leaves a setting as it is; blank clears the finish, status date or baseline.
 */
public record PlanSettingsCommand(String start, String finish, String statusDate, Long calendarId,
                                  String baselineShown, String schedulingRules, String progressedActivities,
                                  String lagCalendar, Long version) {

    /** The dates, calendar and shown baseline, leaving the rules as they are. */
    public PlanSettingsCommand(String start, String finish, String statusDate, Long calendarId, String baselineShown,
                               Long version) {
        this(start, finish, statusDate, calendarId, baselineShown, null, null, null, version);
    }

    /** The rules alone. */
    public static PlanSettingsCommand rules(String schedulingRules, String progressedActivities, String lagCalendar,
                                            Long version) {
        return new PlanSettingsCommand(null, null, null, null, null, schedulingRules, progressedActivities,
                lagCalendar, version);
    }
}
