package org.lodestar.planning.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A task of a plan being edited. {@code id} is null until it is stored; {@code parent} is the summary it sits in
 * (null at the top). Durations are minutes of working time on the task's calendar, or elapsed minutes.
 */
public final class DraftTask {

    public Long id;
    public DraftTask parent;
    public String name;
    public int duration;
    public String durationUnit = "d";
    public boolean elapsed;
    public Long calendar;
    public String constraintType = "AS_SOON_AS_POSSIBLE";
    public LocalDateTime constraintDate;
    public LocalDateTime deadline;
    public LocalDateTime actualStart;
    public LocalDateTime actualFinish;
    public int percentComplete;
    public String resources;
    /** Plain text, lines kept (null: none). */
    public String notes;
    /** The source tool's unique id of the task this one was imported from (null: made in Lodestar). */
    public Long sourceUid;
    /** The file or project {@link #sourceUid} belongs to. */
    public String source;
    /** Microsoft Project's "Leveling Delay": working minutes of the task's calendar, set by leveling (0: none). */
    public int levelingDelay;
    /** A split task's pauses, {@code after+length} in working minutes, comma-separated (null: not split). */
    public String splits;
    /** The task's values of custom fields on tasks, stored form by field key (sorted, so that equal maps read alike). */
    public final Map<String, String> fields = new TreeMap<>();
    /** The pool resources assigned to the task (stored apart from its columns, compared by the store). */
    public final List<DraftAssignment> assignments = new ArrayList<>();

    public DraftTask(String name, int duration) {
        this.name = name;
        this.duration = duration;
    }

    /** The same task with the same parent reference (rewired by {@link PlanDraft#copy()}). */
    DraftTask copy() {
        DraftTask copy = new DraftTask(name, duration);
        copy.id = id;
        copy.parent = parent;
        copy.durationUnit = durationUnit;
        copy.elapsed = elapsed;
        copy.calendar = calendar;
        copy.constraintType = constraintType;
        copy.constraintDate = constraintDate;
        copy.deadline = deadline;
        copy.actualStart = actualStart;
        copy.actualFinish = actualFinish;
        copy.percentComplete = percentComplete;
        copy.resources = resources;
        copy.notes = notes;
        copy.sourceUid = sourceUid;
        copy.source = source;
        copy.levelingDelay = levelingDelay;
        copy.splits = splits;
        copy.fields.putAll(fields);
        assignments.forEach(assignment -> copy.assignments.add(assignment.copy()));
        return copy;
    }

    /** The stored fields, as the audit trail shows them; the row and parent are given by the plan. */
    public Map<String, String> snapshot(int row, Integer parentRow) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("row", Integer.toString(row));
        fields.put("parent", parentRow == null ? null : parentRow.toString());
        fields.put("name", name);
        fields.put("duration", duration + (elapsed ? " elapsed" : "") + " min (" + durationUnit + ")");
        fields.put("calendar", calendar == null ? null : calendar.toString());
        fields.put("constraint", constraintType + (constraintDate == null ? "" : " " + constraintDate));
        fields.put("deadline", text(deadline));
        fields.put("actualStart", text(actualStart));
        fields.put("actualFinish", text(actualFinish));
        fields.put("percentComplete", Integer.toString(percentComplete));
        fields.put("resources", resources);
        // only on tasks with notes, so that the history of other tasks reads as before
        if (notes != null) fields.put("notes", notes);
        // only on imported tasks, so that the history of tasks made here reads as before
        if (sourceUid != null) fields.put("sourceUid", sourceUid.toString());
        if (source != null) fields.put("source", source);
        // only on leveled tasks, so that the history of other tasks reads as before
        if (levelingDelay != 0) fields.put("levelingDelay", levelingDelay + " min");
        // only on split tasks, so that the history of other tasks reads as before
        if (splits != null) fields.put("splits", splits + " min");
        this.fields.forEach((key, value) -> fields.put("custom." + key, value));
        return fields;
    }

    /** Whether the stored columns of the two differ (the parent compared by id, the position by the caller). */
    boolean sameColumns(DraftTask other) {
        return Objects.equals(name, other.name) && duration == other.duration
                && Objects.equals(durationUnit, other.durationUnit) && elapsed == other.elapsed
                && Objects.equals(calendar, other.calendar) && Objects.equals(constraintType, other.constraintType)
                && Objects.equals(constraintDate, other.constraintDate) && Objects.equals(deadline, other.deadline)
                && Objects.equals(actualStart, other.actualStart) && Objects.equals(actualFinish, other.actualFinish)
                && percentComplete == other.percentComplete && Objects.equals(resources, other.resources)
                && Objects.equals(notes, other.notes)
                && Objects.equals(sourceUid, other.sourceUid) && Objects.equals(source, other.source)
                && levelingDelay == other.levelingDelay && Objects.equals(splits, other.splits)
                && fields.equals(other.fields)
                && Objects.equals(parentId(), other.parentId());
    }

    Long parentId() {
        return parent == null ? null : parent.id;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
