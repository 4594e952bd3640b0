package org.lodestar.resources;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lodestar.intake.CommittedRoleDemand;
import org.lodestar.resources.internal.OngoingDemandStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake's committed role demand from role allocations: what active projects allocated to a role, month by month,
 * as FTE per quarter (the mean of the quarter's three months, a month without allocation counting 0), so that a
 * scenario funds requests only with the capacity the ongoing projects leave.
 */
@Component
class AllocatedRoleDemand implements CommittedRoleDemand {

    private final OngoingDemandStore store;

    AllocatedRoleDemand(OngoingDemandStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, double[]> fteByQuarter(LocalDate firstQuarter, int quarters, Set<String> roles) {
        if (quarters <= 0 || roles.isEmpty()) return Map.of();
        LocalDate first = firstQuarter.withDayOfMonth(1);
        return byQuarter(store.byRoleAndMonth(first, first.plusMonths(3L * quarters - 1), roles), first, quarters);
    }

    /** Monthly FTE to quarterly: each month adds a third of its FTE to its quarter (from {@code firstQuarter}). */
    static Map<String, double[]> byQuarter(List<OngoingDemandStore.RoleMonth> months, LocalDate firstQuarter,
                                           int quarters) {
        Map<String, double[]> byQuarter = new TreeMap<>();
        for (OngoingDemandStore.RoleMonth month : months) {
            long index = ChronoUnit.MONTHS.between(firstQuarter.withDayOfMonth(1), month.month().withDayOfMonth(1));
            if (index < 0 || index >= 3L * quarters) continue;
            byQuarter.computeIfAbsent(month.role(), r -> new double[quarters])[(int) (index / 3)]
                    += month.fte().doubleValue() / 3;
        }
        return byQuarter;
    }
}
