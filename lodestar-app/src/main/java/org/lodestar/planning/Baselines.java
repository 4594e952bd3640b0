package org.lodestar.planning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lodestar.engine.schedule.BaselineVariance;
import org.lodestar.engine.schedule.Schedule;
import org.lodestar.engine.schedule.TimeAxis;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.UnprocessableException;
import org.lodestar.planning.internal.BaselineStore;
import org.lodestar.planning.internal.DraftTask;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Baselines of projects' plans: up to eleven (numbers 0 to 10), each the scheduled start, finish and duration of
 * every task when it was saved, and the variance of the current schedule against any of them. Readers of the
 * plan read them; its editors save and delete them.
 */
@Service
public class Baselines {

    static final String AUDIT_TYPE = "baseline";

    private final ProjectPlans plans;
    private final BaselineStore store;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    Baselines(ProjectPlans plans, BaselineStore store, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        this.store = store;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<BaselineView> list(ProjectId id) {
        plans.project(id);
        return store.list(id.value()).stream().map(Baselines::view).toList();
    }

    /** A baseline saved by another tool (a project file): its number (0 to 10), name, and per task id the values. */
    public record Adopted(int number, String name, Map<Long, TaskValues> tasks) {
    }

    /** A task's values in a baseline; {@code duration} in working minutes. */
    public record TaskValues(LocalDateTime start, LocalDateTime finish, int duration) {
    }

    /** Every baseline of the plan: by number, its values by task id (readers of the plan may read them). */
    @Transactional(readOnly = true)
    public Map<Integer, Map<Long, TaskValues>> values(ProjectId id) {
        plans.project(id);
        Map<Integer, Map<Long, TaskValues>> all = new LinkedHashMap<>();
        for (BaselineStore.Header header : store.list(id.value())) {
            Map<Long, TaskValues> tasks = new LinkedHashMap<>();
            store.values(id.value(), header.number()).forEach((task, saved) ->
                    tasks.put(task, new TaskValues(saved.start(), saved.finish(), saved.duration())));
            all.put(header.number(), tasks);
        }
        return all;
    }

    /**
     * Stores baselines another tool saved (a project file's) under their own numbers, each audited as a baseline
     * saved. A number the plan has a baseline under already keeps it: an import never replaces a baseline (delete
     * it first to take the file's). Values of tasks the plan does not have are left out. Returns the numbers stored.
     */
    @Transactional
    public List<Integer> adopt(ProjectId id, List<Adopted> baselines) {
        ProjectView project = plans.access().editable(id);
        Set<Long> tasks = new HashSet<>();
        plans.current(id).draft.tasks.forEach(task -> tasks.add(task.id));
        Set<Integer> taken = new HashSet<>();
        store.list(id.value()).forEach(header -> taken.add(header.number()));
        List<Integer> stored = new ArrayList<>();
        for (Adopted baseline : baselines) {
            int number = baseline.number();
            if (number < 0 || number > 10) {
                throw DurationText.problem("number", "planning.validation.baseline", Integer.toString(number));
            }
            if (taken.contains(number)) continue;
            Map<Long, BaselineStore.Values> values = new LinkedHashMap<>();
            baseline.tasks().forEach((task, saved) -> {
                if (tasks.contains(task)) {
                    values.put(task, new BaselineStore.Values(saved.start(), saved.finish(), saved.duration()));
                }
            });
            if (values.isEmpty()) continue;
            String label = PlanEdits.text(baseline.name(), 120, "name");
            BaselineStore.Header saved = store.save(id.value(), number, label, savedAt(), currentUser.auditName(), values);
            audit.created(AUDIT_TYPE, id.value(), project.code() + " " + label, snapshot(saved));
            stored.add(number);
        }
        if (!stored.isEmpty()) plans.touch(id);
        return stored;
    }

    /** Saves the current schedule as baseline {@code number}, replacing what was saved under it before. */
    @Transactional
    public BaselineView save(ProjectId id, int number, String name) {
        ProjectView project = plans.access().editable(id);
        if (number < 0 || number > 10) throw DurationText.problem("number", "planning.validation.baseline", Integer.toString(number));
        String label = name == null || name.isBlank() ? "Baseline " + number : PlanEdits.text(name, 120, "name");
        ScheduledPlan current = plans.current(id);
        if (!current.draft.stored) throw DurationText.problem("number", "planning.validation.emptyPlan");
        Map<Long, BaselineStore.Values> values = new LinkedHashMap<>();
        for (int i = 0; i < current.draft.tasks.size(); i++) {
            values.put(current.draft.tasks.get(i).id, new BaselineStore.Values(
                    TimeAxis.dateTime(current.schedule.start(i)), TimeAxis.dateTime(current.schedule.finish(i)),
                    current.schedule.duration(i)));
        }
        boolean replaced = store.find(id.value(), number).isPresent();
        Map<String, String> before = replaced ? snapshot(store.find(id.value(), number).get()) : Map.of();
        BaselineStore.Header saved = store.save(id.value(), number, label, savedAt(), currentUser.auditName(), values);
        long auditId = id.value();
        if (replaced) audit.updated(AUDIT_TYPE, auditId, project.code() + " " + label, before, snapshot(saved));
        else audit.created(AUDIT_TYPE, auditId, project.code() + " " + label, snapshot(saved));
        plans.touch(id);
        return view(saved);
    }

    /**
     * Saves the current schedule as a new baseline under the lowest number not yet used (for another module's act,
     * such as an implemented change request, that re-baselines the plan), audited like {@link #save}. A plan without
     * tasks, or one whose eleven baselines are all taken, cannot be re-baselined (422).
     */
    @Transactional
    public BaselineView saveNext(ProjectId id, String name) {
        ProjectView project = plans.access().editable(id);
        Set<Integer> used = new HashSet<>();
        store.list(id.value()).forEach(header -> used.add(header.number()));
        int number = 0;
        while (used.contains(number)) number++;
        if (number > 10) {
            throw new UnprocessableException("planning.baseline.full", new Object[] {project.code()},
                    Map.of("project", project.code()), "every baseline number of " + project.code() + " is taken");
        }
        if (!plans.current(id).draft.stored) {
            throw new UnprocessableException("planning.baseline.noPlan", new Object[] {project.code()},
                    Map.of("project", project.code()), project.code() + " has no plan to baseline");
        }
        return save(id, number, name);
    }

    @Transactional
    public void delete(ProjectId id, int number) {
        ProjectView project = plans.access().editable(id);
        BaselineStore.Header header = store.find(id.value(), number)
                .orElseThrow(() -> new NotFoundException("baseline " + number + " of " + project.code()));
        store.delete(id.value(), number);
        audit.deleted(AUDIT_TYPE, id.value(), project.code() + " " + header.name(), snapshot(header));
        plans.touch(id);
    }

    /** The current schedule against baseline {@code number}. */
    @Transactional(readOnly = true)
    public VarianceView variance(ProjectId id, int number) {
        ProjectView project = plans.project(id);
        BaselineStore.Header header = store.find(id.value(), number)
                .orElseThrow(() -> new NotFoundException("baseline " + number + " of " + project.code()));
        ScheduledPlan current = plans.current(id);
        Map<Long, BaselineStore.Values> saved = store.values(id.value(), number);
        int size = current.draft.tasks.size();
        int[] starts = new int[size];
        int[] finishes = new int[size];
        int[] durations = new int[size];
        for (int i = 0; i < size; i++) {
            BaselineStore.Values values = saved.get(current.draft.tasks.get(i).id);
            starts[i] = values == null ? TimeAxis.NONE : TimeAxis.minute(values.start());
            finishes[i] = values == null ? TimeAxis.NONE : TimeAxis.minute(values.finish());
            durations[i] = values == null ? TimeAxis.NONE : values.duration();
        }
        Schedule schedule = current.schedule;
        BaselineVariance variance = BaselineVariance.compare(schedule, starts, finishes, durations);
        TimeUnits units = plans.units(current.draft);
        // rows from the same load as the schedule compared: a second load could see a plan changed meanwhile
        PlanView view = plans.view(project, current);
        List<VarianceView.Row> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            DraftTask task = current.draft.tasks.get(i);
            PlanView.Task shown = view.tasks().get(i);
            boolean known = starts[i] != TimeAxis.NONE;
            int finishVariance = known ? variance.finishVariance(i) : 0;
            rows.add(new VarianceView.Row(task.id, i + 1, shown.wbs(), shown.level(), task.name, shown.summary(),
                    shown.milestone(), shown.start(), shown.finish(), shown.duration(),
                    known ? PlanTimes.text(starts[i]) : null, known ? PlanTimes.text(finishes[i]) : null,
                    known ? days(durations[i], units) : null,
                    known ? days(variance.startVariance(i), units) : null,
                    known ? days(finishVariance, units) : null,
                    known ? days(variance.durationVariance(i), units) : null,
                    known && finishVariance > 0));
        }
        return new VarianceView(project.id(), project.code(), project.name(), view(header), rows);
    }

    /** Now, to the microsecond the databases keep: the answer to a save shows what a later read shows. */
    private Instant savedAt() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static String days(int minutes, TimeUnits units) {
        return minutes == TimeAxis.NONE ? null : DurationText.format(minutes, false, "d", units);
    }

    private static BaselineView view(BaselineStore.Header header) {
        return new BaselineView(header.number(), header.name(), header.savedAt(), header.savedBy());
    }

    private static Map<String, String> snapshot(BaselineStore.Header header) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", Integer.toString(header.number()));
        fields.put("name", header.name());
        fields.put("savedAt", header.savedAt().toString());
        return fields;
    }
}
