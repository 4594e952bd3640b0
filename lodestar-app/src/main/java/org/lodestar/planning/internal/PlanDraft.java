package org.lodestar.planning.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.engine.schedule.LagCalendar;
import org.lodestar.engine.schedule.ProgressedActivities;
import org.lodestar.engine.schedule.ScheduleMode;

/**
 * A project's plan in memory, to be edited, scheduled and then stored: its settings, the tasks in outline order
 * (every summary before its children, each subtree contiguous) and the dependencies. {@code stored} is false for a
 * project that has no plan row yet.
 */
public final class PlanDraft {

    public final long project;
    public boolean stored;
    public long version;
    public long calendar;
    public LocalDateTime start;
    public LocalDateTime finish;
    public LocalDateTime statusDate;
    public Integer baselineShown;
    /** Whose rules schedule the plan, and P6's two options, used under P6's rules only. */
    public ScheduleMode rules = ScheduleMode.MICROSOFT_PROJECT;
    public ProgressedActivities progressedActivities = ProgressedActivities.RETAINED_LOGIC;
    public LagCalendar lagCalendar = LagCalendar.PREDECESSOR;
    public final List<DraftTask> tasks = new ArrayList<>();
    public final List<DraftLink> links = new ArrayList<>();

    public PlanDraft(long project) {
        this.project = project;
    }

    /** A deep copy, so that an edit can be compared with the plan it started from. */
    public PlanDraft copy() {
        PlanDraft copy = new PlanDraft(project);
        copy.stored = stored;
        copy.version = version;
        copy.calendar = calendar;
        copy.start = start;
        copy.finish = finish;
        copy.statusDate = statusDate;
        copy.baselineShown = baselineShown;
        copy.rules = rules;
        copy.progressedActivities = progressedActivities;
        copy.lagCalendar = lagCalendar;
        Map<DraftTask, DraftTask> copies = new IdentityHashMap<>();
        for (DraftTask task : tasks) {
            DraftTask twin = task.copy();
            twin.parent = task.parent == null ? null : copies.get(task.parent);
            copies.put(task, twin);
            copy.tasks.add(twin);
        }
        for (DraftLink link : links) {
            DraftLink twin = new DraftLink(copies.get(link.predecessor), copies.get(link.successor), link.type,
                    link.lag, link.lagUnit, link.lagFormat);
            twin.id = link.id;
            copy.links.add(twin);
        }
        return copy;
    }

    /** Whether the task has children: summaries take their dates from them. */
    public boolean isSummary(DraftTask task) {
        int index = tasks.indexOf(task);
        return index >= 0 && index + 1 < tasks.size() && tasks.get(index + 1).parent == task;
    }

    /** The task and its descendants, contiguous from its row. */
    public List<DraftTask> subtree(DraftTask task) {
        int from = tasks.indexOf(task);
        int to = from + 1;
        while (to < tasks.size() && descends(tasks.get(to), task)) to++;
        return tasks.subList(from, to);
    }

    public static boolean descends(DraftTask task, DraftTask ancestor) {
        for (DraftTask up = task.parent; up != null; up = up.parent) {
            if (up == ancestor) return true;
        }
        return false;
    }

    public int level(DraftTask task) {
        int level = 0;
        for (DraftTask up = task.parent; up != null; up = up.parent) level++;
        return level;
    }

    /** 1-based row of the task (Microsoft Project's ID). */
    public int row(DraftTask task) {
        return tasks.indexOf(task) + 1;
    }

    public DraftTask task(long id) {
        return tasks.stream().filter(task -> task.id != null && task.id == id).findFirst().orElse(null);
    }

    public List<DraftLink> predecessorsOf(DraftTask task) {
        return links.stream().filter(link -> link.successor == task).toList();
    }

    /** The plan's settings compared with another's (tasks and links aside). */
    public boolean sameSettings(PlanDraft other) {
        return calendar == other.calendar && java.util.Objects.equals(start, other.start)
                && java.util.Objects.equals(finish, other.finish)
                && java.util.Objects.equals(statusDate, other.statusDate)
                && java.util.Objects.equals(baselineShown, other.baselineShown) && rules == other.rules
                && progressedActivities == other.progressedActivities && lagCalendar == other.lagCalendar;
    }
}
