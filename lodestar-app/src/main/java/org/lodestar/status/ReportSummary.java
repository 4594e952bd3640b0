package org.lodestar.status;

import java.time.Instant;
import java.time.LocalDate;
import org.lodestar.engine.health.Rag;

/** One period of a project's report history: the latest revision of that period's report. */
public record ReportSummary(long id, LocalDate periodEnd, int revision, ReportState state, boolean late, Rag overall,
                            Rag schedule, Rag cost, Rag scope, Rag resources, Rag risks, Rag quality,
                            Instant publishedAt) {

    public Rag rating(Dimension dimension) {
        return switch (dimension) {
            case SCHEDULE -> schedule;
            case COST -> cost;
            case SCOPE -> scope;
            case RESOURCES -> resources;
            case RISKS -> risks;
            case QUALITY -> quality;
        };
    }
}
