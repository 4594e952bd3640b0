package org.lodestar.pmo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.People;
import org.lodestar.platform.RunAs;
import org.lodestar.pmo.internal.CompetencyAssessmentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo's project managers their competency self-assessments: `pm` a year ago and last month (grown in
 * risk, stakeholders and benefits, the goals of the first mostly reached) and Lucie Bernard once, each with goals.
 * Through the module's API as each person; once, into a demo database without self-assessments.
 */
@Component
@Order(CompetencyDemo.DEMO_ORDER)
class CompetencyDemo implements ApplicationRunner {

    /** After coaching (32), whose mentors read these. */
    static final int DEMO_ORDER = 33;

    private static final Logger log = LoggerFactory.getLogger(CompetencyDemo.class);

    /** Levels in {@link Competency} order. */
    private static final int[] PM_LAST_YEAR = {3, 2, 2, 2, 3, 3, 2, 1};
    private static final int[] PM_NOW = {3, 3, 3, 3, 3, 3, 3, 2};
    private static final int[] LUCIE = {2, 2, 3, 2, 2, 2, 2, 2};

    private final CompetencyAssessments assessments;
    private final CompetencyAssessmentStore store;
    private final People people;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean demo;

    CompetencyDemo(CompetencyAssessments assessments, CompetencyAssessmentStore store, People people, RunAs runAs,
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
        boolean lucie = people.all().stream().anyMatch(p -> p.username().equals("lbernard") && p.canSignIn()
                && p.roles().stream().anyMatch(OrganisationAct.READ_PROJECT_DETAIL.roles()::contains));
        LocalDate today = LocalDate.now(clock);
        transaction.executeWithoutResult(status -> {
            runAs.call("pm", () -> {
                CompetencyAssessmentView before = assess(PM_LAST_YEAR, today.minusMonths(13));
                before = goal(before, Competency.RISK, 3, "Run the risk workshop at every phase start", today.minusMonths(7));
                before = goal(before, Competency.BENEFITS, 2, "Write the benefits profile of the next business case", today.minusMonths(6));
                assessments.goalDone(before.id(), 0, before.version());
                CompetencyAssessmentView now = assess(PM_NOW, today.minusMonths(1));
                now = goal(now, Competency.BENEFITS, 3, "Measure the benefits of a closed project with its owner", today.plusMonths(3));
                goal(now, Competency.LEADERSHIP, 4, "Coach the new project coordinator through a first plan", today.minusWeeks(1));
                return null;
            });
            if (lucie) {
                runAs.call("lbernard", () -> goal(assess(LUCIE, today.minusMonths(2)), Competency.SCHEDULE_AND_COST, 3,
                        "Keep the earned value of the project up to date every month", today.plusMonths(2)));
            }
        });
        log.info("Created the demo competency self-assessments.");
    }

    private CompetencyAssessmentView assess(int[] levels, LocalDate on) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        Competency[] all = Competency.values();
        for (int i = 0; i < all.length; i++) ratings.put(all[i].name(), levels[i]);
        return assessments.assess(new CompetencyCommand.Assess(ratings, on));
    }

    private CompetencyAssessmentView goal(CompetencyAssessmentView on, Competency competency, int level,
                                          String description, LocalDate due) {
        return assessments.setGoal(on.id(), new CompetencyCommand.Goal(competency, description, level, due, on.version()));
    }
}
