package org.lodestar.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.lodestar.status.DashboardView;
import org.lodestar.status.ReportView;

/**
 * The steering-committee pack of a dashboard filter: its title and scope, the dashboard's summary and heatmap, and
 * one page per project with its latest published report (null for a project that has none). {@code locale} is the
 * language its labels are written in.
 */
public record SteeringPack(String title, String scope, LocalDate date, Locale locale, DashboardView dashboard,
                           List<ProjectPage> pages) {

    /** A project's page: its heatmap row and latest published report. */
    public record ProjectPage(DashboardView.HeatmapRow row, ReportView report) {
    }
}
