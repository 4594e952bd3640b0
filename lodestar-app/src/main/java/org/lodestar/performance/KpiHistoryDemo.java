package org.lodestar.performance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.lodestar.performance.internal.KpiSeries;
import org.lodestar.platform.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo organisation its KPI history: the eighteen months before this one, each computed as of its last
 * day, and this month as of today, from what the other demo loaders recorded (their reports, decisions, gates,
 * earned value and closures are dated across those months). Computed, never made up; once, into a demo database
 * without KPI history.
 */
@Component
@Order(KpiHistoryDemo.DEMO_ORDER)
class KpiHistoryDemo implements ApplicationRunner {

    /** After every other demo loader, whose records the KPIs measure. */
    static final int DEMO_ORDER = 40;
    static final int MONTHS = 18;

    private static final Logger log = LoggerFactory.getLogger(KpiHistoryDemo.class);

    private final KpiComputation computation;
    private final KpiSeries series;
    private final People people;
    private final Clock clock;
    private final boolean demo;

    KpiHistoryDemo(KpiComputation computation, KpiSeries series, People people, Clock clock,
                   @Value("${lodestar.demo}") boolean demo) {
        this.computation = computation;
        this.series = series;
        this.people = people;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!demo || people.isEmpty() || !series.periods().isEmpty()) return;
        LocalDate today = LocalDate.now(clock);
        YearMonth current = YearMonth.from(today);
        int samples = 0;
        for (int back = MONTHS; back >= 1; back--) {
            YearMonth month = current.minusMonths(back);
            samples += computation.compute(month, month.atEndOfMonth());
        }
        samples += computation.compute(current, today);
        log.info("Computed {} months of demo KPI history from {} measure samples.", MONTHS + 1, samples);
    }
}
