package org.lodestar.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.People;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.AlignmentView;
import org.lodestar.portfolio.KeyResultCommand;
import org.lodestar.portfolio.ObjectiveView;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectView;
import org.lodestar.portfolio.StrategicAlignment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo's strategy its key results (each reported part of the way) and its projects' weights (a project
 * serving two objectives serves the first chiefly), and adds an objective no project serves yet, so that the
 * alignment page shows a gap. Through the registry's API as the PMO; once, into a demo database without key results.
 */
@Component
@Order(AlignmentDemo.DEMO_ORDER)
class AlignmentDemo implements ApplicationRunner {

    static final int DEMO_ORDER = 38;

    private static final Logger log = LoggerFactory.getLogger(AlignmentDemo.class);

    private record Result(String title, String measure, int baseline, int target, int now) {
    }

    private static final Map<String, Result> RESULTS = Map.of(
            "SO-1", new Result("Digital share of sales", "% of sales", 22, 40, 29),
            "SO-2", new Result("Operating cost index", "index, last year = 100", 100, 85, 94),
            "SO-3", new Result("Markets fully compliant", "markets of 12", 7, 12, 10),
            "SO-4", new Result("Net promoter score", "score from -100 to 100", 31, 50, 38),
            "SO-5", new Result("Data domains with an owner", "domains of 14", 3, 14, 6));

    private final StrategicAlignment alignment;
    private final PortfolioRegistry portfolios;
    private final ProjectRegistry projects;
    private final People people;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean demo;

    AlignmentDemo(StrategicAlignment alignment, PortfolioRegistry portfolios, ProjectRegistry projects, People people,
                  RunAs runAs, TransactionTemplate transaction, Clock clock, @Value("${lodestar.demo}") boolean demo) {
        this.alignment = alignment;
        this.portfolios = portfolios;
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
        boolean done = transaction.execute(status -> runAs.call("pmo",
                () -> alignment.alignment().objectives().stream().anyMatch(o -> !o.keyResults().isEmpty())));
        if (done) return;
        LocalDate due = LocalDate.now(clock).plusYears(1).withDayOfYear(1).minusDays(1).plusYears(1);
        transaction.executeWithoutResult(status -> runAs.call("pmo", () -> {
            for (ObjectiveView objective : portfolios.objectives()) {
                Result r = RESULTS.get(objective.code());
                if (r == null) continue;
                AlignmentView.KeyResultView added = alignment.add(objective.id(), new KeyResultCommand.Define(r.title(),
                        r.measure(), BigDecimal.valueOf(r.baseline()), BigDecimal.valueOf(r.target()), due, null));
                alignment.report(added.id(), new KeyResultCommand.Report(BigDecimal.valueOf(r.now()), added.version()));
            }
            portfolios.createObjective("SO-6", "Open two new markets by 2028");
            for (ProjectRow row : projects.everyRow(null)) {
                ProjectView project = projects.get(new ProjectId(row.id()));
                List<org.lodestar.portfolio.Reference> served = project.objectives();
                if (served.size() < 2) continue;
                project = projects.weighObjective(new ProjectId(project.id()),
                        served.get(0).id(), 4, project.version());
                projects.weighObjective(new ProjectId(project.id()), served.get(1).id(), 2, project.version());
            }
            return null;
        }));
        log.info("Created the demo strategy's key results and weights.");
    }
}
