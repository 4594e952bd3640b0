package org.lodestar.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lodestar.engine.schedule.TimeAxis;
import org.lodestar.engine.schedule.WorkCalendar;
import org.lodestar.planning.internal.BaselineStore;
import org.lodestar.planning.internal.DraftTask;
import org.lodestar.planning.internal.PlanForecastStore;
import org.lodestar.planning.internal.PlanForecastStore.Forecast;
import org.lodestar.planning.internal.PlanForecastStore.Milestone;
import org.lodestar.planning.internal.PlanDraft;
import org.lodestar.planning.internal.PlanStore;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.UnprocessableException;
import org.springframework.stereotype.Component;

/**
 * Keeps each plan's stored forecast ({@link PlanForecastStore}) equal to its schedule: the scheduled finish, the finish
 * slippage against the first baseline and the milestones' dates, which computed health and the dashboard read for
 * thousands of projects at once instead of scheduling every plan. The rule: whoever reschedules a plan records its
 * forecast in the same transaction, from the schedule it computed ({@link ProjectPlans}' one change path, a baseline
 * saved or deleted, a calendar changed); the row names the plan's version it was computed from, and plans whose row
 * is missing or of another version are recorded again when the application starts ({@link PlanForecastBackfill}).
 */
@Component
class PlanForecasts {

    private final PlanForecastStore forecasts;
    private final BaselineStore baselines;
    private final PlanStore plans;

    PlanForecasts(PlanForecastStore forecasts, BaselineStore baselines, PlanStore plans) {
        this.forecasts = forecasts;
        this.baselines = baselines;
        this.plans = plans;
    }

    /** Records the forecast of a plan just scheduled (and stored: its draft has the stored version). */
    void record(ScheduledPlan scheduled) {
        forecasts.write(of(scheduled));
    }

    /**
     * Schedules the stored plan again and records its forecast, holding the plan's row (a calendar it uses changed,
     * or its row is missing or stale). A plan the engine refuses records no dates.
     */
    void refresh(long project, Calendars calendars) {
        plans.lock(project);
        PlanDraft draft = plans.load(project).orElse(null);
        if (draft == null) return;
        ScheduledPlan scheduled;
        try {
            scheduled = ScheduledPlan.of(draft, calendars.engineCalendarAsDecided(draft.calendar),
                    calendars::engineCalendarAsDecided);
        } catch (InvalidInputException | UnprocessableException unschedulable) {
            forecasts.write(new Forecast(project, draft.version, null, null, null, null, null, List.of()));
            return;
        }
        record(scheduled);
    }

    /** The forecast of a scheduled plan: finish, slippage against the first baseline, milestones. */
    Forecast of(ScheduledPlan scheduled) {
        PlanDraft draft = scheduled.draft;
        if (draft.tasks.isEmpty()) {
            return new Forecast(draft.project, draft.version, null, null, null, null, null, List.of());
        }
        int finish = scheduled.schedule.projectFinish();
        Integer number = null;
        String name = null;
        java.time.LocalDateTime baselineFinish = null;
        BigDecimal days = null;
        // the first baseline (the original commitment), as earned value measures against it
        Optional<BaselineStore.Header> first = baselines.list(draft.project).stream()
                .min(Comparator.comparingInt(BaselineStore.Header::number));
        if (first.isPresent()) {
            int committed = baselines.values(draft.project, first.get().number()).values().stream()
                    .mapToInt(value -> TimeAxis.minute(value.finish())).max().orElse(TimeAxis.NONE);
            if (committed != TimeAxis.NONE) {
                WorkCalendar calendar = scheduled.plan.projectCalendar();
                double slipped = calendar.workingMinutesBetween(committed, finish) / (double) calendar.minutesPerDay();
                number = first.get().number();
                name = first.get().name();
                baselineFinish = TimeAxis.dateTime(committed);
                days = BigDecimal.valueOf(Math.max(0, Math.round(slipped * 10) / 10.0)).setScale(1, RoundingMode.HALF_UP);
            }
        }
        List<Milestone> milestones = new ArrayList<>();
        for (int i = 0; i < draft.tasks.size(); i++) {
            DraftTask task = draft.tasks.get(i);
            if (scheduled.summary[i] || task.duration != 0) continue;
            boolean complete = task.percentComplete >= 100 || task.actualFinish != null;
            LocalDateTime date = TimeAxis.dateTime(scheduled.schedule.finish(i));
            milestones.add(new Milestone(draft.project, task.id, i + 1, task.name, date,
                    task.deadline == null ? null : task.deadline.toLocalDate(), complete ? 100 : task.percentComplete,
                    scheduled.schedule.isCritical(i), task.deadline != null && date.isAfter(task.deadline)));
        }
        return new Forecast(draft.project, draft.version, TimeAxis.dateTime(finish), number, name, baselineFinish,
                days, milestones);
    }
}
