package org.lodestar.resources;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.planning.AssignableResources;
import org.lodestar.resources.internal.Resource;
import org.lodestar.resources.internal.Resources;
import org.lodestar.resources.internal.WholePool;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool as planning assigns it to tasks (planning's {@link AssignableResources}): planning cannot depend on this
 * module, which depends on planning's calendars, so it asks through an interface of its own that this implements.
 * Rights are planning's (whoever edits or reads the plan); this only answers what the pool holds.
 */
@Component
class PoolForPlans implements AssignableResources {

    private final Resources resources;
    private final ResourcePool pool;
    private final WholePool wholePool;

    PoolForPlans(Resources resources, ResourcePool pool, WholePool wholePool) {
        this.resources = resources;
        this.pool = pool;
        this.wholePool = wholePool;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Integer> capacityUnits(Collection<Long> ids) {
        org.lodestar.resources.internal.WorkWeek week = pool.workWeek();
        Map<Long, Integer> units = new LinkedHashMap<>();
        for (Resource resource : resources.findAllById(ids)) {
            double hours = resource.retired() || week.hoursPerDay() <= 0 ? 0 : resource.dailyHours(week);
            units.put(resource.id(), (int) Math.round(hours / Math.max(week.hoursPerDay(), 1e-9) * 100));
        }
        return units;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Assignable> find(Collection<Long> ids) {
        Map<Long, Assignable> found = new LinkedHashMap<>();
        for (Resource resource : resources.findAllById(ids)) found.put(resource.id(), assignable(resource));
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Assignable> assignable() {
        return wholePool.byName().stream().filter(r -> !r.retired() && r.kind().works())
                .map(PoolForPlans::assignable).toList();
    }

    private static Assignable assignable(Resource resource) {
        return new Assignable(resource.id(), resource.name(), resource.kind().name(), resource.kind().works(),
                resource.retired(), resource.absences().stream()
                        .map(a -> new Absence(a.firstDay(), a.lastDay())).toList());
    }
}
