package org.lodestar.planning;

import java.util.List;
import org.lodestar.planning.internal.PlanForecastStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the forecast of every plan whose stored one is missing or of another version of the plan: after V31
 * (which fills plans without tasks in SQL, since scheduling needs the engine), and after any change that somehow
 * left one behind. Runs at start-up like the other start-up work, one node at a time under the first-start lock,
 * before readiness; each plan in a transaction of its own that holds the plan's row, so it is safe beside edits and
 * on a second node (which finds nothing left to do).
 */
@Component
@Order(2)
class PlanForecastBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlanForecastBackfill.class);

    private final PlanForecastStore store;
    private final PlanForecasts forecasts;
    private final Calendars calendars;
    private final TransactionTemplate transaction;

    PlanForecastBackfill(PlanForecastStore store, PlanForecasts forecasts, Calendars calendars,
                         PlatformTransactionManager transactions) {
        this.store = store;
        this.forecasts = forecasts;
        this.calendars = calendars;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<Long> stale = store.stale();
        if (stale.isEmpty()) return;
        log.info("Recording the schedule forecast of {} plans", stale.size());
        for (Long project : stale) transaction.executeWithoutResult(status -> forecasts.refresh(project, calendars));
    }
}
