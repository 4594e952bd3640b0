package org.lodestar.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.lodestar.engine.health.Rag;
import org.lodestar.portfolio.Reference;

/**
 * A status report as its reader sees it. {@code actions} are the acts of the workflow table ({@link ReportAct}) the
 * reader may take now, by key ({@code edit}, {@code submit}, {@code return}, {@code publish}, {@code revise});
 * {@code editable}: the reader may change it now; {@code reviewable}: the reader may return or publish it;
 * {@code revisable}: the reader may open a correction of this published report (all three read from the same acts).
 * {@code computed} is the project's computed health when the report is read, and {@code discrepancy} is set when the
 * report's overall rating is better than it. {@code register} holds the project's key risks and issues: frozen at
 * publication for a published report, read from the register now for the others (empty without a register).
 * {@code milestonesFromPlan}: the project has a plan with milestones, so the milestone table is the plan's (its
 * baseline dates, forecasts and completion, read now until publication freezes them) and is not typed.
 */
public record ReportView(long id, Reference project, LocalDate periodEnd, int revision, ReportState state,
                         boolean superseded, boolean late, Rating overall, Rating schedule, Rating cost,
                         Rating scope, Rating resources, Rating risks, Rating quality, String accomplishments,
                         String nextSteps, String decisions, String keyRisks, Integer percentComplete,
                         BigDecimal actualCost, LocalDate forecastFinish, BigDecimal forecastCost,
                         List<MilestoneLine> milestones, String reviewComment, Reference author, Reference reviewer,
                         Instant submittedAt, Instant reviewedAt, Instant publishedAt, long version,
                         Instant updatedAt, boolean editable, boolean reviewable, boolean revisable, Rag computed,
                         boolean discrepancy, Set<String> actions, List<RegisterLine> register,
                         boolean milestonesFromPlan) {

    /** Whether the reader may take the act now. */
    public boolean can(String action) {
        return actions.contains(action);
    }

    public Rating rating(Dimension dimension) {
        return switch (dimension) {
            case SCHEDULE -> schedule;
            case COST -> cost;
            case SCOPE -> scope;
            case RESOURCES -> resources;
            case RISKS -> risks;
            case QUALITY -> quality;
        };
    }

    public List<Dimension> dimensions() {
        return List.of(Dimension.values());
    }

    /** The command that leaves the report as it is: the starting point of an edit. */
    public ReportCommand toCommand() {
        return new ReportCommand(overall, schedule, cost, scope, resources, risks, quality, accomplishments,
                nextSteps, decisions, keyRisks, percentComplete, actualCost, forecastFinish, forecastCost, milestones,
                version);
    }
}
