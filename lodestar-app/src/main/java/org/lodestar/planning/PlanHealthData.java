package org.lodestar.planning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lodestar.planning.internal.PlanStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The scheduled plans of a set of projects, for the health indicators planning contributes to status: one query
 * finds which projects have a plan, then only those are loaded and scheduled. Rights are the caller's to check.
 */
@Component
class PlanHealthData {

    private final JdbcClient jdbc;
    private final PlanStore store;
    private final ProjectPlans plans;

    PlanHealthData(JdbcClient jdbc, PlanStore store, ProjectPlans plans) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.store = store;
    }

    /** A project's plan, scheduled. */
    record Scheduled(long project, ScheduledPlan plan) {
    }

    List<Scheduled> scheduled(Collection<Long> projects) {
        Set<Long> wanted = new HashSet<>(projects);
        List<Scheduled> scheduled = new ArrayList<>();
        for (Long project : jdbc.sql("select project from plan").query(Long.class).list()) {
            if (!wanted.contains(project)) continue;
            store.load(project).filter(draft -> !draft.tasks.isEmpty()).ifPresent(draft -> {
                try {
                    scheduled.add(new Scheduled(project, plans.schedule(draft)));
                } catch (RuntimeException unschedulable) {
                    // a plan the engine refuses (a cycle) has no dates to measure; its page says why
                }
            });
        }
        return scheduled;
    }
}
