package org.lodestar.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lodestar.resources.internal.NamedPeopleStore;
import org.lodestar.status.HealthIndicatorSource;
import org.springframework.stereotype.Component;

/**
 * Over-allocation of a project's named people, for status's computed health: of the people allocated to the project
 * in the coming three months or assigned to its unfinished tasks, the highest utilisation any of them reaches in any
 * week from this one to three months ahead, their demand counted over ALL projects. The figures are those of the
 * person × week view ({@link ResourceAllocations#personWeeks}, in tenths of an hour rounded alike, read once for
 * every project measured), so the indicator and the page never disagree: a cell the page marks over (demand above
 * capacity, both in its tenths of an hour) is above 100 % here, since the percentage is rounded up to a tenth. Over 100 % amber, over 120 % red
 * (thresholds 100.1 and 120.1); a week with demand and no capacity (a person away all week) counts as
 * {@value #NO_CAPACITY} %. Projects without named people are not measured (no data).
 */
@Component
class OverAllocationIndicator implements HealthIndicatorSource {

    static final String KEY = "resources.overAllocation";
    /** The utilisation of a week with demand and no capacity, and the most any week counts. */
    static final double NO_CAPACITY = 999.9;

    private final ResourceAllocations allocations;
    private final NamedPeopleStore named;

    OverAllocationIndicator(ResourceAllocations allocations, NamedPeopleStore named) {
        this.allocations = allocations;
        this.named = named;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(new IndicatorDefinition(KEY, "percent", 100.1, 120.1));
    }

    @Override
    public List<Measurement> measure(Collection<Long> projects, LocalDate today) {
        List<Measurement> measurements = new ArrayList<>();
        if (projects.isEmpty()) return measurements;
        LocalDate last = today.plusMonths(3);
        Map<Long, Set<Long>> people = new LinkedHashMap<>();
        for (NamedPeopleStore.Named n : named.of(projects, today, last)) {
            people.computeIfAbsent(n.project(), p -> new TreeSet<>()).add(n.resource());
        }
        if (people.isEmpty()) return measurements;
        Set<Long> named = new HashSet<>();
        people.values().forEach(named::addAll);
        PersonWeekTenths weeks = allocations.personWeekTenths(today, last, named);
        Map<Long, Busiest> busiest = new HashMap<>();
        for (PersonWeekTenths.Row row : weeks.rows()) {
            int worst = -1;
            double most = 0;
            for (int w = 0; w < weeks.weeks().size(); w++) {
                double percent = percent(row.demand()[w], row.capacity()[w]);
                if (worst < 0 || percent > most) {
                    worst = w;
                    most = percent;
                }
            }
            if (worst >= 0) {
                busiest.put(row.resourceId(), new Busiest(row.name(), weeks.weeks().get(worst), row.demand()[worst],
                        row.capacity()[worst], most));
            }
        }
        for (Map.Entry<Long, Set<Long>> project : people.entrySet()) {
            Busiest worst = null;
            for (long person : project.getValue()) {
                Busiest b = busiest.get(person);
                if (b != null && (worst == null || b.percent() > worst.percent())) worst = b;
            }
            if (worst == null) continue;
            measurements.add(new Measurement(project.getKey(), KEY, worst.percent(), List.of(
                    new Input("overAllocatedPerson", worst.name()),
                    new Input("overAllocationWeek", worst.week().toString()),
                    // percent is a decimal of one place already, which Double.toString writes exactly: a formatter
                    // cost the dashboard, which writes one for every project
                    new Input("overAllocationPercent", Double.toString(worst.percent())),
                    new Input("overAllocationDemand", BigDecimal.valueOf(worst.demandTenths(), 1).toPlainString()),
                    new Input("overAllocationCapacity",
                            BigDecimal.valueOf(worst.capacityTenths(), 1).toPlainString()))));
        }
        return measurements;
    }

    /** A person's most loaded week: its Monday, demand and capacity in tenths of an hour, and its utilisation. */
    private record Busiest(String name, LocalDate week, long demandTenths, long capacityTenths, double percent) {
    }

    /**
     * Demand over capacity in percent, rounded UP to a tenth (so any demand above capacity is above 100); 0 without
     * demand, {@value #NO_CAPACITY} (the most) with demand and no capacity. Of figures in tenths of an hour, in whole
     * numbers: the tenths of a percent rounded up are {@code ceil(demand × 1000 / capacity)}, and the percentage,
     * a decimal of one place, is that over ten.
     */
    static double percent(long demandTenths, long capacityTenths) {
        if (demandTenths <= 0) return 0;
        if (capacityTenths <= 0) return NO_CAPACITY;
        long tenthsOfPercent = (demandTenths * 1000 + capacityTenths - 1) / capacityTenths; // rounded up
        return Math.min(tenthsOfPercent / 10.0, NO_CAPACITY);
    }
}
