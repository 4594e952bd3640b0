package org.lodestar.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lodestar.finance.internal.ActualCostStore;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.UserId;
import org.lodestar.portfolio.CurrencyRates;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.resources.HourlyRate;
import org.lodestar.resources.ResourcePool;
import org.lodestar.timesheets.TimesheetApproved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Approved hours become actual labour costs: each day's hours on a task, at the person's cost rate in force that day
 * (the resource pool's), converted into the project's currency at the rate in force that month, one actual cost line
 * per task and day, audited. Runs after the approval committed; safe to hear twice (a line is named by its
 * timesheet, task and day). Hours of a person without a rate, or in a currency without an exchange rate, are not
 * costed and are logged by timesheet, so that they can be found and costed once the rate is kept.
 */
@Component
class TimesheetCosts {

    static final CostCategory CATEGORY = CostCategory.LABOUR_OPEX;
    static final String AUDIT_TYPE = "actual-cost-timesheet";
    private static final Logger log = LoggerFactory.getLogger(TimesheetCosts.class);

    private final ResourcePool pool;
    private final ProjectRegistry projects;
    private final CurrencyRates rates;
    private final ActualCostStore costs;
    private final AuditTrail audit;

    TimesheetCosts(ResourcePool pool, ProjectRegistry projects, CurrencyRates rates, ActualCostStore costs,
                   AuditTrail audit) {
        this.pool = pool;
        this.projects = projects;
        this.rates = rates;
        this.costs = costs;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(TimesheetApproved approved) {
        CurrencyRates.Converter converter = rates.now();
        // A sheet's entries share a few projects and at most seven days: each is read once, not once per entry.
        Map<Long, Set<String>> booked = new HashMap<>();
        Map<Long, Optional<String>> currencies = new HashMap<>();
        Map<LocalDate, Optional<HourlyRate>> rateOn = new HashMap<>();
        UserId person = new UserId(approved.person());
        for (TimesheetApproved.Entry entry : approved.entries()) {
            String reference = "TS-" + approved.timesheet() + "-" + entry.task() + "-" + entry.day();
            Set<String> references = booked.computeIfAbsent(entry.project(), costs::references);
            if (references.contains(reference)) continue;
            Optional<String> currency = currencies.computeIfAbsent(entry.project(),
                    project -> projects.currencyOf(new ProjectId(project)));
            if (currency.isEmpty()) continue;
            Optional<HourlyRate> rate = rateOn.computeIfAbsent(entry.day(), day -> pool.hourlyRate(person, day));
            if (rate.isEmpty()) {
                log.warn("timesheet {}: no cost rate for person {} on {}, {} h not costed", approved.timesheet(),
                        approved.person(), entry.day(), entry.hours());
                continue;
            }
            BigDecimal amount = converter.convert(entry.hours().multiply(rate.get().amount()), rate.get().currency(),
                    currency.get(), YearMonth.from(entry.day()));
            if (amount == null) {
                log.warn("timesheet {}: no exchange rate {} to {} for {}, {} h not costed", approved.timesheet(),
                        rate.get().currency(), currency.get(), YearMonth.from(entry.day()), entry.hours());
                continue;
            }
            amount = amount.setScale(Math.max(0, Currency.getInstance(currency.get()).getDefaultFractionDigits()),
                    RoundingMode.HALF_EVEN);
            costs.insert(entry.project(), entry.day(), CATEGORY.code(), amount, reference);
            references.add(reference);
            Map<String, String> snapshot = new LinkedHashMap<>();
            snapshot.put("project", Long.toString(entry.project()));
            snapshot.put("timesheet", Long.toString(approved.timesheet()));
            snapshot.put("task", Long.toString(entry.task()));
            snapshot.put("postedOn", entry.day().toString());
            snapshot.put("category", CATEGORY.code());
            snapshot.put("hours", entry.hours().toPlainString());
            snapshot.put("amount", amount.toPlainString() + " " + currency.get());
            audit.created(AUDIT_TYPE, entry.project(), reference, snapshot);
        }
    }
}
