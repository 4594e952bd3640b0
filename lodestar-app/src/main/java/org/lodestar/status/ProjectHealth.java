package org.lodestar.status;

import java.util.List;
import org.lodestar.engine.health.Rag;

/**
 * A project's health computed from the data: the worst of its indicators ({@code null} when nothing could be
 * measured), against the overall rating of its latest published report. {@code discrepancy}: the report says better
 * than the data.
 */
public record ProjectHealth(long project, Rag computed, Rag reported, boolean discrepancy,
                            List<HealthIndicatorView> indicators) {

    public static ProjectHealth of(long project, Rag computed, Rag reported, List<HealthIndicatorView> indicators) {
        return new ProjectHealth(project, computed, reported, ComputedHealth.contradicts(reported, computed),
                List.copyOf(indicators));
    }
}
