package org.lodestar.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The resource pool as planning sees it, to assign its resources to tasks. Planning asks through this interface of
 * its own because the resources module already depends on planning (its calendars): the resources module implements
 * it, as status's {@code HealthIndicatorSource} is implemented by the modules that compute health.
 */
public interface AssignableResources {

    /** The resources with these ids that the pool has (ids it does not know are left out). */
    Map<Long, Assignable> find(Collection<Long> ids);

    /**
     * The capacity of each of these resources in assignment units (percent of one full-time working day of the
     * organisation's calendar): a person's FTE × 100 or hours a day over the calendar's day; a generic role's pool
     * FTE × 100; 0 for material and cost resources and retired ones. Ids the pool does not know are left out.
     */
    Map<Long, Integer> capacityUnits(Collection<Long> ids);

    /** The resources that can be assigned now: people and generic roles not retired, by name. */
    List<Assignable> assignable();

    /**
     * A resource of the pool: {@code works} is whether it works hours (a person or a generic role, not a material or
     * cost resource), {@code absences} its recorded absences (first and last day, both included).
     */
    record Assignable(long id, String name, String kind, boolean works, boolean retired, List<Absence> absences) {

        /** Whether it is absent on some day from {@code from} to {@code to}, both included. */
        public Absence absenceDuring(LocalDate from, LocalDate to) {
            return absences.stream().filter(a -> !a.lastDay().isBefore(from) && !a.firstDay().isAfter(to))
                    .findFirst().orElse(null);
        }
    }

    record Absence(LocalDate firstDay, LocalDate lastDay) {
    }
}
