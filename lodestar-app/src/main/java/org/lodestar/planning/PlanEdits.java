package org.lodestar.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lodestar.engine.schedule.ConstraintType;
import org.lodestar.engine.schedule.WorkCalendar;
import org.lodestar.platform.NotFoundException;
import org.lodestar.planning.internal.DraftLink;
import org.lodestar.planning.internal.DraftTask;
import org.lodestar.planning.internal.PlanDraft;

/**
 * The edits a plan allows, applied to a draft in memory: a change of one field as typed in the plan's grid, and
 * the outline operations (insert, delete, indent, outdent, move). Bad text is refused with a problem naming the
 * field and the text; the draft is then thrown away, so a refused edit changes nothing.
 */
final class PlanEdits {

    /** Fields a task's grid cell edits. */
    static final Set<String> FIELDS = Set.of("name", "duration", "start", "finish", "predecessors", "percentComplete",
            "resources", "deadline", "constraint", "actualStart", "actualFinish", "calendar");
    static final int MAX_TASKS = 20_000;

    private final PlanDraft draft;
    private final TimeUnits units;
    private final WorkCalendar calendar;
    private final CalendarCheck calendars;
    private final FieldCheck fieldCheck;

    /** Whether the plan may use a calendar: an organisation one or the project's own. */
    interface CalendarCheck {
        boolean usable(long calendarId);
    }

    /**
     * Checks values of custom fields on tasks by key and gives them in their stored form, a blank one as null;
     * refuses unknown keys and bad values with problems naming {@code fields[key]}.
     */
    interface FieldCheck {
        Map<String, String> check(Map<String, String> values);
    }

    PlanEdits(PlanDraft draft, TimeUnits units, WorkCalendar calendar, CalendarCheck calendars,
              FieldCheck fieldCheck) {
        this.fieldCheck = fieldCheck;
        this.draft = draft;
        this.units = units;
        this.calendar = calendar;
        this.calendars = calendars;
    }

    PlanDraft draft() {
        return draft;
    }

    TimeUnits units() {
        return units;
    }

    DraftTask task(long id) {
        DraftTask task = draft.task(id);
        if (task == null) throw new NotFoundException("task " + id);
        return task;
    }

    /**
     * Inserts a task below a row (at the end without one). Below a summary it becomes the summary's first
     * subtask; otherwise a sibling of the row.
     */
    DraftTask insert(DraftTask after, String name) {
        if (draft.tasks.size() >= MAX_TASKS) throw DurationText.problem("name", "planning.validation.tooMany", MAX_TASKS);
        DraftTask task = new DraftTask(checkedName(name), units.minutesPerDay());
        if (after == null) {
            draft.tasks.add(task);
            return task;
        }
        int at = draft.tasks.indexOf(after) + 1;
        DraftTask next = at < draft.tasks.size() ? draft.tasks.get(at) : null;
        task.parent = next != null && next.parent == after ? after : after.parent;
        draft.tasks.add(at, task);
        return task;
    }

    /** Adds a task as the last subtask of {@code parent} (at the end of the plan without one). */
    DraftTask append(DraftTask parent, String name) {
        if (parent == null) return insert(null, name);
        List<DraftTask> subtree = draft.subtree(parent);
        DraftTask task = new DraftTask(checkedName(name), units.minutesPerDay());
        task.parent = parent;
        draft.tasks.add(draft.tasks.indexOf(subtree.get(subtree.size() - 1)) + 1, task);
        return task;
    }

    /** Deletes the task with its subtasks and every dependency on them. */
    void delete(DraftTask task) {
        List<DraftTask> gone = new ArrayList<>(draft.subtree(task));
        draft.tasks.removeAll(gone);
        draft.links.removeIf(link -> gone.contains(link.predecessor) || gone.contains(link.successor));
    }

    /** Makes the task the last subtask of the sibling above it; nothing happens without one. */
    void indent(DraftTask task) {
        DraftTask above = previousSibling(task);
        if (above == null) return;
        task.parent = above;
        dropLinksBetween(above, task);
    }

    /** Makes the task a sibling of its summary; the siblings below it become its subtasks (as in MS Project). */
    void outdent(DraftTask task) {
        DraftTask parent = task.parent;
        if (parent == null) return;
        int at = draft.tasks.indexOf(task);
        for (DraftTask other : draft.tasks.subList(at + 1, draft.tasks.size())) {
            if (other.parent == parent) {
                other.parent = task;
                dropLinksBetween(task, other);
            }
        }
        task.parent = parent.parent;
    }

    /** Swaps the task (with its subtasks) with the sibling above it (with its subtasks). */
    void moveUp(DraftTask task) {
        DraftTask above = previousSibling(task);
        if (above != null) swap(above, task);
    }

    void moveDown(DraftTask task) {
        List<DraftTask> subtree = draft.subtree(task);
        int next = draft.tasks.indexOf(subtree.get(subtree.size() - 1)) + 1;
        if (next < draft.tasks.size() && draft.tasks.get(next).parent == task.parent) swap(task, draft.tasks.get(next));
    }

    private void swap(DraftTask first, DraftTask second) {
        List<DraftTask> upper = new ArrayList<>(draft.subtree(first));
        List<DraftTask> lower = new ArrayList<>(draft.subtree(second));
        int at = draft.tasks.indexOf(first);
        draft.tasks.removeAll(upper);
        draft.tasks.removeAll(lower);
        draft.tasks.addAll(at, upper);
        draft.tasks.addAll(at, lower);
    }

    private DraftTask previousSibling(DraftTask task) {
        for (int i = draft.tasks.indexOf(task) - 1; i >= 0; i--) {
            DraftTask other = draft.tasks.get(i);
            if (other.parent == task.parent) return other;
            if (other == task.parent) return null;
        }
        return null;
    }

    /** A summary linked to its own subtask would wait for itself: such links go when the outline makes them. */
    private void dropLinksBetween(DraftTask summary, DraftTask task) {
        draft.links.removeIf(link -> (link.predecessor == summary && PlanDraft.descends(link.successor, summary))
                || (link.successor == summary && PlanDraft.descends(link.predecessor, summary))
                || (link.predecessor == summary && link.successor == task)
                || (link.successor == summary && link.predecessor == task));
    }

    /** Sets one field of a task from text as typed in the grid. */
    void set(DraftTask task, String field, String value) {
        switch (field) {
            case "name" -> task.name = checkedName(value);
            case "duration" -> duration(task, value);
            case "start" -> startOrFinish(task, value, ConstraintType.START_NO_EARLIER_THAN, "start");
            case "finish" -> startOrFinish(task, value, ConstraintType.FINISH_NO_EARLIER_THAN, "finish");
            case "predecessors" -> predecessors(task, value);
            case "percentComplete" -> percent(task, value);
            case "resources" -> task.resources = text(value, 400, "resources");
            case "notes" -> task.notes = notes(value);
            case "splits" -> splits(task, value);
            case "deadline" -> task.deadline = finishOfDay(value, "deadline");
            case "constraint" -> constraint(task, value);
            case "actualStart" -> task.actualStart = PlanTimes.parse(value, "actualStart");
            case "actualFinish" -> task.actualFinish = finishOfDay(value, "actualFinish");
            case "calendar" -> calendar(task, value);
            default -> throw DurationText.problem("field", "planning.validation.field", String.valueOf(field));
        }
    }

    /** A split task's pauses: a task of working time only (neither a summary, a milestone nor elapsed). */
    private void splits(DraftTask task, String value) {
        boolean splittable = !draft.isSummary(task) && !task.elapsed && task.duration > 0;
        if (!splittable && value != null && !value.isBlank()) {
            throw DurationText.problem("splits", "planning.validation.splits.task", task.name);
        }
        task.splits = TaskSplits.parse(value, task.duration, units());
    }

    /** Sets the task's values of the custom fields {@code given} names: a blank value removes one. */
    void fields(DraftTask task, Map<String, String> given) {
        fieldCheck.check(given).forEach((key, value) -> {
            if (value == null) task.fields.remove(key);
            else task.fields.put(key, value);
        });
    }

    private void duration(DraftTask task, String value) {
        if (draft.isSummary(task)) throw DurationText.problem("duration", "planning.validation.summaryDuration", value);
        DurationText.Duration duration = DurationText.parse(value, units, "duration");
        task.duration = duration.minutes();
        task.elapsed = duration.elapsed();
        task.durationUnit = duration.unit();
    }

    /** A start or finish typed in the grid pins the task: "start/finish no earlier than"; blank unpins it. */
    private void startOrFinish(DraftTask task, String value, ConstraintType type, String field) {
        if (value == null || value.isBlank()) {
            task.constraintType = ConstraintType.AS_SOON_AS_POSSIBLE.name();
            task.constraintDate = null;
            return;
        }
        task.constraintType = type.name();
        task.constraintDate = type == ConstraintType.FINISH_NO_EARLIER_THAN ? finishOfDay(value, field)
                : startOfDay(value, field);
    }

    /** {@code SNET 2026-01-12}, {@code MFO 2026-03-31T12:00}, {@code ALAP}; blank or ASAP for none. */
    private void constraint(DraftTask task, String value) {
        String typed = value == null ? "" : value.strip();
        if (typed.isEmpty()) {
            task.constraintType = ConstraintType.AS_SOON_AS_POSSIBLE.name();
            task.constraintDate = null;
            return;
        }
        String[] parts = typed.split("\\s+", 2);
        ConstraintType type = PlanTimes.constraintType(parts[0]);
        if (type == null) throw DurationText.problem("constraint", "planning.validation.constraint", value);
        boolean dated = type != ConstraintType.AS_SOON_AS_POSSIBLE && type != ConstraintType.AS_LATE_AS_POSSIBLE;
        if (dated != (parts.length == 2)) throw DurationText.problem("constraint", "planning.validation.constraint", value);
        boolean finish = type.name().startsWith("FINISH") || type == ConstraintType.MUST_FINISH_ON;
        task.constraintType = type.name();
        task.constraintDate = !dated ? null : finish ? finishOfDay(parts[1], "constraint") : startOfDay(parts[1], "constraint");
    }

    private void predecessors(DraftTask task, String value) {
        List<PredecessorText.Entry> entries = PredecessorText.parse(value, units);
        List<DraftLink> links = new ArrayList<>();
        Set<DraftTask> seen = new HashSet<>();
        List<DraftLink> existing = draft.predecessorsOf(task);
        for (PredecessorText.Entry entry : entries) {
            if (entry.row() < 1 || entry.row() > draft.tasks.size()) {
                throw DurationText.problem("predecessors", "planning.validation.predecessor.unknown", entry.row(),
                        entry.text());
            }
            DraftTask predecessor = draft.tasks.get(entry.row() - 1);
            if (predecessor == task) throw DurationText.problem("predecessors", "planning.validation.predecessor.self", entry.text());
            if (!seen.add(predecessor)) {
                throw DurationText.problem("predecessors", "planning.validation.predecessor.duplicate", entry.text());
            }
            if (PlanDraft.descends(task, predecessor) || PlanDraft.descends(predecessor, task)) {
                throw DurationText.problem("predecessors", "planning.validation.predecessor.outline", entry.text());
            }
            // an unchanged link keeps its id, so its history continues
            DraftLink link = existing.stream().filter(old -> old.predecessor == predecessor).findFirst()
                    .orElseGet(() -> new DraftLink(predecessor, task, entry.type(), 0, null, "d"));
            link.type = entry.type();
            link.lag = entry.lag().value();
            link.lagUnit = entry.lag().unit();
            link.lagFormat = entry.lag().format();
            links.add(link);
        }
        draft.links.removeAll(existing);
        draft.links.addAll(links);
    }

    private void percent(DraftTask task, String value) {
        String typed = value == null ? "" : value.strip().replace("%", "").strip().replace(',', '.');
        double percent;
        try {
            percent = typed.isEmpty() ? 0 : Double.parseDouble(typed);
        } catch (NumberFormatException notANumber) {
            throw DurationText.problem("percentComplete", "planning.validation.percent", value);
        }
        if (!(percent >= 0 && percent <= 100)) {
            throw DurationText.problem("percentComplete", "planning.validation.percent", value);
        }
        if (draft.isSummary(task)) throw DurationText.problem("percentComplete", "planning.validation.summaryProgress", value);
        task.percentComplete = (int) Math.round(percent);
    }

    private void calendar(DraftTask task, String value) {
        if (value == null || value.isBlank()) {
            task.calendar = null;
            return;
        }
        long id;
        try {
            id = Long.parseLong(value.strip());
        } catch (NumberFormatException notAnId) {
            throw DurationText.problem("calendar", "planning.validation.calendar", value);
        }
        if (!calendars.usable(id)) throw DurationText.problem("calendar", "planning.validation.calendar", value);
        task.calendar = id;
    }

    /** A task's name: required, one line, at most 255 characters. */
    static String checkedName(String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) throw DurationText.problem("name", "validation.required");
        if (name.length() > 255 || name.chars().anyMatch(c -> c < 0x20)) {
            throw DurationText.problem("name", "planning.validation.name");
        }
        return name;
    }

    /**
     * A task's notes: plain text whose lines are kept (line ends made {@code \n}, tabs allowed), trailing blanks
     * cut; blank is none. Longer than {@link TaskCommand#MAX_NOTES} or holding other control characters is 400 naming
     * {@code notes}.
     */
    static String notes(String value) {
        String notes = value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
        if (notes.length() > TaskCommand.MAX_NOTES || notes.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0x7f)) {
            throw DurationText.problem("notes", "planning.validation.notes", TaskCommand.MAX_NOTES);
        }
        return notes.isBlank() ? null : notes;
    }

    static String text(String value, int length, String field) {
        String text = value == null ? "" : value.strip();
        if (text.length() > length || text.chars().anyMatch(c -> c < 0x20)) {
            throw DurationText.problem(field, "planning.validation.text", length);
        }
        return text.isEmpty() ? null : text;
    }

    /** A date typed alone means the start of that day's working time. */
    LocalDateTime startOfDay(String value, String field) {
        LocalDateTime time = PlanTimes.parse(value, field);
        if (time == null || !PlanTimes.dateOnly(value)) return time;
        List<WorkCalendar.WorkingTime> hours = calendar.workingTimes(time.toLocalDate());
        return hours.isEmpty() ? time.toLocalDate().atTime(8, 0) : time.toLocalDate().atTime(hours.get(0).from());
    }

    /** A date typed alone means the end of that day's working time. */
    LocalDateTime finishOfDay(String value, String field) {
        LocalDateTime time = PlanTimes.parse(value, field);
        if (time == null || !PlanTimes.dateOnly(value)) return time;
        LocalDate day = time.toLocalDate();
        List<WorkCalendar.WorkingTime> hours = calendar.workingTimes(day);
        if (hours.isEmpty()) return day.atTime(17, 0);
        LocalTime end = hours.get(hours.size() - 1).to();
        return end.equals(LocalTime.MIDNIGHT) ? day.plusDays(1).atStartOfDay() : day.atTime(end);
    }

    /** Field names as typed by API clients, in any case. */
    static String field(String name) {
        if (name == null) return "";
        for (String field : FIELDS) if (field.equalsIgnoreCase(name.strip())) return field;
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
