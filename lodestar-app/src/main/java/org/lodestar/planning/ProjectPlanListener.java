package org.lodestar.planning;

import java.time.Clock;
import java.time.LocalDate;
import org.lodestar.planning.internal.PlanDraft;
import org.lodestar.planning.internal.PlanStore;
import org.lodestar.planning.internal.ProjectPlanRecords;
import org.lodestar.portfolio.ProjectCreated;
import org.lodestar.portfolio.ProjectDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning follows the registry: a new project gets its plan (empty, on the organisation's standard calendar,
 * starting at the project's planned start or the day it was created) in the transaction that creates it, so that
 * no one can read or change a project that has no plan yet; a deleted one loses its plan, baselines and own
 * calendars after the deletion committed, in a transaction of its own. Both are audited and safe to hear twice.
 */
@Component
class ProjectPlanListener {

    private final PlanStore plans;
    private final ProjectPlanRecords records;
    private final Calendars calendars;
    private final Clock clock;
    private final PlanForecasts forecasts;

    ProjectPlanListener(PlanStore plans, ProjectPlanRecords records, Calendars calendars, Clock clock,
                        PlanForecasts forecasts) {
        this.plans = plans;
        this.records = records;
        this.calendars = calendars;
        this.clock = clock;
        this.forecasts = forecasts;
    }

    @EventListener
    @Transactional
    void on(ProjectCreated created) {
        if (plans.exists(created.project().value())) return;
        PlanDraft none = new PlanDraft(created.project().value());
        PlanDraft plan = none.copy();
        plan.calendar = calendars.defaultCalendar();
        LocalDate start = created.plannedStart() != null ? created.plannedStart() : LocalDate.now(clock);
        plan.start = start.atTime(8, 0);
        plans.save(none, plan, created.code());
        forecasts.record(ScheduledPlan.of(plan, calendars.engineCalendarAsDecided(plan.calendar),
                calendars::engineCalendarAsDecided));
    }

    @ApplicationModuleListener
    void on(ProjectDeleted deleted) {
        records.deleteOf(deleted.project().value(), deleted.code(), Baselines.AUDIT_TYPE, Calendars.AUDIT_TYPE);
    }
}
