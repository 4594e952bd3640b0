package org.lodestar.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
 * costed: they are logged, listed by {@link UncostedHours} and costed from there once the rate is kept.
 */
@Component
class TimesheetCosts {

    static final CostCategory CATEGORY = CostCategory.LABOUR_OPEX;
    static final String AUDIT_TYPE = "actual-cost-timesheet";
    private static final Logger log = LoggerFactory.getLogger(TimesheetCosts.class);

    /** An entry not booked yet, and why it cannot be ({@code null}: nothing stops it now). */
    record Unbooked(TimesheetApproved.Entry entry, UncostedHours.Reason reason) {
    }

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
        for (Unbooked left : cost(approved.timesheet(), approved.person(), approved.entries())) {
            log.warn("timesheet {}: {} h of person {} on {} not costed ({})", approved.timesheet(),
                    left.entry().hours(), approved.person(), left.entry().day(), left.reason());
        }
    }

    /** Books each of these approved entries of a person's sheet not booked yet that can be; those left, with why. */
    List<Unbooked> cost(long timesheet, long person, List<TimesheetApproved.Entry> entries) {
        return walk(timesheet, person, entries, true);
    }

    /** These approved entries of a person's sheet not booked yet, with what stops each; writes nothing. */
    List<Unbooked> assess(long timesheet, long person, List<TimesheetApproved.Entry> entries) {
        return walk(timesheet, person, entries, false);
    }

    private List<Unbooked> walk(long timesheet, long personId, List<TimesheetApproved.Entry> entries, boolean book) {
        CurrencyRates.Converter converter = rates.now();
        // A sheet's entries share a few projects and at most seven days: each is read once, not once per entry.
        Map<Long, Set<String>> booked = new HashMap<>();
        Map<Long, Optional<String>> currencies = new HashMap<>();
        Map<LocalDate, Optional<HourlyRate>> rateOn = new HashMap<>();
        UserId person = new UserId(personId);
        List<Unbooked> left = new ArrayList<>();
        for (TimesheetApproved.Entry entry : entries) {
            String reference = "TS-" + timesheet + "-" + entry.task() + "-" + entry.day();
            Set<String> references = booked.computeIfAbsent(entry.project(), costs::references);
            if (references.contains(reference)) continue;
            Optional<String> currency = currencies.computeIfAbsent(entry.project(),
                    project -> projects.currencyOf(new ProjectId(project)));
            if (currency.isEmpty()) {
                left.add(new Unbooked(entry, UncostedHours.Reason.NO_CURRENCY));
                continue;
            }
            Optional<HourlyRate> rate = rateOn.computeIfAbsent(entry.day(), day -> pool.hourlyRate(person, day));
            if (rate.isEmpty()) {
                left.add(new Unbooked(entry, UncostedHours.Reason.NO_RATE));
                continue;
            }
            BigDecimal amount = converter.convert(entry.hours().multiply(rate.get().amount()), rate.get().currency(),
                    currency.get(), YearMonth.from(entry.day()));
            if (amount == null) {
                left.add(new Unbooked(entry, UncostedHours.Reason.NO_EXCHANGE_RATE));
                continue;
            }
            if (!book) {
                left.add(new Unbooked(entry, null));
                continue;
            }
            amount = amount.setScale(Math.max(0, Currency.getInstance(currency.get()).getDefaultFractionDigits()),
                    RoundingMode.HALF_EVEN);
            costs.insertForTask(entry.project(), entry.day(), CATEGORY.code(), amount, reference, entry.task());
            references.add(reference);
            Map<String, String> snapshot = new LinkedHashMap<>();
            snapshot.put("project", Long.toString(entry.project()));
            snapshot.put("timesheet", Long.toString(timesheet));
            snapshot.put("task", Long.toString(entry.task()));
            snapshot.put("postedOn", entry.day().toString());
            snapshot.put("category", CATEGORY.code());
            snapshot.put("hours", entry.hours().toPlainString());
            snapshot.put("amount", amount.toPlainString() + " " + currency.get());
            audit.created(AUDIT_TYPE, entry.project(), reference, snapshot);
        }
        return left;
    }
}
