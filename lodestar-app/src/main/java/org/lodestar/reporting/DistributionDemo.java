package org.lodestar.reporting;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.RunAs;
import org.lodestar.reporting.internal.DistributionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo its scheduled reports: the steering pack as PDF every Monday to the executive and the portfolio
 * manager, and the KPI pack as Excel on the first of each month to the executive and the PMO. Mailed only where a
 * mail server is configured. Through the module's API as the PMO; once, into a demo database without distributions.
 */
@Component
@Order(DistributionDemo.DEMO_ORDER)
class DistributionDemo implements ApplicationRunner {

    static final int DEMO_ORDER = 41;

    private static final Logger log = LoggerFactory.getLogger(DistributionDemo.class);

    private final ReportDistributions distributions;
    private final DistributionStore store;
    private final People people;
    private final RunAs runAs;
    private final boolean demo;

    DistributionDemo(ReportDistributions distributions, DistributionStore store, People people, RunAs runAs,
                     @Value("${lodestar.demo}") boolean demo) {
        this.distributions = distributions;
        this.store = store;
        this.people = people;
        this.runAs = runAs;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!demo || people.isEmpty() || store.count() > 0) return;
        Map<String, Person> byName = people.all().stream().collect(Collectors.toMap(Person::username, Function.identity()));
        if (!byName.keySet().containsAll(List.of("pmo", "exec", "portfolio"))) return;
        runAs.call("pmo", () -> {
            distributions.create(new DistributionCommand("Monday steering pack", DistributionCommand.Report.STEERING_PACK,
                    DistributionCommand.Format.PDF, DistributionCommand.Frequency.WEEKLY, 1, null, true,
                    List.of(id(byName, "exec"), id(byName, "portfolio")), null));
            return distributions.create(new DistributionCommand("Monthly KPI pack", DistributionCommand.Report.KPI_PACK,
                    DistributionCommand.Format.EXCEL, DistributionCommand.Frequency.MONTHLY, 1, null, true,
                    List.of(id(byName, "exec"), id(byName, "pmo")), null));
        });
        log.info("Created the demo's scheduled reports.");
    }

    private static Long id(Map<String, Person> byName, String username) {
        return byName.get(username).id().value();
    }
}
