package org.lodestar.finance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lodestar.engine.evm.EarnedValue;
import org.lodestar.finance.EarnedValueCalculation.PlannedValueSource;
import org.lodestar.finance.EarnedValueCalculation.Result;
import org.lodestar.finance.internal.EarnedValuePositionStore;
import org.lodestar.finance.internal.EarnedValuePositionStore.Computed;
import org.lodestar.finance.internal.EarnedValuePositionStore.Curve;
import org.lodestar.finance.internal.EarnedValuePositionStore.Tracked;
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
 * Earned value positions across the organisation, for computed health (projects with a budget) and the roll-up
 * (projects with a budget or costs), read from stored positions ({@link EarnedValuePositionStore}) where they are
 * still true and computed otherwise: a computed position loads and schedules the project's plan, about a millisecond
 * each, which 10,000 projects cannot afford on every read (docs/architecture.md, "Earned value at organisation
 * scale").
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
        List<Tracked> budgeted = store.tracked(IdList.of(candidates), false);
        List<Measured> measured = new ArrayList<>(budgeted.size());
        Map<Long, Stored> current = current(budgeted, today);
        for (Tracked project : budgeted) {
            Stored kept = current.get(project.project());
            if (kept != null) {
                measured.add(new Measured(project.project(), kept.statusDate(), kept.earned(), value(kept)));
            } else {
                Result result = earnedValues.position(project.project(), today).result();
                measured.add(new Measured(project.project(), result.statusDate(), result.earned(),
                        result.position()));
            }
        }
        return measured;
    }

    /**
     * The results on {@code today}, with their monthly curves, of those of the projects that have a budget or costs,
     * by project in project order: for the roll-up.
     */
    Map<Long, Result> results(Collection<Long> candidates, LocalDate today) {
        List<Tracked> tracked = store.tracked(IdList.of(candidates), true);
        Map<Long, Stored> current = current(tracked, today);
        Map<Long, Curve> curves = current.isEmpty() ? Map.of() : store.curves(IdList.of(current.keySet()));
        Map<Long, Result> results = new LinkedHashMap<>();
        for (Tracked project : tracked) {
            Stored kept = current.get(project.project());
            Curve curve = curves.get(project.project());
            results.put(project.project(), kept != null && curve != null
                    ? EarnedValueCalculation.result(curve.first(), curve.pvByMonth(), curve.acByMonth(),
                            kept.statusDate(), value(kept), kept.earned(), PlannedValueSource.valueOf(curve.source()))
                    : earnedValues.position(project.project(), today).result());
        }
        return results;
    }

    /** The stored positions among these that are still true on {@code today}, by project. */
    private Map<Long, Stored> current(List<Tracked> tracked, LocalDate today) {
        if (tracked.isEmpty()) return Map.of();
        Map<Long, Long> stamps = stamps(tracked);
        Long rates = null;   // read once, when a stored position depends on the resources' rates
        Map<Long, Stored> current = new HashMap<>();
        for (Tracked project : tracked) {
            Stored kept = project.stored();
            if (kept == null) continue;
            if (kept.rates() != null && rates == null) rates = pool.ratesStamp();
            if (current(kept, stamps.get(project.project()), rates, today)) current.put(project.project(), kept);
        }
        return current;
    }

    private static EarnedValue value(Stored kept) {
        return new EarnedValue(kept.bac(), kept.pv(), kept.ev(), kept.ac());
    }

    /**
     * Stores the position of every project with a budget or costs whose stored one is missing or out of date;
     * returns how many.
     */
    int refresh() {
        LocalDate today = LocalDate.now(clock);
        List<Tracked> tracked = store.tracked(null, true);
        if (tracked.isEmpty()) return 0;
        // the stamps first, then the inputs: see the class comment
        Map<Long, Long> stamps = stamps(tracked);
        long rates = pool.ratesStamp();
        List<Computed> fresh = new ArrayList<>();
        int refreshed = 0;
        for (Tracked project : tracked) {
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

    private Computed computed(long project, long stamp, long rates, LocalDate today) {
        EarnedValues.Position position = earnedValues.position(project, today);
        Result result = position.result();
        EarnedValue value = result.position();
        boolean dated = position.progress() != null && position.progress().statusDate() != null;
        return new Computed(new Stored(project, stamp, position.weights() == null ? null : rates,
                dated ? null : today, result.statusDate(), result.earned(), value.bac(), value.pv(), value.ev(),
                value.ac()), new Curve(result.source().name(), result.first(), result.pvByMonth(),
                result.acByMonth()));
    }

    private static boolean current(Stored kept, long stamp, Long rates, LocalDate today) {
        return kept.inputs() == stamp && (kept.rates() == null || kept.rates().equals(rates))
                && (kept.datedOn() == null || kept.datedOn().equals(today));
    }

    /** Each project's stamp of what its position is computed from, but the resources' rates. */
    private Map<Long, Long> stamps(List<Tracked> tracked) {
        List<Long> ids = tracked.stream().map(Tracked::project).toList();
        Map<Long, Long> planStamps = plans.stamps(ids);
        Map<Long, String> currencies = projects.currencies(ids);
        long exchangeRates = inputs.exchangeRates();
        Map<Long, Long> stamps = new HashMap<>();
        for (Tracked project : tracked) {
            stamps.put(project.project(), new Stamp().add(planStamps.get(project.project()))
                    .add(project.inputsVersion()).add(exchangeRates)
                    .add(Objects.hashCode(currencies.get(project.project()))).value());
        }
        return stamps;
    }
}
