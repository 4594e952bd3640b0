/**
 * Status: reporting cycles, status reports and their workflow, health computed from the data, notifications and
 * the portfolio dashboard. The base package is the module's API ({@link org.lodestar.status.ReportingCycles},
 * {@link org.lodestar.status.StatusReports}, {@link org.lodestar.status.ComputedHealth},
 * {@link org.lodestar.status.StatusDashboard}); other modules contribute health indicators and milestones through
 * {@link org.lodestar.status.HealthIndicatorSource} and {@link org.lodestar.status.ProjectMilestones}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Status")
package org.lodestar.status;
