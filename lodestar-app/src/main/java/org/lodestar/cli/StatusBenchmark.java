package org.lodestar.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.lodestar.engine.health.Rag;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.LifecyclePhase;
import org.lodestar.portfolio.PortfolioCommand;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.portfolio.PortfolioView;
import org.lodestar.portfolio.Priority;
import org.lodestar.portfolio.ProjectCommand;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.status.Cadence;
import org.lodestar.status.DashboardFilter;
import org.lodestar.status.DashboardView;
import org.lodestar.status.Dimension;
import org.lodestar.status.Frequency;
import org.lodestar.status.HistoricReport;
import org.lodestar.status.MilestoneLine;
import org.lodestar.status.StatusDashboard;
import org.lodestar.status.StatusHistory;
import org.lodestar.status.StatusReports;
import org.springframework.context.ApplicationContext;

/**
 * Generates an organisation of N projects with W weeks of published weekly reports through the modules' APIs, then
 * times, server-side, what the two heaviest status pages assemble: the whole organisation's dashboard and one
 * project's report history page (its history, the project and its computed health).
 */
final class StatusBenchmark {

    private static final Cadence WEEKLY = new Cadence(Frequency.WEEKLY, 5);
    private static final int PROJECTS_PER_IMPORT = 200;

    private final ApplicationContext context;
    private final PrintStream out;
    private final Clock clock;

    StatusBenchmark(ApplicationContext context, PrintStream out) {
        this.context = context;
        this.out = out;
        this.clock = context.getBean(Clock.class);
    }

    /** Creates the projects and their reports that the database lacks: a run with more projects adds the rest. */
    void generate(int projectCount, int weeks) {
        RunAs runAs = context.getBean(RunAs.class);
        ProjectRegistry projects = context.getBean(ProjectRegistry.class);
        long existing = runAs.call("admin", () -> projects.search(ProjectQuery.all()).total());
        if (existing >= projectCount) {
            out.printf("The database has %,d projects already: keeping them.%n", existing);
            return;
        }
        if (existing > 0) {
            out.printf("The database has %,d projects already: adding %,d.%n", existing, projectCount - existing);
        }
        long started = System.nanoTime();
        List<Long> ids = runAs.call("admin", () -> createProjects((int) existing, projectCount));
        out.printf("Created %,d projects in %.1f s.%n", ids.size(), (System.nanoTime() - started) / 1e9);
        started = System.nanoTime();
        StatusHistory history = context.getBean(StatusHistory.class);
        LocalDate lastDue = WEEKLY.dueOnOrBefore(LocalDate.now(clock).minusDays(1));
        Random random = new Random(42);
        long reports = 0;
        for (int from = 0; from < ids.size(); from += PROJECTS_PER_IMPORT) {
            List<HistoricReport> batch = new ArrayList<>();
            for (Long id : ids.subList(from, Math.min(ids.size(), from + PROJECTS_PER_IMPORT))) {
                batch.addAll(reports(id, weeks, lastDue, random));
            }
            runAs.call("admin", () -> {
                history.importPublished(batch);
                return null;
            });
            reports += batch.size();
            if ((from / PROJECTS_PER_IMPORT) % 10 == 0) out.printf("  %,d reports…%n", reports);
        }
        out.printf("Imported %,d reports in %.1f s.%n", reports, (System.nanoTime() - started) / 1e9);
    }

    /** Projects numbered {@code first} to {@code count - 1}, in the bench programmes (made by the first run). */
    private List<Long> createProjects(int first, int count) {
        PortfolioRegistry portfolios = context.getBean(PortfolioRegistry.class);
        ProjectRegistry projects = context.getBean(ProjectRegistry.class);
        List<PortfolioView> programmes = new ArrayList<>(portfolios.programmes(null).stream()
                .filter(programme -> programme.code().matches("BP\\dG\\d"))
                .sorted(java.util.Comparator.comparing(PortfolioView::code)).toList());
        if (programmes.isEmpty()) {
            for (int p = 0; p < 10; p++) {
                PortfolioView portfolio = portfolios.createPortfolio(new PortfolioCommand("BP" + p,
                        "Bench portfolio " + p, null, null, null, null));
                for (int g = 0; g < 10; g++) {
                    programmes.add(portfolios.createProgramme(new PortfolioCommand("BP" + p + "G" + g,
                            "Bench programme " + p + "." + g, null, null, portfolio.id(), null)));
                }
            }
        }
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(7 + first);
        List<Long> ids = new ArrayList<>();
        for (int i = first; i < count; i++) {
            PortfolioView programme = programmes.get(i % programmes.size());
            ProjectState state = i % 20 == 0 ? ProjectState.ON_HOLD : ProjectState.ACTIVE;
            LocalDate start = today.minusYears(2).minusDays(random.nextInt(60));
            ids.add(projects.create(new ProjectCommand(null, "Bench project " + i, null, programme.portfolio().id(),
                    programme.id(), null, null, null, LifecyclePhase.EXECUTION, state, Priority.MEDIUM,
                    start, today.plusYears(1), start, today.plusYears(1), start, null,
                    BigDecimal.valueOf(100_000 + random.nextInt(5_000_000)), "EUR", List.of(), List.of(), Map.of(),
                    null)).id());
        }
        return ids;
    }

    private static List<HistoricReport> reports(long project, int weeks, LocalDate lastDue, Random random) {
        List<HistoricReport> reports = new ArrayList<>(weeks);
        for (int w = weeks - 1; w >= 0; w--) {
            LocalDate period = lastDue.minusWeeks(w);
            Rag overall = Rag.values()[random.nextInt(10) < 6 ? 0 : random.nextInt(10) < 7 ? 1 : 2];
            Map<Dimension, Rag> ratings = new EnumMap<>(Dimension.class);
            for (Dimension dimension : Dimension.values()) ratings.put(dimension, random.nextBoolean() ? overall : Rag.GREEN);
            Instant submitted = period.plusDays(random.nextInt(10) == 0 ? 2 : 0).atTime(15, 0).toInstant(ZoneOffset.UTC);
            reports.add(new HistoricReport(project, period, overall, ratings,
                    overall == Rag.GREEN ? Map.of() : Map.of("overall", "Generated issue"), "Generated progress", null,
                    overall == Rag.RED ? "Generated risk" : null, Math.min(95, (weeks - w) * 90 / weeks),
                    BigDecimal.valueOf(1000L * (weeks - w)), null, null,
                    w == 0 ? List.of(new MilestoneLine("Go-live", lastDue.plusDays(random.nextInt(60)), null, false))
                            : List.of(), null, null, submitted, submitted.plusSeconds(3600)));
        }
        return reports;
    }

    /** Times the dashboard of the whole organisation and report history pages; prints the percentiles. */
    void measure(int runs) {
        RunAs runAs = context.getBean(RunAs.class);
        StatusDashboard dashboard = context.getBean(StatusDashboard.class);
        StatusReports reports = context.getBean(StatusReports.class);
        DashboardView view = runAs.call("admin", () -> dashboard.assemble(DashboardFilter.all()));
        out.printf("Dashboard of %,d projects (%,d open), trend of %d weeks, %,d late and %,d missing reports.%n",
                view.projects(), view.heatmap().size(), view.trend().size(), view.late().size(), view.missing().size());
        double[] dashboardTimes = time(runs, 3, () -> runAs.call("admin", () -> dashboard.assemble(DashboardFilter.all())));
        report("whole-organisation dashboard", dashboardTimes);
        List<Long> ids = view.heatmap().stream().map(DashboardView.HeatmapRow::id).toList();
        Random random = new Random(1);
        double[] historyTimes = time(runs * 5, 10, () -> runAs.call("admin", () -> {
            return reports.page(ids.get(random.nextInt(ids.size()))).history().size();
        }));
        report("one project's report history page", historyTimes);
    }

    private static double[] time(int runs, int warmUp, Runnable task) {
        for (int i = 0; i < warmUp; i++) task.run();
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double[] time(int runs, int warmUp, java.util.function.Supplier<?> task) {
        return time(runs, warmUp, (Runnable) task::get);
    }

    private void report(String what, double[] sorted) {
        out.printf("%-36s runs %4d  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%n", what, sorted.length,
                percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
