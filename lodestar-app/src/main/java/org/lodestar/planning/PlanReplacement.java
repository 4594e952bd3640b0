package org.lodestar.planning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lodestar.engine.schedule.DependencyType;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.planning.internal.DraftLink;
import org.lodestar.planning.internal.DraftTask;
import org.lodestar.planning.internal.PlanDraft;

/**
 * Fills an emptied draft from a whole plan sent by a client: tasks in outline order named by client keys, then the
 * dependencies between keys. Problems name the offending element ({@code tasks[3].duration}) and its text.
 */
final class PlanReplacement {

    private final PlanEdits edits;
    private final PlanCommand command;
    private final Map<Long, DraftTask> stored;

    /** {@code stored}: the tasks of the plan replaced by id, which the new plan may keep by id. */
    PlanReplacement(PlanEdits edits, PlanCommand command, Map<Long, DraftTask> stored) {
        this.edits = edits;
        this.command = command;
        this.stored = stored;
    }

    void apply() {
        PlanDraft draft = edits.draft();
        List<PlanCommand.Task> tasks = command.tasks() == null ? List.of() : command.tasks();
        if (tasks.size() > PlanEdits.MAX_TASKS) throw DurationText.problem("tasks", "planning.validation.tooMany", PlanEdits.MAX_TASKS);
        Map<String, DraftTask> byKey = new HashMap<>();
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < tasks.size(); i++) {
            PlanCommand.Task given = tasks.get(i);
            String field = "tasks[" + i + "]";
            if (given == null) throw DurationText.problem(field, "validation.required");
            if (given.id() != null && (!stored.containsKey(given.id()) || !kept.add(given.id()))) {
                // an id from another plan, or given twice: keeping it would move or merge tasks
                throw DurationText.problem(field + ".id", "planning.validation.task", given.id().toString());
            }
            String key = given.key() != null && !given.key().isBlank() ? given.key().strip()
                    : given.id() != null ? given.id().toString() : Integer.toString(i + 1);
            if (byKey.containsKey(key)) throw DurationText.problem(field + ".key", "planning.validation.key", key);
            DraftTask parent = null;
            if (given.parentKey() != null && !given.parentKey().isBlank()) {
                parent = byKey.get(given.parentKey().strip());
                if (parent == null) throw DurationText.problem(field + ".parentKey", "planning.validation.parentKey", given.parentKey());
            }
            DraftTask task;
            try {
                // a parent must be the task above or one of its ancestors, so that each summary's subtasks follow it
                if (parent != null && !draft.tasks.isEmpty()) {
                    DraftTask above = draft.tasks.get(draft.tasks.size() - 1);
                    if (above != parent && !PlanDraft.descends(above, parent)) {
                        throw DurationText.problem(field + ".parentKey", "planning.validation.outline", given.parentKey());
                    }
                }
                task = edits.insert(null, given.name());
                // the stored task, changed in place: stored as an update, it keeps its baseline values and history
                task.id = given.id();
                // a kept task keeps its assignments: a whole plan carries none of its own
                if (given.id() != null) task.assignments.addAll(stored.get(given.id()).assignments);
                task.parent = parent;
                set(task, "duration", given.duration());
                set(task, "constraint", given.constraint());
                set(task, "deadline", given.deadline());
                set(task, "percentComplete", given.percentComplete());
                set(task, "actualStart", given.actualStart());
                set(task, "actualFinish", given.actualFinish());
                set(task, "resources", given.resources());
                set(task, "calendar", given.calendar());
                if (given.id() != null) task.notes = stored.get(given.id()).notes;
                set(task, "notes", given.notes());
                if (given.id() != null) task.splits = stored.get(given.id()).splits;
                set(task, "splits", given.splits());
                if (given.id() != null) task.fields.putAll(stored.get(given.id()).fields);
                if (given.fields() != null) edits.fields(task, given.fields());
                source(task, given);
            } catch (InvalidInputException invalid) {
                throw prefixed(invalid, field);
            }
            byKey.put(key, task);
        }
        List<PlanCommand.Dependency> dependencies = command.dependencies() == null ? List.of() : command.dependencies();
        for (int i = 0; i < dependencies.size(); i++) {
            PlanCommand.Dependency given = dependencies.get(i);
            String field = "dependencies[" + i + "]";
            if (given == null) throw DurationText.problem(field, "validation.required");
            DraftTask predecessor = byKey.get(given.predecessor() == null ? "" : given.predecessor().strip());
            if (predecessor == null) {
                throw DurationText.problem(field + ".predecessor", "planning.validation.unknownKey", String.valueOf(given.predecessor()));
            }
            DraftTask successor = byKey.get(given.successor() == null ? "" : given.successor().strip());
            if (successor == null) {
                throw DurationText.problem(field + ".successor", "planning.validation.unknownKey", String.valueOf(given.successor()));
            }
            if (predecessor == successor || PlanDraft.descends(successor, predecessor) || PlanDraft.descends(predecessor, successor)) {
                throw DurationText.problem(field + ".successor", "planning.validation.predecessor.outline", given.successor());
            }
            if (draft.links.stream().anyMatch(link -> link.predecessor == predecessor && link.successor == successor)) {
                throw DurationText.problem(field, "planning.validation.predecessor.duplicate", given.predecessor());
            }
            DraftLink link = new DraftLink(predecessor, successor, DependencyType.FS, 0, null, "d");
            try {
                LinkFields.fill(link, given.type(), given.lag(), edits.units());
            } catch (InvalidInputException invalid) {
                throw prefixed(invalid, field);
            }
            draft.links.add(link);
        }
    }

    /** The imported task's source: given, or as stored for a kept task that gives none. */
    private void source(DraftTask task, PlanCommand.Task given) {
        DraftTask was = given.id() == null ? null : stored.get(given.id());
        if (given.sourceUid() != null) {
            task.sourceUid = given.sourceUid();
            task.source = PlanEdits.text(given.source(), 255, "source");
        } else if (was != null) {
            task.sourceUid = was.sourceUid;
            task.source = was.source;
        }
    }

    private void set(DraftTask task, String field, String value) {
        if (value != null) edits.set(task, field, value);
    }

    private static InvalidInputException prefixed(
            InvalidInputException invalid, String prefix) {
        return new InvalidInputException(invalid.problems().stream()
                .map(problem -> new InvalidInputException.FieldProblem(
                        prefix + "." + problem.field(), problem.messageKey(), problem.arguments(), problem.message()))
                .toList());
    }
}
