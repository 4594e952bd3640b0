package org.lodestar.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestar.engine.schedule.TimeAxis;
import org.lodestar.platform.IdList;
import org.lodestar.platform.Stamp;
import org.lodestar.planning.internal.BaselineStore;
import org.lodestar.planning.internal.CalendarStore;
import org.lodestar.planning.internal.DraftTask;
import org.lodestar.planning.internal.PlanStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress of a project's plan as earned value reads it: each working task (not summaries) with its scheduled
 * dates, its dates in the first baseline (the lowest number saved), its actual dates and physical % complete, and
 * the plan's status date; the outline's top-level elements (WBS level 1), which finance takes as the project's
 * control accounts; and the working tasks' assignments (resource and units). Rights are the caller's to check
 * (finance asks for the project's money first).
 */
@Component
public class PlanProgress {

    private final PlanStore store;
    private final BaselineStore baselines;
    private final ProjectPlans plans;
    private final CalendarStore calendars;

    PlanProgress(PlanStore store, BaselineStore baselines, ProjectPlans plans, CalendarStore calendars) {
        this.store = store;
        this.baselines = baselines;
        this.plans = plans;
        this.calendars = calendars;
    }

    /** A working task or milestone; baseline dates are null when no baseline holds the task. */
    public record TaskProgress(long taskId, String name, boolean milestone, int durationMinutes, LocalDateTime start,
                               LocalDateTime finish, LocalDateTime baselineStart, LocalDateTime baselineFinish,
                               LocalDateTime actualStart, LocalDateTime actualFinish, int percentComplete) {
    }

    /**
     * A top-level element of the plan's outline (WBS level 1): its WBS number ("1", "2"...), name, whether it is a
     * summary, and every task under it at any depth, itself included, in outline order.
     */
    public record TopElement(long taskId, String wbs, String name, boolean summary, List<Long> tasks) {
    }

    /**
     * A plan's progress: its status date (null when not set), the baseline read (null: none saved), its working
     * tasks, its top-level elements in outline order, and the working tasks' assignments.
     */
    public record Progress(long project, LocalDate statusDate, Integer baseline, List<TaskProgress> tasks,
                           List<TopElement> topElements, List<Assigned> assignments) {

        public Progress(long project, LocalDate statusDate, Integer baseline, List<TaskProgress> tasks) {
            this(project, statusDate, baseline, tasks, List.of(), List.of());
        }
    }

    /** A pool resource assigned to a working task, at {@code units} percent of its time. */
    public record Assigned(long taskId, long resource, int units) {
    }

    /** The top-level elements of an outline (tasks in outline order, a parent before its children). */
    static List<TopElement> topElements(List<DraftTask> tasks, boolean[] summary) {
        Map<DraftTask, Integer> tops = new IdentityHashMap<>();
        List<Integer> heads = new ArrayList<>();
        List<List<Long>> members = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            DraftTask task = tasks.get(i);
            int top;
            if (task.parent == null) {
                top = heads.size();
                heads.add(i);
                members.add(new ArrayList<>());
            } else {
                top = tops.get(task.parent);
            }
            tops.put(task, top);
            members.get(top).add(task.id);
        }
        List<TopElement> elements = new ArrayList<>();
        for (int t = 0; t < heads.size(); t++) {
            DraftTask head = tasks.get(heads.get(t));
            elements.add(new TopElement(head.id, Integer.toString(t + 1), head.name, summary[heads.get(t)],
                    List.copyOf(members.get(t))));
        }
        return List.copyOf(elements);
    }

    /**
     * For each project, a stamp ({@link Stamp}) of everything its {@link #of progress} is computed from: the plan's
     * version, which every stored change to it raises (tasks, links, progress, status date, assignments, baselines),
     * and the versions of the calendars it may use (the organisation's and the project's own). Equal stamps mean an
     * equal progress; for results kept from it.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> stamps(Collection<Long> projects) {
        Map<Long, Long> versions = store.versions(IdList.of(projects));
        Stamp organisation = new Stamp();
        Map<Long, Stamp> own = new HashMap<>();
        for (CalendarStore.Version calendar : calendars.versions()) {
            Stamp stamp = calendar.project() == null ? organisation
                    : own.computeIfAbsent(calendar.project(), project -> new Stamp());
            stamp.add(calendar.id()).add(calendar.version());
        }
        Map<Long, Long> stamps = new HashMap<>();
        for (long project : projects) {
            Stamp stamp = new Stamp().add(versions.getOrDefault(project, 0L)).add(organisation);
            Stamp calendarsOwned = own.get(project);
            stamps.put(project, (calendarsOwned == null ? stamp : stamp.add(calendarsOwned)).value());
        }
        return stamps;
    }

    /** The plan's progress, or empty when the project has no plan with tasks or its plan cannot be scheduled. */
    @Transactional(readOnly = true)
    public Optional<Progress> of(long project) {
        return store.load(project).filter(draft -> !draft.tasks.isEmpty()).flatMap(draft -> {
            ScheduledPlan scheduled;
            try {
                scheduled = plans.schedule(draft);
            } catch (RuntimeException unschedulable) {
                return Optional.empty();
            }
            Integer baseline = baselines.list(project).stream().map(BaselineStore.Header::number)
                    .min(Comparator.naturalOrder()).orElse(null);
            Map<Long, BaselineStore.Values> saved = baseline == null ? Map.of() : baselines.values(project, baseline);
            List<TaskProgress> tasks = new ArrayList<>();
            List<Assigned> assigned = new ArrayList<>();
            for (int i = 0; i < draft.tasks.size(); i++) {
                if (scheduled.summary[i]) continue;
                DraftTask task = draft.tasks.get(i);
                task.assignments.forEach(a -> assigned.add(new Assigned(task.id, a.resource, a.units)));
                BaselineStore.Values base = saved.get(task.id);
                tasks.add(new TaskProgress(task.id, task.name, task.duration == 0 && !task.elapsed, task.duration,
                        TimeAxis.dateTime(scheduled.schedule.start(i)), TimeAxis.dateTime(scheduled.schedule.finish(i)),
                        base == null ? null : base.start(), base == null ? null : base.finish(), task.actualStart,
                        task.actualFinish, task.percentComplete));
            }
            LocalDate status = draft.statusDate == null ? null : draft.statusDate.toLocalDate();
            return Optional.of(new Progress(project, status, baseline, List.copyOf(tasks),
                    topElements(draft.tasks, scheduled.summary), List.copyOf(assigned)));
        });
    }
}
