package org.lodestar.planning;

/**
 * A plan's settings: {@code start} (forward) or {@code finish} (backward scheduling) as {@code 2026-01-05} or
 * {@code 2026-01-05T08:00}, the status date, the project calendar and the baseline the Gantt shows. Null leaves a
 * setting as it is; blank clears the finish, status date or baseline.
 */
public record PlanSettingsCommand(String start, String finish, String statusDate, Long calendarId,
                                  String baselineShown, Long version) {
}
