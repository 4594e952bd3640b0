package org.lodestar.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.lodestar.engine.health.Rag;
import org.lodestar.platform.PageResult;
import org.lodestar.platform.People;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.status.Cadence;
import org.lodestar.status.CycleCommand;
import org.lodestar.status.CycleScope;
import org.lodestar.status.Dimension;
import org.lodestar.status.Frequency;
import org.lodestar.status.HistoricReport;
import org.lodestar.status.MilestoneLine;
import org.lodestar.status.Rating;
import org.lodestar.status.ReportCommand;
import org.lodestar.status.ReportView;
import org.lodestar.status.ReportingCycles;
import org.lodestar.status.StatusHistory;
import org.lodestar.status.StatusReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the demo organisation, gives it a year of weekly status reports: a weekly cycle, a mix of health that
 * drifts towards each project's intended health, about one report in ten submitted late, two projects that stopped
 * reporting, three whose green reports the data contradicts (budget burnt far ahead of progress), and this week's
 * reports in progress (a draft, one submitted for review). Runs once, into a demo database without cycles.
 */
@Component
@Order(4)
class StatusDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StatusDemo.class);
    private static final Cadence WEEKLY = new Cadence(Frequency.WEEKLY, 5);
    private static final int WEEKS = 52;
    /** Indexes among the open projects: green reports the data contradicts, and projects that stopped reporting. */
    private static final Set<Integer> CONTRADICTED = Set.of(1, 4, 7);
    private static final Map<Integer, Integer> STOPPED_WEEKS_AGO = Map.of(5, 2, 11, 4);
    private static final String[] ISSUES = {"Supplier delivery slipped", "Key developer on leave",
            "Test environment unstable", "Change requests from the business", "Licence costs above plan",
            "Integration partner late", "Data migration defects", "Regulator asked for more evidence"};
    private static final String[] DONE = {"Sprint review held with the business", "Design signed off",
            "Data migration rehearsal completed", "User acceptance testing started", "Vendor contract signed",
            "Pilot users trained", "Security review passed"};

    private final ReportingCycles cycles;
    private final StatusHistory history;
    private final StatusReports reports;
    private final ProjectRegistry projects;
    private final People people;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean demo;

    StatusDemo(ReportingCycles cycles, StatusHistory history, StatusReports reports, ProjectRegistry projects,
               People people, RunAs runAs, TransactionTemplate transaction, Clock clock,
               @Value("${lodestar.demo}") boolean demo) {
        this.cycles = cycles;
        this.history = history;
        this.reports = reports;
        this.projects = projects;
        this.people = people;
        this.runAs = runAs;
        this.transaction = transaction;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!demo || people.isEmpty()) return;
        boolean created = Boolean.TRUE.equals(transaction.execute(status -> runAs.call("admin", () -> {
            if (!cycles.all().isEmpty()) return false;
            create();
            return true;
        })));
        if (created) {
            transaction.executeWithoutResult(status -> runAs.call("pm", () -> {
                thisWeek();
                return null;
            }));
            log.info("Created a year of demo status reports.");
        }
    }

    private void create() {
        cycles.create(new CycleCommand("Weekly status report", Frequency.WEEKLY, 5, CycleScope.ALL, null, 2, true,
                true, null));
        Map<String, Long> ids = new HashMap<>();
        people.all().forEach(person -> ids.put(person.username(), person.id().value()));
        PageResult<ProjectRow> page = projects.search(new ProjectQuery(null, null, null, null, null, null, null, null,
                null, false, "code", false, 0, ProjectQuery.MAX_SIZE));
        LocalDate today = LocalDate.now(clock);
        LocalDate lastDue = WEEKLY.dueOnOrBefore(today.minusDays(1));
        Random random = new Random(20261127L);
        List<HistoricReport> all = new ArrayList<>();
        int index = 0;
        for (ProjectRow project : page.items()) {
            // projects on hold keep the history of when they were active; only active ones are special cases
            if (project.state() == ProjectState.ON_HOLD) {
                all.addAll(projectHistory(project, -1, lastDue.minusWeeks(6), today, ids.get("pmo"), random));
            } else if (project.state() == ProjectState.ACTIVE) {
                all.addAll(projectHistory(project, index++, lastDue, today, ids.get("pmo"), random));
            }
        }
        history.importPublished(all);
    }

    private List<HistoricReport> projectHistory(ProjectRow project, int index, LocalDate lastDue, LocalDate today,
                                                Long reviewer, Random random) {
        LocalDate start = project.plannedStart() == null ? lastDue.minusWeeks(WEEKS - 1) : project.plannedStart();
        LocalDate first = WEEKLY.dueOnOrAfter(start.isBefore(lastDue.minusWeeks(WEEKS - 1))
                ? lastDue.minusWeeks(WEEKS - 1) : start);
        LocalDate last = lastDue.minusWeeks(STOPPED_WEEKS_AGO.getOrDefault(index, 0));
        boolean contradicted = CONTRADICTED.contains(index);
        Rag intended = DemoOrganisation.intendedHealth(projects.get(new ProjectId(project.id())));
        Rag target = intended == null ? Rag.GREEN : intended;
        BigDecimal budget = project.budget() == null ? BigDecimal.valueOf(500_000) : project.budget();
        long periods = ChronoUnit.WEEKS.between(first, last) + 1;
        List<HistoricReport> history = new ArrayList<>();
        for (int p = 0; p < periods; p++) {
            LocalDate period = first.plusWeeks(p);
            double progress = (p + 1.0) / Math.max(periods, 1);
            // health drifts from green towards the project's intended health over the year, with some noise
            double level = target.ordinal() * Math.min(1, progress * 1.4) + (random.nextDouble() - 0.5) * 0.9;
            Rag overall = contradicted ? Rag.GREEN : Rag.values()[(int) Math.max(0, Math.min(2, Math.round(level)))];
            int percent = (int) Math.min(95, Math.round(elapsedShare(project, period) * 100));
            double overrun = contradicted ? 0 : target.ordinal() * 0.07 + random.nextDouble() * 0.04;
            BigDecimal actual = budget.multiply(BigDecimal.valueOf(percent / 100.0 * (1 + overrun)))
                    .setScale(2, RoundingMode.HALF_UP);
            if (contradicted && p == periods - 1) {
                // the latest green report of a project that has spent three quarters of its budget a third of the way
                percent = 30;
                actual = budget.multiply(BigDecimal.valueOf(0.75)).setScale(2, RoundingMode.HALF_UP);
            }
            Map<Dimension, Rag> ratings = new EnumMap<>(Dimension.class);
            Map<String, String> comments = new HashMap<>();
            for (Dimension dimension : Dimension.values()) {
                int shift = random.nextInt(10) < 7 ? 0 : random.nextBoolean() ? 1 : -1;
                Rag rating = contradicted ? Rag.GREEN : Rag.values()[Math.max(0, Math.min(overall.ordinal(),
                        overall.ordinal() + shift))];
                if (dimension == Dimension.SCHEDULE && !contradicted) rating = overall;
                ratings.put(dimension, rating);
                if (rating != Rag.GREEN) comments.put(dimension.field(), ISSUES[random.nextInt(ISSUES.length)]);
            }
            if (overall != Rag.GREEN) comments.put("overall", ISSUES[random.nextInt(ISSUES.length)]);
            boolean late = random.nextInt(10) == 0;
            Instant submitted = period.minusDays(late ? -1 - random.nextInt(3) : random.nextInt(2))
                    .atTime(15, 0).toInstant(ZoneOffset.UTC);
            Instant published = submitted.plus(1, ChronoUnit.DAYS);
            if (published.isAfter(Instant.now(clock))) published = Instant.now(clock);
            boolean newest = p == periods - 1;
            history.add(new HistoricReport(project.id(), period, overall, ratings, comments,
                    DONE[random.nextInt(DONE.length)], "Continue with the plan for the next period",
                    ratings.get(Dimension.RISKS) != Rag.GREEN ? comments.get("risks") : null, percent, actual,
                    project.forecastFinish(), budget.multiply(BigDecimal.valueOf(1 + overrun)).setScale(2, RoundingMode.HALF_UP),
                    newest ? milestones(project, today, Math.max(index, 0)) : List.of(),
                    project.manager() == null ? null : project.manager().id(), reviewer, submitted, published));
        }
        return history;
    }

    private static double elapsedShare(ProjectRow project, LocalDate day) {
        if (project.plannedStart() == null || project.plannedFinish() == null) return 0.5;
        long total = Math.max(1, ChronoUnit.DAYS.between(project.plannedStart(), project.plannedFinish()));
        return Math.max(0, Math.min(1, ChronoUnit.DAYS.between(project.plannedStart(), day) / (double) total));
    }

    private static List<MilestoneLine> milestones(ProjectRow project, LocalDate today, int index) {
        LocalDate finish = project.forecastFinish() != null ? project.forecastFinish() : project.plannedFinish();
        LocalDate soon = today.plusDays(5 + index % 20);
        return List.of(new MilestoneLine("Design complete", today.minusMonths(2), today.minusMonths(2), true),
                new MilestoneLine("Build complete", soon.minusDays(index % 3 == 0 ? 7 : 0), soon, false),
                new MilestoneLine("Go-live", project.plannedFinish(), finish, false));
    }

    /** pm's reports for this week: a draft on one project, one submitted to the PMO for review. */
    private void thisWeek() {
        List<ProjectRow> mine = projects.search(new ProjectQuery(null, null, null, ProjectState.ACTIVE, null, null,
                null, null, null, true, "code", false, 0, 10)).items();
        for (int i = 0; i < Math.min(2, mine.size()); i++) {
            ReportView draft = reports.start(mine.get(i).id(), null);
            if (i == 0) continue;
            ReportCommand content = draft.toCommand();
            ReportCommand edited = new ReportCommand(new Rating(Rag.AMBER, "Waiting for the supplier's new date"),
                    new Rating(Rag.AMBER, "Supplier two weeks late"), content.cost(), content.scope(),
                    content.resources(), content.risks(), content.quality(), "Integration tests passed",
                    "Agree the new date with the supplier", "Approve the revised go-live", content.keyRisks(),
                    content.percentComplete(), content.actualCost(), content.forecastFinish(), content.forecastCost(),
                    content.milestones(), draft.version());
            for (Dimension dimension : Dimension.values()) {
                if (edited.rating(dimension).rag() == null) {
                    edited = withRating(edited, dimension);
                }
            }
            ReportView saved = reports.edit(draft.id(), edited);
            reports.submit(saved.id(), saved.version());
        }
    }

    private static ReportCommand withRating(ReportCommand command, Dimension missing) {
        Rating green = new Rating(Rag.GREEN, null);
        return new ReportCommand(command.overall(),
                missing == Dimension.SCHEDULE ? green : command.schedule(), missing == Dimension.COST ? green : command.cost(),
                missing == Dimension.SCOPE ? green : command.scope(), missing == Dimension.RESOURCES ? green : command.resources(),
                missing == Dimension.RISKS ? green : command.risks(), missing == Dimension.QUALITY ? green : command.quality(),
                command.accomplishments(), command.nextSteps(), command.decisions(), command.keyRisks(),
                command.percentComplete(), command.actualCost(), command.forecastFinish(), command.forecastCost(),
                command.milestones(), command.version());
    }
}
