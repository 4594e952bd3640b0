package org.lodestar.planning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.lodestar.planning.internal.PlanStore;
import org.springframework.stereotype.Component;

/**
 * The plans of a few projects scheduled now (a status report's milestones). Readers of many projects at once read
 * the forecasts planning stores instead ({@link PlanForecasts}): loading and scheduling each plan is an N+1 that
 * took the dashboard seconds at 10,000 projects. Rights are the caller's to check.
 */
@Component
class PlanHealthData {

    private final PlanStore store;
    private final ProjectPlans plans;

    PlanHealthData(PlanStore store, ProjectPlans plans) {
        this.plans = plans;
        this.store = store;
    }

    /** A project's plan, scheduled. */
    record Scheduled(long project, ScheduledPlan plan) {
    }

    List<Scheduled> scheduled(Collection<Long> projects) {
        List<Scheduled> scheduled = new ArrayList<>();
        for (Long project : new TreeSet<>(projects)) {
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
