package org.lodestar.finance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.lodestar.planning.AssignmentWork;
import org.lodestar.planning.PlanProgress;
import org.lodestar.resources.HourlyRate;
import org.lodestar.resources.ResourcePool;
import org.springframework.stereotype.Component;

/**
 * The assigned cost of a plan's working tasks, for {@link TaskWeights}: each assignment's work (planning's
 * {@link AssignmentWork}: duration × units) times its resource's cost rate in force on the task's baseline start
 * (its scheduled start when no baseline holds it), converted into the project's currency at the rate in force that
 * month. A task is left out (uncosted) when any of its assignments has no rate or no exchange rate, so that a
 * partly costed task never weighs less than its work. Asks no rights: its callers checked the project's money.
 */
@Component
class AssignedCosts {

    private final ResourcePool pool;
    private final ExchangeRateBook rates;

    AssignedCosts(ResourcePool pool, ExchangeRateBook rates) {
        this.pool = pool;
        this.rates = rates;
    }

    /** The assigned cost of each costed working task, by task id, in {@code currency}. */
    Map<Long, Double> of(PlanProgress.Progress progress, Currency currency) {
        if (progress.assignments().isEmpty()) return Map.of();
        Map<Long, List<PlanProgress.Assigned>> byTask = new HashMap<>();
        for (PlanProgress.Assigned assigned : progress.assignments()) {
            byTask.computeIfAbsent(assigned.taskId(), task -> new ArrayList<>()).add(assigned);
        }
        Map<Long, Function<LocalDate, Optional<HourlyRate>>> ratesOf = new HashMap<>();
        ExchangeRates book = null;
        Map<Long, Double> costs = new HashMap<>();
        for (PlanProgress.TaskProgress task : progress.tasks()) {
            List<PlanProgress.Assigned> assignments = byTask.get(task.taskId());
            LocalDateTime start = task.baselineStart() != null ? task.baselineStart() : task.start();
            if (assignments == null || start == null) continue;
            LocalDate day = start.toLocalDate();
            double cost = 0;
            boolean costed = true;
            for (PlanProgress.Assigned assigned : assignments) {
                Optional<HourlyRate> rate = ratesOf.computeIfAbsent(assigned.resource(), pool::hourlyRatesOf)
                        .apply(day);
                if (rate.isEmpty()) {
                    costed = false;
                    break;
                }
                double factor = 1;
                Currency from = Currency.getInstance(rate.get().currency());
                if (!from.equals(currency)) {
                    if (book == null) book = rates.rates();
                    try {
                        factor = book.rateInForce(from, currency, YearMonth.from(day)).doubleValue();
                    } catch (MissingExchangeRateException missing) {
                        costed = false;
                        break;
                    }
                }
                double hours = AssignmentWork.minutes(task.durationMinutes(), assigned.units()) / 60.0;
                cost += hours * rate.get().amount().doubleValue() * factor;
            }
            if (costed) costs.put(task.taskId(), cost);
        }
        return costs;
    }
}
