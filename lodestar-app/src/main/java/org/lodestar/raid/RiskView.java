package org.lodestar.raid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lodestar.portfolio.Reference;

/** A risk as readers see it, with its score history (oldest first) and response actions. */
public record RiskView(long id, long projectId, RiskKind kind, String title, String cause, String event,
                       String effect, String category, int probability, int impact, int score, Reference owner,
                       LocalDate proximity, RiskStrategy strategy, String trigger, Integer residualProbability,
                       Integer residualImpact, RiskState state, List<Assessment> history, List<Action> actions,
                       boolean editable, long version) {

    public record Assessment(int probability, int impact, int score, Integer residualProbability,
                             Integer residualImpact, Reference by, Instant at) {
    }

    public record Action(int index, String description, Reference owner, LocalDate due, boolean done) {
    }
}
