package org.lodestar.portfolio;

import java.util.Collection;
import java.util.Map;

/**
 * Where a project's health comes from. Health belongs to {@code status} (reported by the project's published
 * reports, computed from the data), and {@code status} depends on {@code portfolio}, so portfolio declares this
 * interface and status implements it as a bean: every page and API that shows a project's health reads it here.
 *
 * <p>The registry also keeps a copy of the reported health in {@code project.reported_health}, written by status
 * through {@link ProjectRegistry#recordReportedHealth} when a report is published, so that the project list filters
 * and sorts by it and the portfolio overview rolls it up in SQL.
 */
public interface ProjectHealthSource {

    /**
     * The health of these projects by id; every id asked for has an entry (with nulls for what is not known).
     * Rights are the caller's: it asks only for projects its reader may see, and computed health only when the
     * reader may read it.
     */
    Map<Long, HealthReading> healthOf(Collection<Long> projects, boolean withComputed);
}
