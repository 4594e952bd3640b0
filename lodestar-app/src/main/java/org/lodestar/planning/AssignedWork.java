package org.lodestar.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lodestar.engine.schedule.Plan;
import org.lodestar.engine.schedule.TimeAxis;
import org.lodestar.engine.schedule.WorkCalendar;
import org.lodestar.planning.internal.DraftAssignment;
import org.lodestar.planning.internal.DraftTask;
import org.lodestar.planning.internal.PlanDraft;
import org.lodestar.planning.internal.PlanStore;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.UnprocessableException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work that task assignments put on each resource, day by day, over all plans: what the capacity views count
 * beside allocations. Asks no rights (the capacity views and computed health, which check their own, read it).
 *
 * <p>The rule. An assignment's work is its task's duration × its units ({@link AssignmentWork}); what loads the
 * future is its <em>remaining</em> work, the work × (100 − percent complete) %, spread evenly over the working
 * minutes of the task's calendar from the later of today and the task's scheduled start to its scheduled finish
 * (an elapsed task's over every clock minute). So a task not yet started loads duration × units on its own dates, a
 * task half done loads the other half from today, and actuals are never counted twice. Summary tasks take no
 * assignments; milestones (no duration) and complete tasks (100 % or an actual finish) load nothing; a task whose
 * scheduled finish is past while it is unfinished loads nothing (its remaining work has no dates until the plan is
 * updated: the schedule, not this view, must move it).
 *
 * <p>Task dates are not stored: they are the engine's. The projects with assignments on unfinished tasks are found
 * in one query (in a portfolio or programme when given), and each of those plans is scheduled once; a plan the
 * engine refuses loads nothing.
 */
@Service
public class AssignedWork {

    /** The hours an assignment puts on its resource on one day. */
    public record Load(long resource, long project, long task, String taskName, LocalDate day, double hours) {
    }

    private final JdbcClient jdbc;
    private final PlanStore plans;
    private final Calendars calendars;
    private final Clock clock;

    AssignedWork(JdbcClient jdbc, PlanStore plans, Calendars calendars, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Each assignment's hours on each day from {@code from} to {@code to} (both included) that it loads. */
    @Transactional(readOnly = true)
    public List<Load> loads(LocalDate from, LocalDate to, Long portfolio, Long programme) {
        List<Long> projects = jdbc.sql("select distinct pa.project from plan_assignment pa"
                        + " join plan_task t on t.id = pa.task join project p on p.id = pa.project"
                        + " where t.percent_complete < 100 and t.actual_finish is null"
                        + " and (cast(:portfolio as bigint) is null or p.portfolio = :portfolio)"
                        + " and (cast(:programme as bigint) is null or p.programme = :programme)"
                        + " order by pa.project")
                .param("portfolio", portfolio).param("programme", programme).query(Long.class).list();
        List<Load> loads = new ArrayList<>();
        int today = TimeAxis.minute(LocalDate.now(clock));
        for (long project : projects) {
            PlanDraft draft = plans.load(project).orElse(null);
            if (draft == null) continue;
            ScheduledPlan scheduled;
            try {
                scheduled = ScheduledPlan.of(draft, calendars.engineCalendarAsDecided(draft.calendar),
                        calendars::engineCalendarAsDecided);
            } catch (InvalidInputException | UnprocessableException unschedulable) {
                continue;
            }
            for (int i = 0; i < draft.tasks.size(); i++) {
                DraftTask task = draft.tasks.get(i);
                if (task.assignments.isEmpty() || scheduled.summary[i] || task.duration == 0) continue;
                if (task.percentComplete >= 100 || task.actualFinish != null) continue;
                spread(scheduled.plan, i, task, Math.max(today, scheduled.schedule.start(i)),
                        scheduled.schedule.finish(i), from, to, draft.project, loads);
            }
        }
        return loads;
    }

    /** The task's remaining work over its window's days in the period, by assignment. */
    private static void spread(Plan plan, int i, DraftTask task, int windowStart, int windowFinish, LocalDate from,
                               LocalDate to, long project, List<Load> loads) {
        if (windowFinish <= windowStart) return;
        WorkCalendar calendar = plan.calendarOf(i);
        boolean elapsed = task.elapsed;
        long windowMinutes = elapsed ? windowFinish - windowStart
                : calendar.workingMinutesBetween(windowStart, windowFinish);
        if (windowMinutes <= 0) return;
        LocalDate first = TimeAxis.dateTime(windowStart).toLocalDate();
        LocalDate last = TimeAxis.dateTime(windowFinish).toLocalDate();
        if (first.isBefore(from)) first = from;
        if (last.isAfter(to)) last = to;
        double remaining = (100 - task.percentComplete) / 100.0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            int a = Math.max(windowStart, TimeAxis.minute(day));
            int b = Math.min(windowFinish, TimeAxis.minute(day.plusDays(1)));
            if (b <= a) continue;
            long minutes = elapsed ? b - a : calendar.workingMinutesBetween(a, b);
            if (minutes <= 0) continue;
            for (DraftAssignment assignment : task.assignments) {
                double work = AssignmentWork.minutes(task.duration, assignment.units) * remaining;
                double hours = work * minutes / windowMinutes / 60.0;
                loads.add(new Load(assignment.resource, project, task.id, task.name, day, hours));
            }
        }
    }
}
