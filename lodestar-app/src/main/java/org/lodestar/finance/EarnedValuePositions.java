package org.lodestar.finance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lodestar.engine.evm.EarnedValue;
import org.lodestar.finance.EarnedValueCalculation.Result;
import org.lodestar.finance.internal.EarnedValuePositionStore;
import org.lodestar.finance.internal.EarnedValuePositionStore.Budgeted;
import org.lodestar.finance.internal.EarnedValuePositionStore.Stored;
import org.lodestar.finance.internal.FinanceInputs;
import org.lodestar.platform.IdList;
import org.lodestar.platform.Stamp;
import org.lodestar.planning.PlanProgress;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.resources.ResourcePool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Budgeted projects' earned value positions for computed health across the organisation, read from stored
 * positions ({@link EarnedValuePositionStore}) where they are still true and computed otherwise: a computed position
 * loads and schedules the project's plan, about a millisecond each, which 10,000 projects cannot afford on every
 * read (docs/architecture.md, "Earned value at organisation scale").
 *
 * <p>A stored position keeps a stamp of what it was computed from: the plan and the calendars it may use
 * ({@link PlanProgress#stamps}), the project's finance inputs ({@link FinanceInputs}), the exchange rates and the
 * project's currency, and, when assignments weighed its tasks, the resources' cost rates. It is read only while
 * those stamps are unchanged and, when no status date dated it, on the day it was computed for; the stamps are read
 * before the inputs, so a position computed while an input changed is kept with the older stamp and never read. The
 * {@link EarnedValuePositionJob} stores the positions that are missing or out of date, every minute on one node.
 */
@Component
class EarnedValuePositions {

    private static final Logger LOG = LoggerFactory.getLogger(EarnedValuePositions.class);
    private static final int BATCH = 200;

    /** A project's position at its status date; {@code earned}: it has a plan to earn from. */
    record Measured(long project, LocalDate statusDate, boolean earned, EarnedValue value) {
    }

    private final FinanceInputs inputs;
    private final EarnedValuePositionStore store;
    private final EarnedValues earnedValues;
    private final PlanProgress plans;
    private final ProjectRegistry projects;
    private final ResourcePool pool;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    EarnedValuePositions(FinanceInputs inputs, EarnedValuePositionStore store, EarnedValues earnedValues,
                         PlanProgress plans, ProjectRegistry projects, ResourcePool pool, Clock clock,
                         PlatformTransactionManager transactions) {
        this.inputs = inputs;
        this.store = store;
        this.earnedValues = earnedValues;
        this.plans = plans;
        this.projects = projects;
        this.pool = pool;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The positions on {@code today} of those of the projects that have a budget, in project order. */
    List<Measured> budgeted(Collection<Long> candidates, LocalDate today) {
        List<Budgeted> budgeted = store.budgeted(IdList.of(candidates));
        if (budgeted.isEmpty()) return List.of();
        Map<Long, Long> stamps = stamps(budgeted);
        Long rates = null;   // read once, when a stored position depends on the resources' rates
        List<Measured> measured = new ArrayList<>(budgeted.size());
        for (Budgeted project : budgeted) {
            Stored kept = project.stored();
            if (kept != null && kept.rates() != null && rates == null) rates = pool.ratesStamp();
            if (kept != null && current(kept, stamps.get(project.project()), rates, today)) {
                measured.add(new Measured(project.project(), kept.statusDate(), kept.earned(),
                        new EarnedValue(kept.bac(), kept.pv(), kept.ev(), kept.ac())));
            } else {
                Result result = earnedValues.position(project.project(), today).result();
                measured.add(new Measured(project.project(), result.statusDate(), result.earned(),
                        result.position()));
            }
        }
        return measured;
    }

    /** Stores the position of every budgeted project whose stored one is missing or out of date; returns how many. */
    int refresh() {
        LocalDate today = LocalDate.now(clock);
        List<Budgeted> budgeted = store.budgeted(null);
        if (budgeted.isEmpty()) return 0;
        // the stamps first, then the inputs: see the class comment
        Map<Long, Long> stamps = stamps(budgeted);
        long rates = pool.ratesStamp();
        List<Stored> fresh = new ArrayList<>();
        int refreshed = 0;
        for (Budgeted project : budgeted) {
            long id = project.project();
            if (project.stored() != null && current(project.stored(), stamps.get(id), rates, today)) continue;
            try {
                fresh.add(readOnly.execute(status -> computed(id, stamps.get(id), rates, today)));
            } catch (RuntimeException failed) {
                // the project's readers see the same failure; the others' positions are still stored
                LOG.warn("Earned value position of project {} not stored: {}", id, failed.toString());
            }
            if (fresh.size() == BATCH) {
                store.save(fresh, clock.instant());
                refreshed += fresh.size();
                fresh.clear();
            }
        }
        store.save(fresh, clock.instant());
        return refreshed + fresh.size();
    }

    private Stored computed(long project, long stamp, long rates, LocalDate today) {
        EarnedValues.Position position = earnedValues.position(project, today);
        Result result = position.result();
        EarnedValue value = result.position();
        boolean dated = position.progress() != null && position.progress().statusDate() != null;
        return new Stored(project, stamp, position.weights() == null ? null : rates, dated ? null : today,
                result.statusDate(), result.earned(), value.bac(), value.pv(), value.ev(), value.ac());
    }

    private static boolean current(Stored kept, long stamp, Long rates, LocalDate today) {
        return kept.inputs() == stamp && (kept.rates() == null || kept.rates().equals(rates))
                && (kept.datedOn() == null || kept.datedOn().equals(today));
    }

    /** Each project's stamp of what its position is computed from, but the resources' rates. */
    private Map<Long, Long> stamps(List<Budgeted> budgeted) {
        List<Long> ids = budgeted.stream().map(Budgeted::project).toList();
        Map<Long, Long> planStamps = plans.stamps(ids);
        Map<Long, String> currencies = projects.currencies(ids);
        long exchangeRates = inputs.exchangeRates();
        Map<Long, Long> stamps = new HashMap<>();
        for (Budgeted project : budgeted) {
            stamps.put(project.project(), new Stamp().add(planStamps.get(project.project()))
                    .add(project.inputsVersion()).add(exchangeRates)
                    .add(Objects.hashCode(currencies.get(project.project()))).value());
        }
        return stamps;
    }
}
