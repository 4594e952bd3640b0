package org.lodestar.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lodestar.engine.health.Rag;

/**
 * A published report of the past, as imported from another tool (or generated for a demonstration): its ratings,
 * comments by field ({@code overall}, {@code schedule}, ...), narrative and figures, and when it was submitted and
 * published. Late when submitted after the day of its period end.
 */
public record HistoricReport(long project, LocalDate periodEnd, Rag overall, Map<Dimension, Rag> ratings,
                             Map<String, String> comments, String accomplishments, String nextSteps,
                             String keyRisks, Integer percentComplete, BigDecimal actualCost,
                             LocalDate forecastFinish, BigDecimal forecastCost, List<MilestoneLine> milestones,
                             Long author, Long reviewer, Instant submittedAt, Instant publishedAt) {

    public HistoricReport {
        ratings = Map.copyOf(ratings);
        comments = Map.copyOf(comments);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }
}
