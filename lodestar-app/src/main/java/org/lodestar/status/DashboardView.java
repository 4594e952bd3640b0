package org.lodestar.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lodestar.engine.health.Rag;
import org.lodestar.portfolio.LifecyclePhase;
import org.lodestar.portfolio.ProjectState;

/**
 * The portfolio dashboard for a filter: counts, the RAG heatmap of open projects (reported and computed), the trend
 * of overall health by week, late and missing reports, top risks, milestones due soon, money totals per currency
 * and the roll-ups. The heatmap may be one page of its rows ({@link #heatmapPage}); every count and roll-up is of them
 * all.
 * {@code healthAsOf} is when the computed health was measured ({@link HealthSnapshot}), null when at this read.
 */
public record DashboardView(DashboardFilter filter, LocalDate today, Instant healthAsOf, int projects, Map<ProjectState, Integer> byState,
                            Map<LifecyclePhase, Integer> byPhase, List<HeatmapRow> heatmap, HeatmapPage heatmapPage,
                            List<TrendPoint> trend, List<LateReport> late, List<MissingReport> missing,
                            List<TopRisk> topRisks, List<MilestoneDue> milestones, List<Totals> totals,
                            Rollup rollup, List<GroupRollup> programmes, int discrepancies) {

    /** Which heatmap rows the view holds: page {@code page} (from 0) of {@code size}, of {@code rows} in all. */
    public record HeatmapPage(int page, int size, int rows) {

        @com.fasterxml.jackson.annotation.JsonProperty("pages")
        public int pages() {
            return size == 0 ? 0 : (rows + size - 1) / size;
        }

        /** The first row's number, counting from 1 (0 when the page is empty). */
        public int first() {
            return Math.min(rows, page * size + 1);
        }

        /** The last row's number, counting from 1. */
        public int last() {
            return Math.min(rows, (page + 1) * size);
        }
    }

    /** An open project's latest published ratings against its computed health. */
    public record HeatmapRow(long id, String code, String name, Long programmeId, String programme, LifecyclePhase phase,
                             ProjectState state, Rag overall, Rag schedule, Rag cost, Rag scope, Rag resources,
                             Rag risks, Rag quality, Rag computed, boolean discrepancy, LocalDate period, Long report,
                             BigDecimal budget, BigDecimal actualCost, BigDecimal forecastCost, String currency) {

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

    /** Published reports of one week (Monday) by overall rating. */
    public record TrendPoint(LocalDate week, int green, int amber, int red) {
    }

    /** A report submitted after its due date. */
    public record LateReport(long report, long project, String code, String name, LocalDate periodEnd) {
    }

    /** An active project without a submitted report for its last due date. */
    public record MissingReport(long project, String code, String name, LocalDate due, LocalDate lastSubmitted,
                                long daysOverdue) {
    }

    /** An amber or red risks rating with what the report says about it. */
    public record TopRisk(long project, String code, String name, Rag rating, String comment, String keyRisks) {
    }

    /** A milestone expected within the next 30 days. */
    public record MilestoneDue(long project, String code, String name, String milestone, LocalDate due,
                               LocalDate forecast) {
    }

    /** Money of the projects in one currency: budgets, actual cost to date and forecast cost at completion. */
    public record Totals(String currency, BigDecimal budget, BigDecimal actual, BigDecimal forecast) {
    }

    /** The roll-up by the rule in force, beside the other rule and the worst computed health. */
    public record Rollup(RollupRule rule, Rag value, Rag worst, Rag weighted, Rag computedWorst, int rated,
                         int unrated) {
    }

    /** A programme's roll-up (projects outside programmes are grouped under a null id). */
    public record GroupRollup(Long id, String name, int projects, Rag value) {
    }
}
