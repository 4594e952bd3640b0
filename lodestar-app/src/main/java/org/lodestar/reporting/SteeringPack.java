package org.lodestar.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lodestar.status.DashboardView;
import org.lodestar.status.ReportView;

/**
 * The steering-committee pack of a dashboard filter: its title and scope, who made it and when, the dashboard's
 * summary and heatmap, and one page per project with its latest published report (null for a project that has
 * none). {@code locale} is the language its labels are written in.
 */
public record SteeringPack(String title, String scope, LocalDate date, String author, Locale locale,
                           DashboardView dashboard, List<ProjectPage> pages) {

    /** The earliest and latest period end of the reports in the pack; empty when no project has a report. */
    public Optional<LocalDate[]> periods() {
        List<LocalDate> ends = pages.stream().filter(page -> page.report() != null)
                .map(page -> page.report().periodEnd()).sorted().toList();
        return ends.isEmpty() ? Optional.empty() : Optional.of(new LocalDate[] {ends.get(0), ends.get(ends.size() - 1)});
    }

    /** A project's page: its heatmap row and latest published report. */
    public record ProjectPage(DashboardView.HeatmapRow row, ReportView report) {
    }
}
