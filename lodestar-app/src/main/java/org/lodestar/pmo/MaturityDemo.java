package org.lodestar.pmo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.People;
import org.lodestar.platform.RunAs;
import org.lodestar.pmo.internal.MaturityAssessmentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo organisation its PMO maturity history: two completed self-assessments of the PMO a year apart, the
 * later one better in most domains (its improvement plan's actions mostly done), and one of the Operations business
 * unit, each with comments and an improvement plan. Through the module's API as the PMO; once, into a demo database
 * without assessments.
 */
@Component
@Order(MaturityDemo.DEMO_ORDER)
class MaturityDemo implements ApplicationRunner {

    /** After the organisation's people (2) and the other demo loaders. */
    static final int DEMO_ORDER = 31;

    private static final Logger log = LoggerFactory.getLogger(MaturityDemo.class);

    /** Levels by domain, three questions each, in {@link MaturityDomain} order. */
    private static final int[][] PMO_LAST_YEAR = {{2, 2, 3}, {1, 1, 2}, {2, 3, 2}, {2, 2, 1}, {2, 3, 2}, {3, 2, 2}, {1, 2, 2}};
    private static final int[][] PMO_NOW = {{3, 3, 3}, {2, 2, 2}, {3, 3, 3}, {2, 3, 2}, {3, 3, 3}, {3, 3, 3}, {3, 3, 2}};
    private static final int[][] OPERATIONS = {{2, 3, 2}, {1, 2, 1}, {2, 2, 3}, {3, 2, 2}, {2, 2, 2}, {2, 3, 2}, {2, 2, 3}};

    private final MaturityAssessments assessments;
    private final MaturityAssessmentStore store;
    private final People people;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean demo;

    MaturityDemo(MaturityAssessments assessments, MaturityAssessmentStore store, People people, RunAs runAs,
                 TransactionTemplate transaction, Clock clock, @Value("${lodestar.demo}") boolean demo) {
        this.assessments = assessments;
        this.store = store;
        this.people = people;
        this.runAs = runAs;
        this.transaction = transaction;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!demo || people.isEmpty() || store.count() > 0) return;
        LocalDate today = LocalDate.now(clock);
        Long owner = people.all().stream().filter(p -> p.username().equals("pmo")).map(p -> p.id().value())
                .findFirst().orElse(null);
        transaction.executeWithoutResult(status -> runAs.call("pmo", () -> {
            MaturityAssessmentView before = assess(MaturitySubject.PMO, null, today.minusMonths(13), PMO_LAST_YEAR,
                    "Depends on the project manager; templates exist but are optional.");
            plan(before, MaturityDomain.BENEFITS, "Name a benefit owner and a measure in every business case",
                    today.minusMonths(9), owner, true);
            plan(before, MaturityDomain.RESOURCES, "Keep the capacity of every role in the resource pool",
                    today.minusMonths(7), owner, true);
            plan(before, MaturityDomain.RISK, "Review the top risks of the portfolio at each steering committee",
                    today.minusMonths(6), owner, true);
            plan(before, MaturityDomain.STAKEHOLDERS, "Check stakeholders' engagement at each gate",
                    today.minusMonths(4), owner, false);

            MaturityAssessmentView now = assess(MaturitySubject.PMO, null, today.minusMonths(1), PMO_NOW,
                    "Written in the method and followed on most projects.");
            plan(now, MaturityDomain.BENEFITS, "Measure the benefits of closed projects every quarter",
                    today.plusMonths(2), owner, false);
            plan(now, MaturityDomain.FINANCE, "Use earned value on every project above the size threshold",
                    today.plusMonths(4), owner, false);

            MaturityAssessmentView unit = assess(MaturitySubject.BUSINESS_UNIT, "Operations", today.minusMonths(2),
                    OPERATIONS, "Varies between the unit's teams.");
            plan(unit, MaturityDomain.BENEFITS, "Train the unit's project managers in benefits management",
                    today.plusMonths(1), owner, false);
            return null;
        }));
        log.info("Created the demo PMO maturity assessments.");
    }

    private MaturityAssessmentView assess(MaturitySubject subject, String unit, LocalDate date, int[][] levels,
                                          String comment) {
        MaturityAssessmentView started = assessments.start(new MaturityCommand.Start(subject, unit, date));
        Map<String, MaturityCommand.Answer> answers = new LinkedHashMap<>();
        MaturityDomain[] domains = MaturityDomain.values();
        for (int d = 0; d < domains.length; d++) {
            List<String> questions = domains[d].questions();
            for (int q = 0; q < questions.size(); q++) {
                answers.put(questions.get(q), new MaturityCommand.Answer(levels[d][q], q == 0 ? comment : null));
            }
        }
        MaturityAssessmentView answered = assessments.answer(started.id(),
                new MaturityCommand.Answers(answers, started.version()));
        return assessments.complete(answered.id(), answered.version());
    }

    private void plan(MaturityAssessmentView assessment, MaturityDomain domain, String description, LocalDate due,
                      Long owner, boolean done) {
        MaturityAssessmentView current = assessments.get(assessment.id());
        MaturityAssessmentView planned = assessments.planAction(current.id(),
                new MaturityCommand.Action(domain, description, owner, due, current.version()));
        if (done) {
            assessments.actionDone(planned.id(), planned.actions().size() - 1, planned.version());
        }
    }
}
