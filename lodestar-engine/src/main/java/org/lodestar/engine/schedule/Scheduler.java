package org.lodestar.engine.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The critical-path method over a {@link Plan}: one topological order, a forward pass for early dates, a backward
 * pass for late dates, then floats, roll-ups and warnings.
 *
 * <p>The passes run in working time, not in dates: every date is held as a <em>key</em>, twice the working minutes
 * done on the task's calendar up to it, plus one when the date is the start of the next working minute (08:00)
 * rather than the end of the last one (17:00). Keys order like the dates they stand for, a working-time lag is an
 * integer addition, and a task's finish is its start plus its duration, so the passes over a million tasks are
 * array arithmetic; dates are converted once per task at the end. Only links between tasks on different calendars,
 * elapsed lags and elapsed durations go through dates.
 *
 * <p>Summary tasks take part as two nodes: an entry node, before their children, that passes the summary's own
 * dependencies and constraints down to every child, and the summary itself, after its children, whose dates are
 * theirs rolled up and which its successors follow. A dependency on a summary therefore constrains all its work
 * (as in Microsoft Project), and a dependency from a summary waits for all of it.
 *
 * <p>Conventions, shared with Microsoft Project: a start is the moment work begins (08:00), a finish the moment it
 * ends (17:00); working-time lags count on the successor's calendar; floats are working minutes on the task's
 * calendar; milestones sit at their predecessor's finish.
 */
public final class Scheduler {

    private static final int NO_UPPER = Integer.MAX_VALUE;
    private static final int NO_LOWER = Integer.MIN_VALUE;
    private static final int FS = 0;
    private static final int SS = 1;
    private static final int FF = 2;
    private static final int SF = 3;
    private static final int ES = 0;
    private static final int EF = 1;
    private static final int LS = 2;
    private static final int LF = 3;
    private static final int WORKING = 0;
    private static final int ELAPSED = 1;

    private final Plan plan;
    private final int n;
    private final WorkCalendar[] calendars;
    private final boolean oneCalendar;

    // The plan's network (see Plan): a summary with children is a "group".
    private final int[] childStart;
    private final int[] children;
    private final int[] inStart;
    private final int[] inTask;
    private final int[] inLag;
    private final byte[] inKind;
    private final int[] outStart;
    private final int[] outTask;
    private final int[] outLag;
    private final byte[] outKind;

    // Keys (see the class comment) on each task's calendar.
    /** Early start, early finish, late start and late finish of task t at 4t to 4t + 3: one cache line per task. */
    private final int[] dates;
    private final int[] duration;
    /** Bounds a group passes to its children: early start and finish in the forward pass, late in the backward. */
    private final int[] startBound;
    private final int[] finishBound;
    /** Free float of leaf tasks, found while the backward pass walks their successors. */
    private final int[] walkedFreeFloat;
    /** Exact dates of elapsed tasks, which may start or end outside working time; null without such tasks. */
    private final int[][] elapsedDates;
    private final int[] floorKey;
    private final int[] finishKey;
    private final List<Schedule.Warning> warnings = new ArrayList<>();
    private int projectStart;
    private int projectFinish;

    private Scheduler(Plan plan) {
        this.plan = plan;
        this.n = plan.size;
        this.calendars = plan.calendars;
        this.oneCalendar = calendars.length == 1;

        childStart = plan.childStart;
        children = plan.children;
        inStart = plan.inStart;
        inTask = plan.inTask;
        inLag = plan.inLag;
        inKind = plan.inKind;
        outStart = plan.outStart;
        outTask = plan.outTask;
        outLag = plan.outLag;
        outKind = plan.outKind;

        dates = new int[4 * n];
        duration = Arrays.copyOf(plan.duration, n);
        if (plan.pauses != null) {
            for (int t = 0; t < n; t++) {
                duration[t] += plan.pausedMinutes(t); // the passes move a split task's span: work and pauses
            }
        }
        if (plan.hasPassive) {
            for (int t = 0; t < n; t++) {
                if (plan.isPassive(t)) duration[t] = 0; // a point at the floor until the others are scheduled
            }
        }
        startBound = new int[n];
        finishBound = new int[n];
        walkedFreeFloat = new int[n];
        boolean anyElapsed = false;
        for (int t = 0; t < n && !anyElapsed; t++) {
            anyElapsed = plan.isElapsed(t);
        }
        elapsedDates = anyElapsed ? new int[4][n] : null;
        floorKey = new int[calendars.length];
        finishKey = new int[calendars.length];
    }

    /**
     * Schedules the plan.
     *
     * @throws CyclicDependencyException when dependencies (or dependencies and the outline) form a cycle; then
     *                                   nothing is scheduled
     */
    public static Schedule schedule(Plan plan) {
        return new Scheduler(plan).run();
    }

    private Schedule run() {
        int[] order = topologicalOrder();
        if (plan.isBackward()) {
            projectFinish = plan.finish;
            backward(order);
            projectStart = projectFinish;
            for (int t = 0; t < n; t++) {
                projectStart = Math.min(projectStart, lateDate(t, true));
            }
            forward(order);
            backward(order); // again, now that started and completed tasks have their early dates
        } else {
            projectStart = plan.start;
            forward(order);
            int latestKey = NO_LOWER;
            projectFinish = projectStart;
            for (int t = 0; t < n; t++) {
                if (oneCalendar && !hasExactDates(t)) {
                    latestKey = Math.max(latestKey, dates[4 * t + EF]);
                } else {
                    projectFinish = Math.max(projectFinish, earlyDate(t, false));
                }
            }
            if (latestKey != NO_LOWER) {
                projectFinish = Math.max(projectFinish, date(calendars[0], latestKey));
            }
            backward(order);
        }
        if (plan.hasPassive) {
            schedulePassive(order);
        }
        return finish(order);
    }

    // ---- Level of effort and WBS summary (P6) ------------------------------------------------------------------

    /**
     * Dates of the activities that drive nothing, from the others' final dates: first levels of effort, then WBS
     * summaries (which span them too), then the summaries above them again.
     */
    private void schedulePassive(int[] order) {
        for (int t = 0; t < n; t++) {
            if (plan.isLevelOfEffort(t)) levelOfEffort(t);
        }
        for (int t = 0; t < n; t++) {
            if (plan.isWbsSummary(t)) wbsSummary(t);
        }
        for (int v : order) {
            if (v < n && isGroup(v)) rollUpEarly(v);
        }
        for (int i = order.length - 1; i >= 0; i--) {
            if (order[i] >= n) rollUpLate(order[i] - n);
        }
    }

    /**
     * A level of effort starts at the earliest start its links give (a predecessor's SS or FS, a successor's SS or
     * SF) and finishes at the latest finish they give (a predecessor's FF or SF, a successor's FS or FF), as P6 does;
     * with no start link at the floor (project start, data date), with no finish link where it starts.
     */
    private void levelOfEffort(int t) {
        int start = NO_UPPER;
        int finish = NO_LOWER;
        int lateFinish = NO_LOWER;
        for (int l = 0; l < plan.links; l++) {
            int type = plan.linkType[l];
            int kind = type | plan.linkLagUnit[l] << 2;
            int lag = plan.linkLag[l];
            if (plan.linkSuccessor[l] == t && !plan.isPassive(plan.linkPredecessor[l])) {
                int bound = forwardBound(plan.linkPredecessor[l], t, kind, lag);
                if (type == SS || type == FS) start = Math.min(start, bound);
                else finish = Math.max(finish, bound);
            } else if (plan.linkPredecessor[l] == t && !plan.isPassive(plan.linkSuccessor[l])) {
                int successor = plan.linkSuccessor[l];
                if (type == SS || type == SF) {
                    start = Math.min(start, backwardBound(successor, t, kind, lag, true));
                } else {
                    finish = Math.max(finish, backwardBound(successor, t, kind, lag, true));
                    lateFinish = Math.max(lateFinish, backwardBound(successor, t, kind, lag, false));
                }
            }
        }
        int floor = floorKey[calendarIndex(t)];
        start = (start == NO_UPPER ? floor : Math.max(start, floor)) | 1;
        finish = finish == NO_LOWER || finish <= start ? start : finish & ~1;
        finish = Math.max(finish, start);
        int span = (finish >> 1) - (start >> 1);
        dates[4 * t + ES] = start;
        dates[4 * t + EF] = finish;
        int late = Math.max(finish, lateFinish == NO_LOWER ? finishKey[calendarIndex(t)] : lateFinish);
        dates[4 * t + LF] = late;
        dates[4 * t + LS] = 2 * ((late >> 1) - span) + 1;
        duration[t] = span;
        walkedFreeFloat[t] = 0;
    }

    /** A WBS summary activity spans the other activities under its parent (a summary without a parent: itself). */
    private void wbsSummary(int t) {
        int parent = plan.parent[t];
        if (parent < 0) return;
        int[] span = {NO_UPPER, NO_LOWER, NO_UPPER, NO_LOWER};
        for (int i = childStart[parent], end = childStart[parent + 1]; i < end; i++) {
            int sibling = children[i];
            if (sibling == t || plan.isWbsSummary(sibling)) continue;
            span[ES] = Math.min(span[ES], rekey(dates[4 * sibling + ES], sibling, t));
            span[EF] = Math.max(span[EF], rekey(dates[4 * sibling + EF], sibling, t));
            span[LS] = Math.min(span[LS], rekey(dates[4 * sibling + LS], sibling, t));
            span[LF] = Math.max(span[LF], rekey(dates[4 * sibling + LF], sibling, t));
        }
        if (span[ES] == NO_UPPER) return;
        System.arraycopy(span, 0, dates, 4 * t, 4);
        duration[t] = (span[EF] >> 1) - (span[ES] >> 1);
        walkedFreeFloat[t] = 0;
    }

    // ---- Keys and dates ----------------------------------------------------------------------------------------

    /** The key of a date on a calendar. */
    private static int key(WorkCalendar calendar, int date) {
        int work = calendar.work(date);
        return 2 * work + (calendar.finishOf(work) == date ? 0 : 1);
    }

    /** The date a key stands for on a calendar. */
    static int date(WorkCalendar calendar, int key) {
        int work = key >> 1;
        return (key & 1) == 0 ? calendar.finishOf(work) : calendar.startOf(work);
    }

    /** The working minutes of one of a task's dates (ES, EF, LS or LF). */
    private int work(int task, int which) {
        return dates[4 * task + which] >> 1;
    }

    private int calendarIndex(int task) {
        return oneCalendar ? 0 : plan.calendarIndex[task];
    }

    private WorkCalendar calendar(int task) {
        return calendars[calendarIndex(task)];
    }

    private boolean isGroup(int task) {
        return childStart[task + 1] > childStart[task];
    }

    private boolean isElapsed(int task) {
        return elapsedDates != null && plan.isElapsed(task) && !isGroup(task);
    }

    /** Elapsed tasks, and summaries in plans that have them, keep exact dates beside their keys. */
    private boolean hasExactDates(int task) {
        return elapsedDates != null && (plan.isElapsed(task) || isGroup(task));
    }

    private int earlyDate(int task, boolean start) {
        if (hasExactDates(task)) {
            return elapsedDates[start ? 0 : 1][task];
        }
        return date(calendar(task), dates[4 * task + (start ? ES : EF)]);
    }

    private int lateDate(int task, boolean start) {
        if (hasExactDates(task)) {
            return elapsedDates[start ? 2 : 3][task];
        }
        return date(calendar(task), dates[4 * task + (start ? LS : LF)]);
    }

    /** A key of one task's calendar on another task's calendar. */
    private int rekey(int key, int fromTask, int toTask) {
        int from = calendarIndex(fromTask);
        int to = calendarIndex(toTask);
        return from == to || key == NO_LOWER || key == NO_UPPER ? key : key(calendars[to], date(calendars[from], key));
    }

    /** The task's duration without its pauses: what a percentage of it counts. */
    private int workMinutes(int task) {
        return plan.pauses == null ? duration[task] : duration[task] - plan.pausedMinutes(task);
    }

    private boolean isComplete(int task) {
        return plan.actualFinish != null && plan.actualFinish[task] != TimeAxis.NONE;
    }

    private boolean isStarted(int task) {
        return plan.actualStart != null && plan.actualStart[task] != TimeAxis.NONE;
    }

    private int lagMinutes(int lag, int unit, int predecessor) {
        return unit == WORKING ? lag : (int) ((long) workMinutes(predecessor) * lag / 10_000);
    }

    /** The calendar a working lag between these tasks is counted on; null for round the clock. */
    private WorkCalendar lagCalendar(int predecessor, int successor) {
        return switch (plan.lagCalendar) {
            case SUCCESSOR -> calendar(successor);
            case PREDECESSOR -> calendar(predecessor);
            case PROJECT -> calendars[0];
            case TWENTY_FOUR_HOURS -> null;
        };
    }

    /** Whether a lag between two tasks on the same calendar is counted on that calendar, so keys can add it. */
    private boolean lagOnTheTasksCalendar(int task, int lag) {
        return lag == 0 || switch (plan.lagCalendar) {
            case SUCCESSOR, PREDECESSOR -> true;
            case PROJECT -> calendarIndex(task) == 0;
            case TWENTY_FOUR_HOURS -> false;
        };
    }

    /** The key (on the successor's calendar) that a link's predecessor date, plus the lag, gives its successor. */
    private int forwardBound(int predecessor, int successor, int kind, int lag) {
        int unit = kind >> 2;
        if (unit != ELAPSED && !hasExactDates(predecessor) && calendarIndex(predecessor) == calendarIndex(successor)
                && lagOnTheTasksCalendar(successor, lag)) {
            int type = kind & 3;
            int from = dates[4 * predecessor + (type == SS || type == SF ? ES : EF)];
            int minutes = lag == 0 ? 0 : lagMinutes(lag, unit, predecessor);
            return minutes == 0 ? from : 2 * Math.max(0, (from >> 1) + minutes);
        }
        return key(calendar(successor), forwardDate(predecessor, successor, kind, lag));
    }

    /** The date that a link's predecessor date, plus the lag, gives its successor. */
    private int forwardDate(int predecessor, int successor, int kind, int lag) {
        int type = kind & 3;
        int unit = kind >> 2;
        int date = earlyDate(predecessor, type == SS || type == SF);
        if (lag == 0) {
            return date;
        }
        if (unit == ELAPSED) {
            return date + lag;
        }
        WorkCalendar calendar = lagCalendar(predecessor, successor);
        if (calendar == null) {
            return date + lagMinutes(lag, unit, predecessor);
        }
        return calendar.finishOf(Math.max(0, calendar.work(date) + lagMinutes(lag, unit, predecessor)));
    }

    /**
     * The key (on the predecessor's calendar) that a link's successor date, less the lag, leaves its predecessor;
     * from the successor's late dates, or its early ones for free float.
     */
    private int backwardBound(int successor, int predecessor, int kind, int lag, boolean early) {
        int unit = kind >> 2;
        if (unit != ELAPSED && !hasExactDates(successor) && calendarIndex(predecessor) == calendarIndex(successor)
                && lagOnTheTasksCalendar(successor, lag)) {
            int type = kind & 3;
            boolean toStart = type == FS || type == SS;
            int to = !toStart && isGroup(successor) ? earliestChildFinish(successor, early)
                    : dates[4 * successor + (early ? (toStart ? ES : EF) : (toStart ? LS : LF))];
            int minutes = lag == 0 ? 0 : lagMinutes(lag, unit, predecessor);
            return minutes == 0 ? to : 2 * Math.max(0, (to >> 1) - minutes);
        }
        return key(calendar(predecessor), backwardDate(successor, predecessor, kind, lag, early));
    }

    /**
     * The first finish among a summary's children: a finish link into a summary binds every child's finish (see
     * the forward pass), so its predecessor must leave room for the earliest of them.
     */
    private int earliestChildFinish(int group, boolean early) {
        int finish = NO_UPPER;
        for (int i = childStart[group]; i < childStart[group + 1]; i++) {
            int child = children[i];
            finish = Math.min(finish, rekey(dates[4 * child + (early ? EF : LF)], child, group));
        }
        return finish;
    }

    /** The date that a link's successor date, less the lag (on the successor's calendar), leaves its predecessor. */
    private int backwardDate(int successor, int predecessor, int kind, int lag, boolean early) {
        int type = kind & 3;
        int unit = kind >> 2;
        boolean toStart = type == FS || type == SS;
        int date;
        if (!toStart && isGroup(successor)) {
            date = Integer.MAX_VALUE;
            for (int i = childStart[successor]; i < childStart[successor + 1]; i++) {
                int child = children[i];
                date = Math.min(date, early ? earlyDate(child, false) : lateDate(child, false));
            }
        } else {
            date = early ? earlyDate(successor, toStart) : lateDate(successor, toStart);
        }
        if (!isElapsed(successor)) {
            // The forward pass treats every instant with the same working time alike, so the backward pass starts
            // from the latest of them: 08:00 Tuesday, not 17:00 Monday, before taking off an elapsed lag. That holds
            // for a summary too, whose children the forward pass binds by working time, though it keeps exact dates.
            WorkCalendar calendar = calendar(successor);
            date = calendar.startOf(calendar.work(date));
        }
        if (lag == 0) {
            return date;
        }
        if (unit == ELAPSED) {
            return date - lag;
        }
        // The forward pass adds a working lag to the working time of the predecessor's date, so every instant with
        // the same working time gives the successor the same date: the predecessor may end as late as the last of
        // them, the next working start (08:00 Tuesday), not the first (17:00 Monday), which an elapsed task or a
        // date on another calendar can pass.
        WorkCalendar calendar = lagCalendar(predecessor, successor);
        if (calendar == null) {
            return date - lagMinutes(lag, unit, predecessor);
        }
        return calendar.startOf(Math.max(0, calendar.work(date) - lagMinutes(lag, unit, predecessor)));
    }

    // ---- Order -------------------------------------------------------------------------------------------------

    /** Kahn's algorithm over tasks (0..n-1) and group entry nodes (n + group). */
    private int[] topologicalOrder() {
        int[] indegree = new int[2 * n];
        int nodes = n;
        for (int t = 0; t < n; t++) {
            int fromParent = plan.parent[t] >= 0 ? 1 : 0;
            int dependencies = inStart[t + 1] - inStart[t];
            if (isGroup(t)) {
                indegree[t] = childStart[t + 1] - childStart[t];
                indegree[n + t] = dependencies + fromParent;
                nodes++;
            } else {
                indegree[t] = dependencies + fromParent;
            }
        }
        int[] order = new int[nodes];
        int head = 0;
        int tail = 0;
        for (int v = 0; v < n; v++) {
            if (indegree[v] == 0) {
                order[tail++] = v;
            }
            if (isGroup(v) && indegree[n + v] == 0) {
                order[tail++] = n + v;
            }
        }
        while (head < tail) {
            int v = order[head++];
            if (v < n) {
                for (int i = outStart[v], end = outStart[v + 1]; i < end; i++) {
                    int successor = outTask[i];
                    int node = isGroup(successor) ? n + successor : successor;
                    if (--indegree[node] == 0) {
                        order[tail++] = node;
                    }
                }
                int parent = plan.parent[v];
                if (parent >= 0 && --indegree[parent] == 0) {
                    order[tail++] = parent;
                }
            } else {
                int group = v - n;
                for (int i = childStart[group], end = childStart[group + 1]; i < end; i++) {
                    int child = children[i];
                    int node = isGroup(child) ? n + child : child;
                    if (--indegree[node] == 0) {
                        order[tail++] = node;
                    }
                }
            }
        }
        if (tail < nodes) {
            throw new CyclicDependencyException(findCycle(indegree), plan);
        }
        return order;
    }

    /** Walks backward from an unordered node through unordered predecessors until a node repeats. */
    private int[] findCycle(int[] indegree) {
        int start = 0;
        while (indegree[start] == 0) {
            start++;
        }
        int[] seenAt = new int[2 * n];
        Arrays.fill(seenAt, -1);
        List<Integer> path = new ArrayList<>();
        int v = start;
        while (seenAt[v] < 0) {
            seenAt[v] = path.size();
            path.add(v);
            v = unorderedPredecessor(v, indegree);
        }
        List<Integer> cycle = path.subList(seenAt[v], path.size());
        List<Integer> tasks = new ArrayList<>();
        for (int i = cycle.size() - 1; i >= 0; i--) {
            int task = cycle.get(i) >= n ? cycle.get(i) - n : cycle.get(i);
            if (tasks.isEmpty() || tasks.get(tasks.size() - 1) != task) {
                tasks.add(task);
            }
        }
        if (tasks.size() > 1 && tasks.get(0).equals(tasks.get(tasks.size() - 1))) {
            tasks.remove(tasks.size() - 1);
        }
        // A summary shows up twice (entry and roll-up) when the cycle runs through its children: cut that detour.
        List<Integer> once = new ArrayList<>();
        for (int task : tasks) {
            int seen = once.indexOf(task);
            if (seen >= 0) {
                once.subList(seen + 1, once.size()).clear();
            } else {
                once.add(task);
            }
        }
        return once.stream().mapToInt(Integer::intValue).toArray();
    }

    private int unorderedPredecessor(int v, int[] indegree) {
        if (v < n && isGroup(v)) {
            for (int i = childStart[v]; i < childStart[v + 1]; i++) {
                if (indegree[children[i]] > 0) {
                    return children[i];
                }
            }
        }
        int task = v < n ? v : v - n;
        for (int i = inStart[task]; i < inStart[task + 1]; i++) {
            if (indegree[inTask[i]] > 0) {
                return inTask[i];
            }
        }
        int parent = plan.parent[task];
        if (parent >= 0 && indegree[n + parent] > 0) {
            return n + parent;
        }
        throw new IllegalStateException("An unordered node without unordered predecessors: " + plan.name(task));
    }

    // ---- Forward pass ------------------------------------------------------------------------------------------

    private void forward(int[] order) {
        int floor = projectStart;
        if (plan.statusDate != TimeAxis.NONE) {
            floor = Math.max(floor, plan.statusDate); // remaining work starts at the status date
        }
        for (int c = 0; c < calendars.length; c++) {
            floorKey[c] = key(calendars[c], floor);
        }
        for (int v : order) {
            if (v >= n) {
                groupBoundsForward(v - n);
            } else if (isGroup(v)) {
                rollUpEarly(v);
            } else {
                early(v);
            }
        }
    }

    private void groupBoundsForward(int group) {
        int start = floorKey[calendarIndex(group)];
        int finish = NO_LOWER;
        int parent = plan.parent[group];
        if (parent >= 0) {
            start = Math.max(start, rekey(startBound[parent], parent, group));
            finish = Math.max(finish, rekey(finishBound[parent], parent, group));
        }
        for (int i = inStart[group], end = inStart[group + 1]; i < end; i++) {
            int bound = forwardBound(inTask[i], group, inKind[i], inLag[i]);
            if ((inKind[i] & 3) >= FF) {
                finish = Math.max(finish, bound);
            } else {
                start = Math.max(start, bound);
            }
        }
        int date = plan.constraintDate(group);
        switch (plan.constraintType(group)) {
            case START_NO_EARLIER_THAN, MUST_START_ON, START_ON -> start = Math.max(start, key(calendar(group), date));
            case FINISH_NO_EARLIER_THAN, MUST_FINISH_ON, FINISH_ON -> finish = Math.max(finish, key(calendar(group), date));
            default -> { }
        }
        startBound[group] = start;
        finishBound[group] = finish;
    }

    private void early(int t) {
        WorkCalendar calendar = calendar(t);
        int dur = duration[t];
        if (isComplete(t) || isStarted(t)) {
            earlyFromActuals(t, calendar, dur);
            return;
        }
        if (isElapsed(t)) {
            earlyElapsed(t, calendar, dur);
            return;
        }
        int start = floorKey[calendarIndex(t)];
        int finish = NO_LOWER;
        int startToFinish = NO_LOWER;
        int parent = plan.parent[t];
        if (parent >= 0) {
            start = Math.max(start, rekey(startBound[parent], parent, t));
            finish = Math.max(finish, rekey(finishBound[parent], parent, t));
        }
        for (int i = inStart[t], end = inStart[t + 1]; i < end; i++) {
            int bound = forwardBound(inTask[i], t, inKind[i], inLag[i]);
            if ((inKind[i] & 3) >= FF) {
                finish = Math.max(finish, bound);
                if ((inKind[i] & 3) == SF) startToFinish = Math.max(startToFinish, bound);
            } else {
                start = Math.max(start, bound);
            }
        }
        if (plan.constraintType != null && plan.constraintType[t] != 0) {
            int date = plan.constraintDate[t];
            int dateKey = date == TimeAxis.NONE ? 0 : key(calendar, date);
            switch (plan.constraintType(t)) {
                case START_NO_EARLIER_THAN, START_ON -> start = Math.max(start, dateKey);
                case FINISH_NO_EARLIER_THAN, FINISH_ON -> finish = Math.max(finish, dateKey);
                case MUST_START_ON -> {
                    int earliest = Math.max(start, dur == 0 ? finish : finish == NO_LOWER ? NO_LOWER
                            : 2 * ((finish >> 1) - dur) + 1);
                    if (earliest > dateKey) {
                        overridden(t, "start", date, date(calendar, earliest));
                    }
                    start = dateKey;
                    finish = NO_LOWER;
                }
                case MUST_FINISH_ON -> {
                    int earliest = Math.max(finish, dur == 0 ? start : 2 * ((start >> 1) + dur));
                    if (earliest > dateKey) {
                        overridden(t, "finish", date, date(calendar, earliest));
                    }
                    start = 0;
                    finish = dateKey;
                }
                default -> { }
            }
        }
        int delay = plan.levelingDelay == null ? 0 : plan.levelingDelay[t];
        if (dur == 0) {
            dates[4 * t + ES] = plan.milestoneKey(t, Math.max(start, finish) + 2 * delay);
            dates[4 * t + EF] = dates[4 * t + ES];
        } else {
            int work = start >> 1;
            if (finish != NO_LOWER) {
                work = Math.max(work, (finish >> 1) - dur);
            }
            work += delay; // leveling delay: later by that much working time on the task's own calendar
            dates[4 * t + ES] = 2 * work + 1;
            dates[4 * t + EF] = 2 * (work + dur);
            if (startToFinish == finish && (finish & 1) == 1 && finish >> 1 == work + dur) {
                // Bound by a predecessor's start, the finish is that instant, as Project and P6 save it: 08:00 of
                // the next working day rather than 17:00 of the day before (the same working time).
                dates[4 * t + EF] = finish;
            }
        }
    }

    /** An elapsed task runs round the clock, so its bounds are taken as exact dates rather than working time. */
    private void earlyElapsed(int t, WorkCalendar calendar, int dur) {
        int start = projectStart;
        if (plan.statusDate != TimeAxis.NONE) {
            start = Math.max(start, plan.statusDate);
        }
        int finish = NO_LOWER;
        int parent = plan.parent[t];
        if (parent >= 0) {
            start = Math.max(start, date(calendar(parent), startBound[parent]));
            if (finishBound[parent] != NO_LOWER) {
                finish = Math.max(finish, date(calendar(parent), finishBound[parent]));
            }
        }
        for (int i = inStart[t], end = inStart[t + 1]; i < end; i++) {
            int bound = forwardDate(inTask[i], t, inKind[i], inLag[i]);
            if ((inKind[i] & 3) >= FF) {
                finish = Math.max(finish, bound);
            } else {
                start = Math.max(start, bound);
            }
        }
        int date = plan.constraintDate(t);
        switch (plan.constraintType(t)) {
            case START_NO_EARLIER_THAN, START_ON -> start = Math.max(start, date);
            case FINISH_NO_EARLIER_THAN, FINISH_ON -> finish = Math.max(finish, date);
            case MUST_START_ON -> {
                if (Math.max(start, finish == NO_LOWER ? NO_LOWER : finish - dur) > date) {
                    overridden(t, "start", date, Math.max(start, finish - dur));
                }
                start = date;
                finish = NO_LOWER;
            }
            case MUST_FINISH_ON -> {
                start = 0;
                finish = date;
            }
            default -> { }
        }
        int begin = dur == 0 ? start : calendar.startOf(calendar.work(start));
        if (finish != NO_LOWER && begin + dur < finish) {
            begin = finish - dur;
        }
        setElapsedEarly(t, calendar, begin, begin + dur);
    }

    private void setElapsedEarly(int t, WorkCalendar calendar, int start, int finish) {
        elapsedDates[0][t] = start;
        elapsedDates[1][t] = finish;
        dates[4 * t + ES] = key(calendar, start);
        dates[4 * t + EF] = key(calendar, finish);
    }

    /** Started and completed tasks keep their actual dates; the rest of a started task resumes at the status date. */
    private void earlyFromActuals(int t, WorkCalendar calendar, int dur) {
        int actualStart = plan.actualStart(t);
        if (isComplete(t)) {
            int actualFinish = plan.actualFinish[t];
            int start = actualStart != TimeAxis.NONE ? actualStart
                    : plan.isElapsed(t) ? actualFinish - dur : calendar.startOf(calendar.work(actualFinish) - dur);
            if (isElapsed(t)) {
                setElapsedEarly(t, calendar, start, actualFinish);
            } else {
                dates[4 * t + ES] = key(calendar, start);
                dates[4 * t + EF] = key(calendar, actualFinish);
            }
            return;
        }
        int work = workMinutes(t);
        int done = (int) Math.round(work * plan.percentComplete(t) / 100.0);
        int remaining = plan.remaining != null && plan.remaining[t] != TimeAxis.NONE ? Math.max(0, plan.remaining[t])
                : work - done;
        // a split task's pauses within the work done come before the rest resumes, the others after it
        int pausedBefore = plan.pauses == null ? 0 : plan.pausedWithin(t, done);
        int pausedAfter = dur - work - pausedBefore;
        if (isElapsed(t)) {
            int resume = Math.max(actualStart + done, plan.statusDate);
            setElapsedEarly(t, calendar, actualStart, resume + remaining);
        } else if (plan.mode == ScheduleMode.PRIMAVERA_P6 && plan.statusDate != TimeAxis.NONE) {
            earlyFromActualsP6(t, calendar, actualStart, remaining + pausedAfter);
        } else {
            int resume = calendar.work(actualStart) + done + pausedBefore;
            if (plan.statusDate != TimeAxis.NONE) {
                resume = Math.max(resume, calendar.work(plan.statusDate));
            }
            dates[4 * t + ES] = key(calendar, actualStart);
            dates[4 * t + EF] = 2 * (resume + remaining + pausedAfter);
        }
    }

    /**
     * P6's progress rule: the remaining duration runs from the data date, whatever share is done; with none left the
     * activity finishes at its actual start minute. The actual start is kept as saved. Under retained logic the
     * remaining duration also waits for the predecessors, as the links bound a start (FS, SS) or a finish (FF, SF).
     */
    private void earlyFromActualsP6(int t, WorkCalendar calendar, int actualStart, int remaining) {
        dates[4 * t + ES] = key(calendar, actualStart);
        if (remaining == 0) {
            dates[4 * t + EF] = key(calendar, actualStart);
            return;
        }
        int resume = calendar.work(plan.statusDate);
        int finish = 0;
        if (plan.progressedActivities == ProgressedActivities.RETAINED_LOGIC) {
            for (int i = inStart[t], end = inStart[t + 1]; i < end; i++) {
                int bound = forwardBound(inTask[i], t, inKind[i], inLag[i]);
                if ((inKind[i] & 3) >= FF) {
                    finish = Math.max(finish, bound >> 1);
                } else {
                    resume = Math.max(resume, bound >> 1);
                }
            }
        }
        dates[4 * t + EF] = 2 * Math.max(resume + remaining, finish);
    }

    private void rollUpEarly(int group) {
        int start = NO_UPPER;
        int finish = NO_LOWER;
        for (int i = childStart[group], end = childStart[group + 1]; i < end; i++) {
            int child = children[i];
            start = Math.min(start, rekey(dates[4 * child + ES], child, group));
            finish = Math.max(finish, rekey(dates[4 * child + EF], child, group));
        }
        dates[4 * group + ES] = start;
        dates[4 * group + EF] = finish;
        duration[group] = (finish >> 1) - (start >> 1);
        if (elapsedDates != null) {
            exactSpan(group, 0);
        }
    }

    private void overridden(int t, String what, int date, int earliest) {
        warnings.add(new Schedule.Warning(t, Schedule.Warning.Kind.PREDECESSOR_OVERRIDDEN, date, earliest,
                plan.name(t) + " must " + what + " on " + TimeAxis.dateTime(date) + " although its predecessors allow "
                        + TimeAxis.dateTime(earliest) + " at the earliest"));
    }

    // ---- Backward pass -----------------------------------------------------------------------------------------

    private void backward(int[] order) {
        for (int c = 0; c < calendars.length; c++) {
            finishKey[c] = key(calendars[c], projectFinish);
        }
        for (int i = order.length - 1; i >= 0; i--) {
            int v = order[i];
            if (v >= n) {
                rollUpLate(v - n);
            } else if (isGroup(v)) {
                groupBoundsBackward(v);
            } else {
                late(v);
            }
        }
    }

    /**
     * Whether a child starts its summary early: a link from the summary's start (SS, SF) then binds it, as Microsoft
     * Project ties such a link to the earliest subtask; binding every child would make the later ones critical.
     */
    private boolean drivesStart(int child, int parent) {
        return rekey(dates[4 * child + ES], child, parent) == dates[4 * parent + ES];
    }

    private void groupBoundsBackward(int group) {
        int start = NO_UPPER;
        int finish = finishKey[calendarIndex(group)];
        int parent = plan.parent[group];
        if (parent >= 0 && drivesStart(group, parent)) {
            start = Math.min(start, rekey(startBound[parent], parent, group));
        }
        if (parent >= 0) {
            finish = Math.min(finish, rekey(finishBound[parent], parent, group));
        }
        for (int i = outStart[group], end = outStart[group + 1]; i < end; i++) {
            int bound = backwardBound(outTask[i], group, outKind[i], outLag[i], false);
            int type = outKind[i] & 3;
            if (type == SS || type == SF) {
                start = Math.min(start, bound);
            } else {
                finish = Math.min(finish, bound);
            }
        }
        int date = plan.constraintDate(group);
        switch (plan.constraintType(group)) {
            case START_NO_LATER_THAN, MUST_START_ON, START_ON -> start = Math.min(start, key(calendar(group), date));
            case FINISH_NO_LATER_THAN, MUST_FINISH_ON, FINISH_ON -> finish = Math.min(finish, key(calendar(group), date));
            default -> { }
        }
        if (plan.deadline(group) != TimeAxis.NONE) {
            finish = Math.min(finish, key(calendar(group), plan.deadline(group)));
        }
        startBound[group] = start;
        finishBound[group] = finish;
    }

    private void late(int t) {
        WorkCalendar calendar = calendar(t);
        int dur = duration[t];
        if (isComplete(t)) {
            dates[4 * t + LS] = dates[4 * t + ES];
            dates[4 * t + LF] = dates[4 * t + EF];
            if (isElapsed(t)) {
                elapsedDates[2][t] = elapsedDates[0][t];
                elapsedDates[3][t] = elapsedDates[1][t];
            }
            return;
        }
        if (isElapsed(t)) {
            lateElapsed(t, calendar, dur);
            return;
        }
        int start = NO_UPPER;
        int finish = finishKey[calendarIndex(t)];
        int parent = plan.parent[t];
        if (parent >= 0) {
            if (drivesStart(t, parent)) {
                start = Math.min(start, rekey(startBound[parent], parent, t));
            }
            finish = Math.min(finish, rekey(finishBound[parent], parent, t));
        }
        int free = NO_UPPER; // free float, taken in the same walk over the successors
        for (int i = outStart[t], end = outStart[t + 1]; i < end; i++) {
            int successor = outTask[i];
            int bound = backwardBound(successor, t, outKind[i], outLag[i], false);
            int allowed = backwardBound(successor, t, outKind[i], outLag[i], true);
            int type = outKind[i] & 3;
            if (type == SS || type == SF) {
                start = Math.min(start, bound);
                free = Math.min(free, (allowed >> 1) - work(t, ES));
            } else {
                finish = Math.min(finish, bound);
                free = Math.min(free, (allowed >> 1) - work(t, EF));
            }
        }
        walkedFreeFloat[t] = free != NO_UPPER ? free : (finishKey[calendarIndex(t)] >> 1) - work(t, EF);
        if (plan.constraintType != null && plan.constraintType[t] != 0) {
            int date = plan.constraintDate[t];
            int dateKey = date == TimeAxis.NONE ? 0 : key(calendar, date);
            switch (plan.constraintType(t)) {
                case START_NO_LATER_THAN, START_ON -> start = Math.min(start, dateKey);
                case FINISH_NO_LATER_THAN, FINISH_ON -> finish = Math.min(finish, dateKey);
                case MUST_START_ON -> {
                    start = dateKey;
                    finish = NO_UPPER;
                }
                case MUST_FINISH_ON -> {
                    start = NO_UPPER;
                    finish = dateKey;
                }
                default -> { }
            }
        }
        if (plan.deadline != null && plan.deadline[t] != TimeAxis.NONE) {
            finish = Math.min(finish, key(calendar, plan.deadline[t]));
        }
        if (isStarted(t)) {
            dates[4 * t + LS] = dates[4 * t + ES];
            dates[4 * t + LF] = finish == NO_UPPER ? dates[4 * t + EF] : 2 * (finish >> 1);
        } else if (dur == 0) {
            dates[4 * t + LS] = plan.milestoneKey(t, Math.min(start, finish));
            dates[4 * t + LF] = dates[4 * t + LS];
        } else {
            int work = finish == NO_UPPER ? NO_UPPER : finish >> 1;
            if (start != NO_UPPER) {
                work = Math.min(work, (start >> 1) + dur);
            }
            dates[4 * t + LF] = 2 * work;
            dates[4 * t + LS] = 2 * (work - dur) + 1;
        }
    }

    private void lateElapsed(int t, WorkCalendar calendar, int dur) {
        int start = NO_UPPER;
        int finish = projectFinish;
        int parent = plan.parent[t];
        if (parent >= 0) {
            WorkCalendar parentCalendar = calendar(parent);
            if (startBound[parent] != NO_UPPER && drivesStart(t, parent)) {
                start = Math.min(start, parentCalendar.startOf(startBound[parent] >> 1));
            }
            finish = Math.min(finish, parentCalendar.startOf(finishBound[parent] >> 1));
        }
        for (int i = outStart[t], end = outStart[t + 1]; i < end; i++) {
            int bound = backwardDate(outTask[i], t, outKind[i], outLag[i], false);
            int type = outKind[i] & 3;
            if (type == SS || type == SF) {
                start = Math.min(start, bound);
            } else {
                finish = Math.min(finish, bound);
            }
        }
        int date = plan.constraintDate(t);
        switch (plan.constraintType(t)) {
            case START_NO_LATER_THAN, START_ON -> start = Math.min(start, date);
            case FINISH_NO_LATER_THAN, FINISH_ON -> finish = Math.min(finish, date);
            case MUST_START_ON -> {
                start = date;
                finish = NO_UPPER;
            }
            case MUST_FINISH_ON -> {
                start = NO_UPPER;
                finish = date;
            }
            default -> { }
        }
        if (plan.deadline(t) != TimeAxis.NONE) {
            finish = Math.min(finish, plan.deadline(t));
        }
        int end = start == NO_UPPER ? finish : finish == NO_UPPER ? start + dur : Math.min(finish, start + dur);
        int begin = isStarted(t) ? elapsedDates[0][t] : end - dur;
        elapsedDates[2][t] = begin;
        elapsedDates[3][t] = end;
        dates[4 * t + LS] = key(calendar, begin);
        dates[4 * t + LF] = key(calendar, end);
    }

    /**
     * A summary's exact first start and last finish (early at 0, late at 2): exact children compare by date, the
     * others by key, which orders like the date, so only the winning key is turned into a date.
     */
    private void exactSpan(int group, int early) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        int firstKey = NO_UPPER;
        int lastKey = NO_LOWER;
        for (int i = childStart[group], end = childStart[group + 1]; i < end; i++) {
            int child = children[i];
            if (hasExactDates(child)) {
                first = Math.min(first, elapsedDates[early][child]);
                last = Math.max(last, elapsedDates[early + 1][child]);
            } else {
                firstKey = Math.min(firstKey, rekey(dates[4 * child + (early == 0 ? ES : LS)], child, group));
                lastKey = Math.max(lastKey, rekey(dates[4 * child + (early == 0 ? EF : LF)], child, group));
            }
        }
        WorkCalendar calendar = calendar(group);
        elapsedDates[early][group] = firstKey == NO_UPPER ? first : Math.min(first, date(calendar, firstKey));
        elapsedDates[early + 1][group] = lastKey == NO_LOWER ? last : Math.max(last, date(calendar, lastKey));
    }

    private void rollUpLate(int group) {
        int start = NO_UPPER;
        int finish = NO_LOWER;
        for (int i = childStart[group], end = childStart[group + 1]; i < end; i++) {
            int child = children[i];
            start = Math.min(start, rekey(dates[4 * child + LS], child, group));
            finish = Math.max(finish, rekey(dates[4 * child + LF], child, group));
        }
        dates[4 * group + LS] = start;
        dates[4 * group + LF] = finish;
        if (elapsedDates != null) {
            exactSpan(group, 2);
        }
    }

    // ---- Results -----------------------------------------------------------------------------------------------

    private Schedule finish(int[] order) {
        int[] totalFloat = new int[n];
        int[] freeFloat = new int[n];
        boolean[] critical = new boolean[n];
        int criticalCount = 0;
        for (int t = 0; t < n; t++) {
            int total;
            if (isStarted(t) && !isComplete(t)) { // its start is history: only the finish can move
                total = isElapsed(t) ? lateDate(t, false) - earlyDate(t, false) : work(t, LF) - work(t, EF);
            } else if (isElapsed(t)) {
                total = Math.min(lateDate(t, true) - earlyDate(t, true), lateDate(t, false) - earlyDate(t, false));
            } else {
                total = Math.min(work(t, LS) - work(t, ES), work(t, LF) - work(t, EF));
            }
            totalFloat[t] = total;
            boolean walked = !isGroup(t) && !isComplete(t) && !isElapsed(t); // free float known from the late pass
            freeFloat[t] = Math.max(0, Math.min(total, walked ? walkedFreeFloat[t] : freeFloat(t)));
            critical[t] = total <= 0 && !isComplete(t);
            if (critical[t] && !isGroup(t)) {
                criticalCount++;
            }
        }
        checkConstraints();

        int[] start = null;
        int[] finish = null;
        if (plan.isBackward() || plan.constraintType != null) { // some tasks are scheduled at their late dates
            start = new int[n];
            finish = new int[n];
            for (int v : order) {
                if (v >= n) {
                    continue;
                }
                if (isGroup(v)) {
                    int s = Integer.MAX_VALUE;
                    int f = Integer.MIN_VALUE;
                    for (int i = childStart[v]; i < childStart[v + 1]; i++) {
                        s = Math.min(s, start[children[i]]);
                        f = Math.max(f, finish[children[i]]);
                    }
                    start[v] = s;
                    finish[v] = f;
                } else {
                    boolean late = !isStarted(v) && !isComplete(v) && (plan.isBackward()
                            || plan.constraintType(v) == ConstraintType.AS_LATE_AS_POSSIBLE);
                    if (late && !plan.isBackward() && plan.mode == ScheduleMode.PRIMAVERA_P6 && !isElapsed(v)) {
                        // P6's as late as possible uses the free float only: no successor moves
                        int shift = 2 * Math.max(0, freeFloat(v));
                        start[v] = date(calendar(v), dates[4 * v + ES] + shift);
                        finish[v] = date(calendar(v), dates[4 * v + EF] + shift);
                    } else {
                        start[v] = late ? lateDate(v, true) : earlyDate(v, true);
                        finish[v] = late ? lateDate(v, false) : earlyDate(v, false);
                    }
                }
            }
        }

        // Critical tasks in order of early start: keys order like dates on one calendar, else compare dates.
        boolean byKey = oneCalendar && elapsedDates == null;
        long[] byStart = new long[criticalCount];
        int k = 0;
        for (int t = 0; t < n; t++) {
            if (critical[t] && !isGroup(t)) {
                byStart[k++] = ((long) (byKey ? dates[4 * t + ES] : earlyDate(t, true)) << 32) | t;
            }
        }
        Arrays.sort(byStart);
        int[] criticalPath = new int[criticalCount];
        for (int i = 0; i < criticalCount; i++) {
            criticalPath[i] = (int) byStart[i];
        }
        float[] progress = rollUpProgress(order);
        if (plan.pauses != null) {
            for (int t = 0; t < n; t++) {
                duration[t] = workMinutes(t); // a split task's duration is its work, as Project shows it
            }
        }
        return new Schedule(plan, new ScheduleDates(plan, dates, elapsedDates), start, finish, duration, totalFloat,
                freeFloat, critical, criticalPath, progress, rollUpWork(order), rollUpCost(order),
                projectStart, projectFinish, List.copyOf(warnings));
    }

    /** How far this task's finish can move without moving any successor's early dates. */
    private int freeFloat(int t) {
        int free = NO_UPPER;
        boolean elapsed = isElapsed(t);
        for (int i = outStart[t], end = outStart[t + 1]; i < end; i++) {
            int type = outKind[i] & 3;
            boolean fromStart = type == SS || type == SF;
            if (elapsed) {
                free = Math.min(free, backwardDate(outTask[i], t, outKind[i], outLag[i], true) - earlyDate(t, fromStart));
            } else {
                int allowed = backwardBound(outTask[i], t, outKind[i], outLag[i], true);
                free = Math.min(free, (allowed >> 1) - (dates[4 * t + (fromStart ? ES : EF)] >> 1));
            }
        }
        if (free == NO_UPPER) {
            free = elapsed ? projectFinish - earlyDate(t, false) : (finishKey[calendarIndex(t)] >> 1) - work(t, EF);
        }
        return free;
    }

    private void checkConstraints() {
        if (plan.constraintType == null && plan.deadline == null) {
            return;
        }
        for (int t = 0; t < n; t++) {
            int date = plan.constraintDate(t);
            int deadline = plan.deadline(t);
            if (date == TimeAxis.NONE && deadline == TimeAxis.NONE) {
                continue;
            }
            int earlyStart = earlyDate(t, true);
            int earlyFinish = earlyDate(t, false);
            switch (plan.constraintType(t)) {
                case START_NO_LATER_THAN, START_ON -> {
                    if (earlyStart > date) {
                        notMet(t, plan.constraintType(t) == ConstraintType.START_ON ? "start on" : "start no later than",
                                date, earlyStart);
                    }
                }
                case FINISH_NO_LATER_THAN, FINISH_ON -> {
                    if (earlyFinish > date) {
                        notMet(t, plan.constraintType(t) == ConstraintType.FINISH_ON ? "finish on" : "finish no later than",
                                date, earlyFinish);
                    }
                }
                default -> { }
            }
            if (deadline != TimeAxis.NONE && earlyFinish > deadline) {
                warnings.add(new Schedule.Warning(t, Schedule.Warning.Kind.DEADLINE_MISSED, deadline, earlyFinish,
                        plan.name(t) + " misses its deadline " + TimeAxis.dateTime(deadline) + ": it finishes "
                                + TimeAxis.dateTime(earlyFinish) + " at the earliest"));
            }
        }
    }

    private void notMet(int t, String constraint, int date, int earliest) {
        warnings.add(new Schedule.Warning(t, Schedule.Warning.Kind.CONSTRAINT_NOT_MET, date, earliest,
                plan.name(t) + " cannot meet its constraint \"" + constraint + " " + TimeAxis.dateTime(date)
                        + "\": its predecessors allow " + TimeAxis.dateTime(earliest) + " at the earliest"));
    }

    /** Percent complete; summaries weigh their children by duration, as Microsoft Project does. */
    private float[] rollUpProgress(int[] order) {
        if (plan.percentComplete == null && plan.actualFinish == null) {
            return null;
        }
        float[] percent = new float[n];
        double[] done = new double[n];
        double[] total = new double[n];
        for (int v : order) {
            if (v >= n) {
                continue;
            }
            if (isGroup(v)) {
                percent[v] = total[v] == 0 ? 0 : (float) (100 * done[v] / total[v]);
            } else {
                percent[v] = isComplete(v) ? 100 : (float) plan.percentComplete(v);
                done[v] = workMinutes(v) * (double) percent[v] / 100;
                total[v] = workMinutes(v);
            }
            int parent = plan.parent[v];
            if (parent >= 0) {
                done[parent] += done[v];
                total[parent] += total[v];
            }
        }
        return percent;
    }

    private long[] rollUpWork(int[] order) {
        if (plan.work == null) {
            return null;
        }
        long[] work = new long[n];
        for (int v : order) {
            if (v < n) {
                work[v] = isGroup(v) ? work[v] : plan.work[v];
                if (plan.parent[v] >= 0) {
                    work[plan.parent[v]] += work[v];
                }
            }
        }
        return work;
    }

    private double[] rollUpCost(int[] order) {
        if (plan.cost == null) {
            return null;
        }
        double[] cost = new double[n];
        for (int v : order) {
            if (v < n) {
                cost[v] = isGroup(v) ? cost[v] : plan.cost[v];
                if (plan.parent[v] >= 0) {
                    cost[plan.parent[v]] += cost[v];
                }
            }
        }
        return cost;
    }
}
