/**
 * Timesheets (issue 14): people's weekly timesheets (hours per task and day, the week starting on Monday), their
 * workflow (draft, submitted, approved or returned with a reason), the months the PMO closes, the actual work that
 * approved hours give planning's tasks ({@link org.lodestar.planning.ActualWork}), reminders for missing timesheets
 * and the export of approved hours. The base package is the module's API ({@link org.lodestar.timesheets.Timesheets});
 * rights are decided by {@link org.lodestar.timesheets.TimesheetRights}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Timesheets")
package org.lodestar.timesheets;
