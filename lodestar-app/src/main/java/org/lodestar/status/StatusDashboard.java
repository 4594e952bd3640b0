package org.lodestar.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Function;
import org.lodestar.engine.health.HealthRollup;
import org.lodestar.engine.health.Rag;
import org.lodestar.platform.CurrentUser;
import org.lodestar.portfolio.LifecyclePhase;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.status.DashboardView.GroupRollup;
import org.lodestar.status.DashboardView.HeatmapRow;
import org.lodestar.status.DashboardView.MilestoneDue;
import org.lodestar.status.DashboardView.MissingReport;
import org.lodestar.status.DashboardView.Rollup;
import org.lodestar.status.DashboardView.TopRisk;
import org.lodestar.status.DashboardView.Totals;
import org.lodestar.status.DashboardView.TrendPoint;
import org.lodestar.status.internal.DashboardQueries;
import org.lodestar.status.internal.DashboardRows;
import org.lodestar.status.internal.DashboardRows.Row;
import org.lodestar.status.internal.LatestStatus;
import org.lodestar.status.internal.ProjectFacts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the portfolio dashboard server-side from one narrow row per project (the registry and
 * {@code status_latest}), plus a few queries narrowed by period: no report is loaded whole. Computed health comes
 * from the snapshot a job takes every minute ({@link HealthSnapshot}), and the view says as of when. Everyone but
 * requesters reads it.
 */
@Service
public class StatusDashboard {

    /** Weeks of trend shown. */
    public static final int TREND_WEEKS = 12;
    private static final int LIST_LIMIT = 50;
    private static final int TOP_RISKS = 10;
    /** The page size of a view that holds every heatmap row: one page of all of them. */
    private static final int EVERY_ROW = Integer.MAX_VALUE;

    private final ProjectFacts facts;
    private final DashboardRows rows;
    private final DashboardQueries queries;
    private final HealthSnapshot health;
    private final ReportingCycles cycles;
    private final ObjectProvider<ProjectMilestones> plannedMilestones;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final HealthRollup weightedRollup = HealthRollup.standard();

    StatusDashboard(ProjectFacts facts, DashboardRows rows, DashboardQueries queries, HealthSnapshot health,
                    ReportingCycles cycles,
                    ObjectProvider<ProjectMilestones> plannedMilestones, CurrentUser currentUser, Clock clock) {
        this.facts = facts;
        this.rows = rows;
        this.queries = queries;
        this.health = health;
        this.cycles = cycles;
        this.plannedMilestones = plannedMilestones;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The dashboard with every heatmap row, in the filter's order. */
    @Transactional(readOnly = true)
    public DashboardView assemble(DashboardFilter filter) {
        return assemble(filter, 0, EVERY_ROW);
    }

    /**
     * The dashboard with one page of heatmap rows ({@code page} from 0); every count and roll-up is of all rows. Only
     * the rows up to the page's end are put in order: at 100,000 projects, sorting every row for a page of 50 took
     * about 25 ms of CPU a request.
     */
    @Transactional(readOnly = true)
    public DashboardView assemble(DashboardFilter filter, int page, int size) {
        if (page < 0 || size < 1) throw new IllegalArgumentException("page " + page + ", size " + size);
        ReportingCycles.requireReader(currentUser.actor());
        LocalDate today = LocalDate.now(clock);
        Trend trend = new Trend(today);
        List<Row> projects = rows.find(filter.portfolioId(), filter.programmeId(), filter.phase(), filter.state(),
                trend.firstDay, trend);
        List<Row> open = new ArrayList<>();
        Map<ProjectState, Integer> byState = new EnumMap<>(ProjectState.class);
        Map<LifecyclePhase, Integer> byPhase = new EnumMap<>(LifecyclePhase.class);
        for (Row project : projects) {
            byState.merge(project.state(), 1, Integer::sum);
            byPhase.merge(project.phase(), 1, Integer::sum);
            if (project.open()) open.add(project);
        }
        List<Long> openIds = open.stream().map(Row::id).toList();
        HealthSnapshot.Dated computed = health.read(openIds, today);
        Map<Long, String> programmeNames = facts.programmeNames();

        // in id order, as read: the roll-ups add weights in an order that does not depend on the reader's sort
        List<HeatmapRow> heatmap = new ArrayList<>(open.size());
        for (Row project : open) heatmap.add(row(project, computed.ratings().get(project.id()), programmeNames));
        int from = (int) Math.min(heatmap.size(), (long) page * size);
        int to = (int) Math.min(heatmap.size(), (long) from + size);
        List<HeatmapRow> shown = first(heatmap, order(filter), to).subList(from, to);
        DashboardQueries.Scope scope = new DashboardQueries.Scope(filter.portfolioId(), filter.programmeId());
        return new DashboardView(filter, today, computed.asOf(), projects.size(), byState, byPhase, List.copyOf(shown),
                size == EVERY_ROW ? new DashboardView.HeatmapPage(0, heatmap.size(), heatmap.size())
                        : new DashboardView.HeatmapPage(page, size, heatmap.size()),
                trend.points(), late(scope, projects, today), missing(open, today), topRisks(heatmap),
                milestones(scope, projects, openIds, today), totals(projects), rollup(heatmap, filter.rule()),
                programmes(heatmap, filter.rule()), (int) heatmap.stream().filter(HeatmapRow::discrepancy).count());
    }

    private static HeatmapRow row(Row project, Rag computed, Map<Long, String> programmeNames) {
        Rag overall = project.overall();
        return new HeatmapRow(project.id(), project.code(), project.name(), project.programme(),
                project.programme() == null ? null : programmeNames.get(project.programme()), project.phase(),
                project.state(), overall, project.schedule(), project.cost(), project.scope(), project.resources(),
                project.risks(), project.quality(), computed, ComputedHealth.contradicts(overall, computed),
                project.periodEnd(), project.report(), project.budget(), project.actualCost(), project.forecastCost(),
                project.currency());
    }

    /** The first {@code count} rows in this order (a total one), sorted; a heap keeps them when they are few. */
    private static <T> List<T> first(List<T> rows, Comparator<T> order, int count) {
        if (count >= rows.size() / 2) {
            List<T> sorted = new ArrayList<>(rows);
            sorted.sort(order);
            return sorted.subList(0, Math.min(count, sorted.size()));
        }
        PriorityQueue<T> kept = new PriorityQueue<>(count + 1, order.reversed());
        for (T row : rows) {
            if (kept.size() < count) kept.add(row);
            else if (order.compare(row, kept.peek()) < 0) {
                kept.poll();
                kept.add(row);
            }
        }
        List<T> first = new ArrayList<>(kept);
        first.sort(order);
        return first;
    }

    /** Ratings order worst first when descending; unrated rows always last; ties by code. */
    private static Comparator<HeatmapRow> order(DashboardFilter filter) {
        Comparator<HeatmapRow> byCode = Comparator.comparing(HeatmapRow::code);
        boolean descending = filter.descending();
        Comparator<HeatmapRow> primary = switch (filter.sort()) {
            case "code" -> descending ? byCode.reversed() : byCode;
            case "name" -> descending ? Comparator.comparing(HeatmapRow::name).reversed()
                    : Comparator.comparing(HeatmapRow::name);
            case "budget" -> Comparator.comparing(HeatmapRow::budget,
                    Comparator.nullsLast(descending ? Comparator.<BigDecimal>reverseOrder() : Comparator.<BigDecimal>naturalOrder()));
            case "period" -> Comparator.comparing(HeatmapRow::period,
                    Comparator.nullsLast(descending ? Comparator.<LocalDate>reverseOrder() : Comparator.<LocalDate>naturalOrder()));
            default -> Comparator.comparing(ratingOf(filter.sort()),
                    Comparator.nullsLast(descending ? Comparator.<Rag>reverseOrder() : Comparator.<Rag>naturalOrder()));
        };
        return primary.thenComparing(byCode);
    }

    private static Function<HeatmapRow, Rag> ratingOf(String sort) {
        return switch (sort) {
            case "computed" -> HeatmapRow::computed;
            case "overall" -> HeatmapRow::overall;
            default -> row -> row.rating(Dimension.valueOf(sort.toUpperCase(java.util.Locale.ROOT)));
        };
    }

    /** Published overall ratings by week, counted from the recent ratings each project's latest status keeps. */
    private static final class Trend implements LatestStatus.RecentRating {
        private final LocalDate first;
        private final long firstDay;
        private final long lastDay;
        private final int[][] counts = new int[TREND_WEEKS][3];

        Trend(LocalDate today) {
            first = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(TREND_WEEKS - 1);
            firstDay = first.toEpochDay();
            lastDay = today.toEpochDay();
        }

        @Override
        public void accept(long day, Rag overall) {
            if (day <= lastDay) counts[(int) ((day - firstDay) / 7)][overall.ordinal()]++;
        }

        List<TrendPoint> points() {
            List<TrendPoint> trend = new ArrayList<>(TREND_WEEKS);
            for (int week = 0; week < TREND_WEEKS; week++) {
                trend.add(new TrendPoint(first.plusWeeks(week), counts[week][0], counts[week][1], counts[week][2]));
            }
            return trend;
        }
    }

    private List<DashboardView.LateReport> late(DashboardQueries.Scope scope, List<Row> projects,
                                                LocalDate today) {
        List<DashboardView.LateReport> late = new ArrayList<>();
        for (DashboardQueries.Late found : queries.lateSince(scope, today.minusWeeks(TREND_WEEKS), LIST_LIMIT)) {
            Row project = DashboardRows.byId(projects, found.project());
            if (project != null) {
                late.add(new DashboardView.LateReport(found.report(), project.id(), project.code(), project.name(),
                        found.periodEnd()));
            }
        }
        return late;
    }

    private List<MissingReport> missing(List<Row> open, LocalDate today) {
        List<CycleView> active = cycles.activeCycles();
        List<MissingReport> missing = new ArrayList<>();
        // projects of one programme share their cycle and so their last due date: work it out once per programme
        record Place(long portfolio, Long programme) {
        }
        Map<Place, LocalDate> dueByPlace = new HashMap<>();
        for (Row project : open) {
            if (!project.reports()) continue;
            LocalDate due = dueByPlace.computeIfAbsent(new Place(project.portfolio(), project.programme()), place -> {
                Optional<CycleView> cycle = ReportingCycles.pick(active, project.portfolio(), project.programme());
                return cycle.map(CycleView::cadence).orElse(ReportingCycles.DEFAULT_CADENCE)
                        .dueOnOrBefore(today.minusDays(1));
            });
            if (project.plannedStart() != null && project.plannedStart().isAfter(due)) continue;
            LocalDate submitted = project.lastSubmittedPeriod();
            if (submitted == null || submitted.isBefore(due)) {
                missing.add(new MissingReport(project.id(), project.code(), project.name(), due, submitted,
                        ChronoUnit.DAYS.between(due, today)));
            }
        }
        missing.sort(Comparator.comparing(MissingReport::lastSubmitted, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(MissingReport::code));
        return missing;
    }

    private List<TopRisk> topRisks(List<HeatmapRow> heatmap) {
        Comparator<HeatmapRow> worstFirst = Comparator.comparing(HeatmapRow::risks).reversed()
                .thenComparing(HeatmapRow::budget, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(HeatmapRow::code);
        List<HeatmapRow> atRisk = new ArrayList<>();
        for (HeatmapRow row : heatmap) {
            if (row.risks() == Rag.RED || row.risks() == Rag.AMBER) atRisk.add(row);
        }
        List<HeatmapRow> risky = first(atRisk, worstFirst, TOP_RISKS);
        Map<Long, String[]> texts = queries.riskTexts(risky.stream().map(HeatmapRow::report)
                .filter(java.util.Objects::nonNull).toList());
        return risky.stream().map(row -> {
            String[] text = texts.getOrDefault(row.report(), new String[2]);
            return new TopRisk(row.id(), row.code(), row.name(), row.risks(), text[0], text[1]);
        }).toList();
    }

    private List<MilestoneDue> milestones(DashboardQueries.Scope scope, List<Row> projects,
                                          List<Long> openIds, LocalDate today) {
        LocalDate to = today.plusDays(30);
        ProjectMilestones plan = plannedMilestones.getIfAvailable();
        List<MilestoneDue> due = new ArrayList<>();
        java.util.Set<Long> planned = new java.util.HashSet<>();
        if (plan != null) {
            for (ProjectMilestones.ProjectMilestone found : plan.due(openIds, today, to)) {
                Row project = DashboardRows.byId(projects, found.project());
                if (project == null) continue;
                planned.add(project.id());
                due.add(new MilestoneDue(project.id(), project.code(), project.name(), found.milestone().name(),
                        found.milestone().due(), found.milestone().forecast()));
            }
        }
        // projects whose plan has no milestone due read the tables of their latest reports
        for (DashboardQueries.Milestone found : queries.milestonesDue(scope, today, to, 200)) {
            Row project = DashboardRows.byId(projects, found.project());
            if (project == null || planned.contains(project.id())) continue;
            due.add(new MilestoneDue(project.id(), project.code(), project.name(), found.name(), found.due(),
                    found.forecast()));
        }
        due.sort(Comparator.comparing((MilestoneDue m) -> m.forecast() != null ? m.forecast() : m.due(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(MilestoneDue::code));
        return due.stream().limit(LIST_LIMIT).toList();
    }

    private static List<Totals> totals(List<Row> projects) {
        Map<String, BigDecimal[]> byCurrency = new TreeMap<>();
        for (Row project : projects) {
            BigDecimal[] sums = byCurrency.computeIfAbsent(project.currency(),
                    currency -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            if (project.budget() != null) sums[0] = sums[0].add(project.budget());
            if (project.actualCost() != null) sums[1] = sums[1].add(project.actualCost());
            BigDecimal forecast = project.forecastCost() != null ? project.forecastCost() : project.budget();
            if (forecast != null) sums[2] = sums[2].add(forecast);
        }
        return byCurrency.entrySet().stream()
                .map(entry -> new Totals(entry.getKey(), entry.getValue()[0], entry.getValue()[1], entry.getValue()[2]))
                .toList();
    }

    private Rollup rollup(List<HeatmapRow> rows, RollupRule rule) {
        Rag[] ratings = rows.stream().map(HeatmapRow::overall).toArray(Rag[]::new);
        Rag worst = HealthRollup.worstOf(ratings);
        Rag weighted = weightedRollup.weighted(ratings, weights(rows));
        int rated = (int) rows.stream().filter(row -> row.overall() != null).count();
        Rag computedWorst = HealthRollup.worstOf(rows.stream().map(HeatmapRow::computed).toArray(Rag[]::new));
        return new Rollup(rule, rule == RollupRule.WORST ? worst : weighted, worst, weighted, computedWorst, rated,
                rows.size() - rated);
    }

    private List<GroupRollup> programmes(List<HeatmapRow> rows, RollupRule rule) {
        Map<Long, List<HeatmapRow>> groups = new HashMap<>();
        for (HeatmapRow row : rows) groups.computeIfAbsent(row.programmeId(), id -> new ArrayList<>()).add(row);
        List<GroupRollup> rollups = new ArrayList<>();
        groups.forEach((id, members) -> {
            Rag[] ratings = members.stream().map(HeatmapRow::overall).toArray(Rag[]::new);
            Rag value = rule == RollupRule.WORST ? HealthRollup.worstOf(ratings)
                    : weightedRollup.weighted(ratings, weights(members));
            rollups.add(new GroupRollup(id, members.get(0).programme(), members.size(), value));
        });
        // by programme name, then id; projects outside any programme last
        rollups.sort(Comparator.comparing(GroupRollup::name, Comparator.nullsLast(Comparator.<String>naturalOrder()))
                .thenComparing(GroupRollup::id, Comparator.nullsLast(Comparator.<Long>naturalOrder())));
        return rollups;
    }

    /**
     * Budgets as weights when the projects share one currency; without exchange rates, budgets in several
     * currencies cannot be compared, so then every project weighs the same (as the portfolio overview does).
     */
    private static double[] weights(List<HeatmapRow> rows) {
        double[] weights = new double[rows.size()];
        String currency = rows.isEmpty() ? null : rows.get(0).currency();
        for (HeatmapRow row : rows) {
            if (!java.util.Objects.equals(row.currency(), currency)) {
                java.util.Arrays.fill(weights, 1);
                return weights;
            }
        }
        for (int i = 0; i < weights.length; i++) {
            BigDecimal budget = rows.get(i).budget();
            weights[i] = budget == null ? 0 : budget.doubleValue();
        }
        return weights;
    }
}
