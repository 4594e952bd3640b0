package org.lodestar.engine.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The critical-path method over a {@link Plan}: one topological order, a forward pass for early dates, a backward
 * pass for late dates, then floats, roll-ups and warnings. Everything is in int arrays indexed by task.
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

    private final Plan plan;
    private final int n;
    private final WorkCalendar[] calendars;
    private final WorkCalendar single;

    // Hierarchy: children of each task in CSR form; a summary with children is a "group".
    private final int[] childStart;
    private final int[] children;
    // Dependencies by successor (in) and by predecessor (out), as link indices.
    private final int[] inStart;
    private final int[] inLinks;
    private final int[] outStart;
    private final int[] outLinks;

    private final int[] es;
    private final int[] ef;
    private final int[] ls;
    private final int[] lf;
    private final int[] duration;
    /** Bounds a group passes to its children: early start and finish in the forward pass, late in the backward. */
    private final int[] startBound;
    private final int[] finishBound;
    private final List<Schedule.Warning> warnings = new ArrayList<>();
    private int projectStart;
    private int projectFinish;

    private Scheduler(Plan plan) {
        this.plan = plan;
        this.n = plan.size;
        this.calendars = plan.calendars;
        this.single = calendars.length == 1 ? calendars[0] : null;

        childStart = new int[n + 1];
        int childCount = 0;
        for (int t = 0; t < n; t++) {
            if (plan.parent[t] >= 0) {
                childStart[plan.parent[t] + 1]++;
                childCount++;
            }
        }
        for (int t = 0; t < n; t++) {
            childStart[t + 1] += childStart[t];
        }
        children = new int[childCount];
        int[] fill = Arrays.copyOf(childStart, n);
        for (int t = 0; t < n; t++) {
            if (plan.parent[t] >= 0) {
                children[fill[plan.parent[t]]++] = t;
            }
        }

        int m = plan.links;
        inStart = new int[n + 1];
        outStart = new int[n + 1];
        for (int l = 0; l < m; l++) {
            inStart[plan.linkSuccessor[l] + 1]++;
            outStart[plan.linkPredecessor[l] + 1]++;
        }
        for (int t = 0; t < n; t++) {
            inStart[t + 1] += inStart[t];
            outStart[t + 1] += outStart[t];
        }
        inLinks = new int[m];
        outLinks = new int[m];
        int[] inFill = Arrays.copyOf(inStart, n);
        int[] outFill = fill;
        System.arraycopy(outStart, 0, outFill, 0, n);
        for (int l = 0; l < m; l++) {
            inLinks[inFill[plan.linkSuccessor[l]]++] = l;
            outLinks[outFill[plan.linkPredecessor[l]]++] = l;
        }

        es = new int[n];
        ef = new int[n];
        ls = new int[n];
        lf = new int[n];
        duration = Arrays.copyOf(plan.duration, n);
        startBound = new int[n];
        finishBound = new int[n];
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
            projectStart = NO_UPPER;
            for (int t = 0; t < n; t++) {
                projectStart = Math.min(projectStart, ls[t]);
            }
            if (n == 0) {
                projectStart = projectFinish;
            }
            forward(order);
        } else {
            projectStart = plan.start;
            forward(order);
            projectFinish = projectStart;
            for (int t = 0; t < n; t++) {
                projectFinish = Math.max(projectFinish, ef[t]);
            }
            backward(order);
        }
        return finish(order);
    }

    private boolean isGroup(int task) {
        return childStart[task + 1] > childStart[task];
    }

    private WorkCalendar calendar(int task) {
        return single != null ? single : calendars[plan.calendarIndex[task]];
    }

    private boolean isComplete(int task) {
        return plan.actualFinish != null && plan.actualFinish[task] != TimeAxis.NONE;
    }

    private boolean isStarted(int task) {
        return plan.actualStart != null && plan.actualStart[task] != TimeAxis.NONE;
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
                    int successor = plan.linkSuccessor[outLinks[i]];
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
        return tasks.stream().mapToInt(Integer::intValue).toArray();
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
            int predecessor = plan.linkPredecessor[inLinks[i]];
            if (indegree[predecessor] > 0) {
                return predecessor;
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
        for (int v : order) {
            if (v >= n) {
                groupBoundsForward(v - n, floor);
            } else if (isGroup(v)) {
                rollUpEarly(v);
            } else {
                early(v, floor);
            }
        }
    }

    private void groupBoundsForward(int group, int floor) {
        int start = floor;
        int finish = TimeAxis.NONE;
        int parent = plan.parent[group];
        if (parent >= 0) {
            start = Math.max(start, startBound[parent]);
            finish = Math.max(finish, finishBound[parent]);
        }
        for (int i = inStart[group], end = inStart[group + 1]; i < end; i++) {
            int link = inLinks[i];
            int bound = successorBound(link, group);
            if (DependencyType.values()[plan.linkType[link]].toFinish()) {
                finish = Math.max(finish, bound);
            } else {
                start = Math.max(start, bound);
            }
        }
        int date = plan.constraintDate(group);
        switch (plan.constraintType(group)) {
            case START_NO_EARLIER_THAN, MUST_START_ON -> start = Math.max(start, date);
            case FINISH_NO_EARLIER_THAN, MUST_FINISH_ON -> finish = Math.max(finish, date);
            default -> { }
        }
        startBound[group] = start;
        finishBound[group] = finish;
    }

    private void early(int t, int floor) {
        WorkCalendar calendar = calendar(t);
        int dur = duration[t];
        if (isComplete(t)) {
            ef[t] = plan.actualFinish[t];
            es[t] = isStarted(t) ? plan.actualStart[t]
                    : plan.isElapsed(t) ? ef[t] - dur : calendar.startOf(calendar.work(ef[t]) - dur);
            return;
        }
        if (isStarted(t)) {
            es[t] = plan.actualStart[t];
            int done = (int) Math.round(dur * plan.percentComplete(t) / 100.0);
            int remaining = remaining(t, done);
            if (plan.isElapsed(t)) {
                int resume = Math.max(es[t] + done, plan.statusDate);
                ef[t] = resume + remaining;
            } else {
                int resume = calendar.work(es[t]) + done;
                if (plan.statusDate != TimeAxis.NONE) {
                    resume = Math.max(resume, calendar.work(plan.statusDate));
                }
                ef[t] = calendar.finishOf(resume + remaining);
            }
            return;
        }
        int start = floor;
        int finish = TimeAxis.NONE;
        int parent = plan.parent[t];
        if (parent >= 0) {
            start = Math.max(start, startBound[parent]);
            finish = Math.max(finish, finishBound[parent]);
        }
        final byte[] linkType = plan.linkType;
        for (int i = inStart[t], end = inStart[t + 1]; i < end; i++) {
            int link = inLinks[i];
            int bound = successorBound(link, t);
            if (linkType[link] >= 2) { // FF or SF
                finish = Math.max(finish, bound);
            } else {
                start = Math.max(start, bound);
            }
        }
        if (plan.constraintType != null && plan.constraintType[t] != 0) {
            int date = plan.constraintDate[t];
            switch (plan.constraintType(t)) {
                case START_NO_EARLIER_THAN -> start = Math.max(start, date);
                case FINISH_NO_EARLIER_THAN -> finish = Math.max(finish, date);
                case MUST_START_ON -> {
                    if (start > date || finish != TimeAxis.NONE && plan.isMilestone(t) && finish > date) {
                        overridden(t, "start", date, Math.max(start, finish));
                    }
                    start = date;
                    finish = TimeAxis.NONE;
                }
                case MUST_FINISH_ON -> {
                    int earliestFinish = Math.max(finish, earlyFinishFrom(t, calendar, start));
                    if (earliestFinish > date) {
                        overridden(t, "finish", date, earliestFinish);
                    }
                    start = 0;
                    finish = date;
                }
                default -> { }
            }
        }
        if (plan.isElapsed(t)) {
            es[t] = dur == 0 ? start : calendar.startOf(calendar.work(start));
            if (finish != TimeAxis.NONE && es[t] + dur < finish) {
                es[t] = finish - dur;
            }
            ef[t] = es[t] + dur;
        } else if (dur == 0) {
            es[t] = milestone(calendar, Math.max(start, finish));
            ef[t] = es[t];
        } else {
            int work = calendar.work(start);
            if (finish != TimeAxis.NONE) {
                work = Math.max(work, calendar.work(finish) - dur);
            }
            es[t] = calendar.startOf(work);
            ef[t] = calendar.finishOf(work + dur);
        }
    }

    private int earlyFinishFrom(int t, WorkCalendar calendar, int start) {
        return plan.isElapsed(t) ? start + duration[t] : calendar.addWorking(start, duration[t]);
    }

    /** The explicit remaining duration of a started task, or what its percent complete leaves. */
    private int remaining(int t, int done) {
        if (plan.remaining != null && plan.remaining[t] != TimeAxis.NONE) {
            return Math.max(0, plan.remaining[t]);
        }
        return duration[t] - done;
    }

    /** A milestone stays at a finish (end of a working period), else moves to the next working start. */
    private static int milestone(WorkCalendar calendar, int instant) {
        int work = calendar.work(instant);
        return calendar.finishOf(work) == instant ? instant : calendar.startOf(work);
    }

    private void rollUpEarly(int group) {
        int start = Integer.MAX_VALUE;
        int finish = Integer.MIN_VALUE;
        for (int i = childStart[group], end = childStart[group + 1]; i < end; i++) {
            start = Math.min(start, es[children[i]]);
            finish = Math.max(finish, ef[children[i]]);
        }
        es[group] = start;
        ef[group] = finish;
        duration[group] = calendar(group).workingMinutesBetween(start, finish);
    }

    /** The earliest start (FS, SS) or finish (FF, SF) that a link allows its successor. */
    private int successorBound(int link, int successor) {
        int predecessor = plan.linkPredecessor[link];
        int from = plan.linkType[link] == 1 || plan.linkType[link] == 3 ? es[predecessor] : ef[predecessor];
        int lag = plan.linkLag[link];
        if (lag == 0) {
            return from;
        }
        return switch (plan.linkLagUnit[link]) {
            case 1 -> from + lag;
            case 2 -> shift(successor, from, (int) ((long) duration[predecessor] * lag / 10_000));
            default -> shift(successor, from, lag);
        };
    }

    private int shift(int successor, int instant, int workingMinutes) {
        WorkCalendar calendar = calendar(successor);
        return calendar.finishOf(calendar.work(instant) + workingMinutes);
    }

    private void overridden(int t, String what, int date, int earliest) {
        warnings.add(new Schedule.Warning(t, Schedule.Warning.Kind.PREDECESSOR_OVERRIDDEN, date, earliest,
                plan.name(t) + " must " + what + " on " + TimeAxis.dateTime(date) + " although its predecessors allow "
                        + TimeAxis.dateTime(earliest) + " at the earliest"));
    }

    // ---- Backward pass -----------------------------------------------------------------------------------------

    private void backward(int[] order) {
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

    private void groupBoundsBackward(int group) {
        int start = NO_UPPER;
        int finish = projectFinish;
        int parent = plan.parent[group];
        if (parent >= 0) {
            start = Math.min(start, startBound[parent]);
            finish = Math.min(finish, finishBound[parent]);
        }
        for (int i = outStart[group], end = outStart[group + 1]; i < end; i++) {
            int link = outLinks[i];
            int bound = predecessorBound(link);
            if (DependencyType.values()[plan.linkType[link]].fromStart()) {
                start = Math.min(start, bound);
            } else {
                finish = Math.min(finish, bound);
            }
        }
        int date = plan.constraintDate(group);
        switch (plan.constraintType(group)) {
            case START_NO_LATER_THAN, MUST_START_ON -> start = Math.min(start, date);
            case FINISH_NO_LATER_THAN, MUST_FINISH_ON -> finish = Math.min(finish, date);
            default -> { }
        }
        if (plan.deadline(group) != TimeAxis.NONE) {
            finish = Math.min(finish, plan.deadline(group));
        }
        startBound[group] = start;
        finishBound[group] = finish;
    }

    private void late(int t) {
        WorkCalendar calendar = calendar(t);
        int dur = duration[t];
        if (isComplete(t)) {
            lf[t] = plan.actualFinish[t];
            ls[t] = isStarted(t) ? plan.actualStart[t]
                    : plan.isElapsed(t) ? lf[t] - dur : calendar.startOf(calendar.work(lf[t]) - dur);
            return;
        }
        int start = NO_UPPER;
        int finish = projectFinish;
        int parent = plan.parent[t];
        if (parent >= 0) {
            start = Math.min(start, startBound[parent]);
            finish = Math.min(finish, finishBound[parent]);
        }
        final byte[] linkType = plan.linkType;
        for (int i = outStart[t], end = outStart[t + 1]; i < end; i++) {
            int link = outLinks[i];
            int bound = predecessorBound(link);
            if (linkType[link] == 1 || linkType[link] == 3) { // SS or SF bound this task's start
                start = Math.min(start, bound);
            } else {
                finish = Math.min(finish, bound);
            }
        }
        if (plan.constraintType != null && plan.constraintType[t] != 0) {
            int date = plan.constraintDate[t];
            switch (plan.constraintType(t)) {
                case START_NO_LATER_THAN -> start = Math.min(start, date);
                case FINISH_NO_LATER_THAN -> finish = Math.min(finish, date);
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
        }
        if (plan.deadline != null && plan.deadline[t] != TimeAxis.NONE) {
            finish = Math.min(finish, plan.deadline[t]);
        }
        if (isStarted(t)) {
            ls[t] = plan.actualStart[t];
            lf[t] = plan.isElapsed(t) ? finish : calendar.finishOf(calendar.work(finish));
        } else if (plan.isElapsed(t)) {
            lf[t] = start == NO_UPPER ? finish : Math.min(finish, start + dur);
            ls[t] = lf[t] - dur;
        } else if (dur == 0) {
            ls[t] = milestone(calendar, Math.min(start, finish));
            lf[t] = ls[t];
        } else {
            int work = finish == NO_UPPER ? Integer.MAX_VALUE : calendar.work(finish);
            if (start != NO_UPPER) {
                work = Math.min(work, calendar.work(start) + dur);
            }
            lf[t] = calendar.finishOf(work);
            ls[t] = calendar.startOf(work - dur);
        }
    }

    /** The latest start (SS, SF) or finish (FS, FF) that a link allows its predecessor. */
    private int predecessorBound(int link) {
        int successor = plan.linkSuccessor[link];
        int type = plan.linkType[link];
        int to = type == 2 || type == 3 ? lf[successor] : ls[successor];
        return unshift(link, successor, to);
    }

    /** Takes a link's lag off an instant of its successor, giving the predecessor's side. */
    private int unshift(int link, int successor, int instant) {
        int lag = plan.linkLag[link];
        if (lag == 0) {
            return instant;
        }
        return switch (plan.linkLagUnit[link]) {
            case 1 -> instant - lag;
            case 2 -> shift(successor, instant, -(int) ((long) duration[plan.linkPredecessor[link]] * lag / 10_000));
            default -> shift(successor, instant, -lag);
        };
    }

    private void rollUpLate(int group) {
        int start = Integer.MAX_VALUE;
        int finish = Integer.MIN_VALUE;
        for (int i = childStart[group], end = childStart[group + 1]; i < end; i++) {
            start = Math.min(start, ls[children[i]]);
            finish = Math.max(finish, lf[children[i]]);
        }
        ls[group] = start;
        lf[group] = finish;
    }

    // ---- Results -----------------------------------------------------------------------------------------------

    private Schedule finish(int[] order) {
        int[] totalFloat = new int[n];
        int[] freeFloat = new int[n];
        boolean[] critical = new boolean[n];
        int criticalCount = 0;
        for (int t = 0; t < n; t++) {
            WorkCalendar calendar = calendar(t);
            int total;
            if (plan.isElapsed(t) && !isGroup(t)) {
                total = Math.min(ls[t] - es[t], lf[t] - ef[t]);
            } else {
                total = Math.min(calendar.work(ls[t]) - calendar.work(es[t]), calendar.work(lf[t]) - calendar.work(ef[t]));
            }
            if (isStarted(t) && !isComplete(t)) {
                total = calendar.work(lf[t]) - calendar.work(ef[t]);
            }
            totalFloat[t] = total;
            freeFloat[t] = Math.max(0, Math.min(total, freeFloat(t, calendar)));
            critical[t] = total <= 0 && !isComplete(t);
            if (critical[t] && !isGroup(t)) {
                criticalCount++;
            }
        }
        checkConstraints();

        boolean lateScheduling = plan.isBackward() || plan.constraintType != null;
        int[] start = es;
        int[] finish = ef;
        if (lateScheduling) {
            start = Arrays.copyOf(es, n);
            finish = Arrays.copyOf(ef, n);
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
                } else if (!isStarted(v) && !isComplete(v) && (plan.isBackward()
                        || plan.constraintType(v) == ConstraintType.AS_LATE_AS_POSSIBLE)) {
                    start[v] = ls[v];
                    finish[v] = lf[v];
                }
            }
        }

        int[] criticalPath = new int[criticalCount];
        long[] keys = new long[criticalCount];
        int k = 0;
        for (int t = 0; t < n; t++) {
            if (critical[t] && !isGroup(t)) {
                keys[k++] = ((long) es[t] << 32) | t;
            }
        }
        Arrays.sort(keys);
        for (int i = 0; i < criticalCount; i++) {
            criticalPath[i] = (int) keys[i];
        }
        return new Schedule(plan, start, finish, es, ef, ls, lf, duration, totalFloat, freeFloat, critical,
                criticalPath, rollUpProgress(order), rollUpWork(order), rollUpCost(order), projectStart, projectFinish,
                List.copyOf(warnings));
    }

    /** How far this task's finish can move without moving any successor's early dates. */
    private int freeFloat(int t, WorkCalendar calendar) {
        int free = NO_UPPER;
        for (int i = outStart[t], end = outStart[t + 1]; i < end; i++) {
            int link = outLinks[i];
            int successor = plan.linkSuccessor[link];
            int type = plan.linkType[link];
            int allowed = unshift(link, successor, type == 2 || type == 3 ? ef[successor] : es[successor]);
            int own = type == 1 || type == 3 ? es[t] : ef[t];
            free = Math.min(free, plan.isElapsed(t) ? allowed - own : calendar.work(allowed) - calendar.work(own));
        }
        if (free == NO_UPPER) {
            free = plan.isElapsed(t) ? projectFinish - ef[t] : calendar.work(projectFinish) - calendar.work(ef[t]);
        }
        return free;
    }

    private void checkConstraints() {
        for (int t = 0; t < n; t++) {
            int date = plan.constraintDate(t);
            switch (plan.constraintType(t)) {
                case START_NO_LATER_THAN -> {
                    if (es[t] > date) {
                        notMet(t, "start no later than", date, es[t]);
                    }
                }
                case FINISH_NO_LATER_THAN -> {
                    if (ef[t] > date) {
                        notMet(t, "finish no later than", date, ef[t]);
                    }
                }
                default -> { }
            }
            int deadline = plan.deadline(t);
            if (deadline != TimeAxis.NONE && ef[t] > deadline) {
                warnings.add(new Schedule.Warning(t, Schedule.Warning.Kind.DEADLINE_MISSED, deadline, ef[t],
                        plan.name(t) + " misses its deadline " + TimeAxis.dateTime(deadline) + ": it finishes "
                                + TimeAxis.dateTime(ef[t]) + " at the earliest"));
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
                done[v] = duration[v] * (double) percent[v] / 100;
                total[v] = duration[v];
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
