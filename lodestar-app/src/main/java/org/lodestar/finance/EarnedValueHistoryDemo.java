package org.lodestar.finance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import org.lodestar.engine.evm.EarnedValue;
import org.lodestar.finance.internal.BudgetLineStore;
import org.lodestar.platform.People;
import org.lodestar.platform.RunAs;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the demo money (and the demo's approved timesheets, whose hours become costs), records earned value for the
 * demo projects that earn and spend: the five month ends before each project's status month and its status date,
 * through {@link EarnedValueHistory} as the PMO, so that the CPI/SPI trend charts have lines. PV and AC are the real
 * ones at each past date; progress is kept as of the status date only, so a past period's EV is today's EV scaled
 * by the share of today's PV planned by then (the project progressing in step with its plan), drifting by a few
 * points towards today's indices (a seeded random drift per project), never the progress as entered at face value,
 * which would give early periods a CPI far above any real one. Each project once: projects with a recorded period
 * are left as they are.
 */
@Component
@Order(EarnedValueHistoryDemo.DEMO_ORDER)
class EarnedValueHistoryDemo implements ApplicationRunner {

    /** After finance (17), procurement (18), change and quality (26), resources (27) and timesheets (28). */
    static final int DEMO_ORDER = 30;
    /** Past periods recorded before the status month. */
    static final int PAST_PERIODS = 5;

    private static final Logger log = LoggerFactory.getLogger(EarnedValueHistoryDemo.class);

    private final EarnedValueHistory history;
    private final EarnedValues earnedValues;
    private final BudgetLineStore budgets;
    private final ProjectRegistry projects;
    private final People people;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean demo;

    EarnedValueHistoryDemo(EarnedValueHistory history, EarnedValues earnedValues, BudgetLineStore budgets,
                           ProjectRegistry projects, People people, RunAs runAs, TransactionTemplate transaction,
                           Clock clock, @Value("${lodestar.demo}") boolean demo) {
        this.history = history;
        this.earnedValues = earnedValues;
        this.budgets = budgets;
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
        Integer recorded = transaction.execute(status -> runAs.call("pmo", () -> {
            int count = 0;
            for (ProjectRow project : projects.everyRow(null)) {
                if (project.state() == ProjectState.PROPOSED || !budgets.hasAny(project.id())
                        || history.hasAny(project.id())) {
                    continue;
                }
                if (record(project)) count++;
            }
            return count;
        }));
        if (recorded != null && recorded > 0) log.info("Recorded demo earned value history on {} projects.", recorded);
    }

    private boolean record(ProjectRow project) {
        EarnedValueCalculation.Result now = earnedValues.position(project.id(), LocalDate.now(clock)).result();
        EarnedValue today = now.position();
        if (!now.earned() || today.ev() <= 0 || today.ac() <= 0 || today.pv() <= 0) return false;
        Random random = new Random(31_000L + project.id());
        double drift = (random.nextDouble() - 0.4) * 0.15;   // earlier periods a little better (mostly) or worse
        YearMonth status = YearMonth.from(now.statusDate());
        boolean any = false;
        for (int back = PAST_PERIODS; back >= 1; back--) {
            LocalDate date = status.minusMonths(back).atEndOfMonth();
            EarnedValue then = earnedValues.positionAt(project.id(), date).result().position();
            if (then.pv() <= 0 || then.ac() <= 0) continue;
            double share = then.pv() / today.pv() * (1 + drift * back / PAST_PERIODS);
            history.recordAt(project.id(), date, Math.min(1, share));
            any = true;
        }
        history.record(project.id());
        return any;
    }
}
