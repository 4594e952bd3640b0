package org.lodestar.resources;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.planning.AssignableResources;
import org.lodestar.resources.internal.Resource;
import org.lodestar.resources.internal.Resources;
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

    PoolForPlans(Resources resources) {
        this.resources = resources;
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
        return resources.findAllByOrderByNameAsc().stream().filter(r -> !r.retired() && r.kind().works())
                .map(PoolForPlans::assignable).toList();
    }

    private static Assignable assignable(Resource resource) {
        return new Assignable(resource.id(), resource.name(), resource.kind().name(), resource.kind().works(),
                resource.retired(), resource.absences().stream()
                        .map(a -> new Absence(a.firstDay(), a.lastDay())).toList());
    }
}
