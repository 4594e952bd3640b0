package org.lodestar.engine.schedule;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An activity network ready to schedule: tasks (by index, in outline order), their hierarchy, calendars,
 * constraints and progress, and the dependencies between them. Immutable once built; optional data (constraints,
 * progress, work, cost) takes no memory until a task uses it.
 */
public final class Plan {

    /** The longest duration or lag accepted: a hundred years of elapsed minutes. */
    public static final int MAX_MINUTES = 100 * 366 * TimeAxis.MINUTES_PER_DAY;

    static final byte SUMMARY = 1;
    static final byte MILESTONE = 2;
    static final byte ELAPSED = 4;
    static final byte AT_START = 8;
    static final byte LEVEL_OF_EFFORT = 16;
    static final byte WBS_SUMMARY = 32;

    final int size;
    final String[] names;
    final int[] duration;
    final byte[] flags;
    final int[] parent;
    final short[] calendarIndex;
    final WorkCalendar[] calendars;
    final int start;
    final int finish;
    final int statusDate;
    final ScheduleMode mode;
    final ProgressedActivities progressedActivities;
    final LagCalendar lagCalendar;

    // Optional per-task data, null when no task uses it.
    final byte[] constraintType;
    final int[] constraintDate;
    final int[] deadline;
    final int[] actualStart;
    final int[] actualFinish;
    final float[] percentComplete;
    final int[] remaining;
    final long[] work;
    final double[] cost;
    final int[] levelingDelay;
    /** Pauses of split tasks, each {after, length, after, length, ...} in working minutes; null without splits. */
    final int[][] pauses;

    final int links;
    /** Whether any task is a level-of-effort or WBS summary activity, whose dates come from the others. */
    final boolean hasPassive;
    final int[] linkPredecessor;
    final int[] linkSuccessor;
    final byte[] linkType;
    final int[] linkLag;
    final byte[] linkLagUnit;

    // The same network in the shape the scheduler walks: children of each task, and links by successor (in) and by
    // predecessor (out), each in CSR form with the link's data side by side (kind = type | lag unit << 2).
    final int[] childStart;
    final int[] children;
    final int[] inStart;
    final int[] inTask;
    final int[] inLag;
    final byte[] inKind;
    final int[] outStart;
    final int[] outTask;
    final int[] outLag;
    final byte[] outKind;

    private Plan(Builder b) {
        size = b.size;
        names = Arrays.copyOf(b.names, size);
        duration = Arrays.copyOf(b.duration, size);
        flags = Arrays.copyOf(b.flags, size);
        parent = Arrays.copyOf(b.parent, size);
        calendarIndex = Arrays.copyOf(b.calendarIndex, size);
        calendars = b.calendars.toArray(WorkCalendar[]::new);
        start = b.start;
        finish = b.finish;
        statusDate = b.statusDate;
        mode = b.mode;
        progressedActivities = b.progressedActivities;
        lagCalendar = b.lagCalendar;
        constraintType = b.constraintType == null ? null : Arrays.copyOf(b.constraintType, size);
        constraintDate = b.constraintDate == null ? null : Arrays.copyOf(b.constraintDate, size);
        deadline = b.deadline == null ? null : Arrays.copyOf(b.deadline, size);
        actualStart = b.actualStart == null ? null : Arrays.copyOf(b.actualStart, size);
        actualFinish = b.actualFinish == null ? null : Arrays.copyOf(b.actualFinish, size);
        percentComplete = b.percentComplete == null ? null : Arrays.copyOf(b.percentComplete, size);
        remaining = b.remaining == null ? null : Arrays.copyOf(b.remaining, size);
        work = b.work == null ? null : Arrays.copyOf(b.work, size);
        cost = b.cost == null ? null : Arrays.copyOf(b.cost, size);
        levelingDelay = b.levelingDelay == null ? null : Arrays.copyOf(b.levelingDelay, size);
        pauses = b.pauses == null ? null : Arrays.copyOf(b.pauses, size);
        links = b.links;
        linkPredecessor = Arrays.copyOf(b.linkPredecessor, links);
        linkSuccessor = Arrays.copyOf(b.linkSuccessor, links);
        linkType = Arrays.copyOf(b.linkType, links);
        linkLag = Arrays.copyOf(b.linkLag, links);
        linkLagUnit = Arrays.copyOf(b.linkLagUnit, links);

        childStart = new int[size + 1];
        for (int t = 0; t < size; t++) {
            if (parent[t] >= 0) {
                childStart[parent[t] + 1]++;
            }
        }
        for (int t = 0; t < size; t++) {
            childStart[t + 1] += childStart[t];
        }
        children = new int[childStart[size]];
        int[] fill = Arrays.copyOf(childStart, size);
        for (int t = 0; t < size; t++) {
            if (parent[t] >= 0) {
                children[fill[parent[t]]++] = t;
            }
        }
        boolean anyPassive = false;
        for (int t = 0; t < size && !anyPassive; t++) {
            anyPassive = (flags[t] & (LEVEL_OF_EFFORT | WBS_SUMMARY)) != 0;
        }
        hasPassive = anyPassive;
        // the links of level-of-effort and WBS summary activities drive nothing: the passes do not see them
        int driving = 0;
        for (int l = 0; l < links; l++) {
            if (!hasPassive || !isPassive(linkPredecessor[l]) && !isPassive(linkSuccessor[l])) driving++;
        }
        inStart = new int[size + 1];
        outStart = new int[size + 1];
        for (int l = 0; l < links; l++) {
            if (hasPassive && (isPassive(linkPredecessor[l]) || isPassive(linkSuccessor[l]))) continue;
            inStart[linkSuccessor[l] + 1]++;
            outStart[linkPredecessor[l] + 1]++;
        }
        for (int t = 0; t < size; t++) {
            inStart[t + 1] += inStart[t];
            outStart[t + 1] += outStart[t];
        }
        inTask = new int[driving];
        inLag = new int[driving];
        inKind = new byte[driving];
        outTask = new int[driving];
        outLag = new int[driving];
        outKind = new byte[driving];
        int[] inFill = Arrays.copyOf(inStart, size);
        System.arraycopy(outStart, 0, fill, 0, size);
        for (int l = 0; l < links; l++) {
            if (hasPassive && (isPassive(linkPredecessor[l]) || isPassive(linkSuccessor[l]))) continue;
            byte kind = (byte) (linkType[l] | linkLagUnit[l] << 2);
            int i = inFill[linkSuccessor[l]]++;
            inTask[i] = linkPredecessor[l];
            inLag[i] = linkLag[l];
            inKind[i] = kind;
            int o = fill[linkPredecessor[l]]++;
            outTask[o] = linkSuccessor[l];
            outLag[o] = linkLag[l];
            outKind[o] = kind;
        }
    }

    public static Builder builder(WorkCalendar projectCalendar) {
        return new Builder(projectCalendar);
    }

    public int size() {
        return size;
    }

    public String name(int task) {
        return names[task];
    }

    public boolean isSummary(int task) {
        return (flags[task] & SUMMARY) != 0;
    }

    /** A milestone: marked so, or a task without duration. */
    public boolean isMilestone(int task) {
        return (flags[task] & MILESTONE) != 0 || (!isSummary(task) && duration[task] == 0);
    }

    public boolean isElapsed(int task) {
        return (flags[task] & ELAPSED) != 0;
    }

    /** P6's level of effort: it spans from its predecessors' to its successors' dates and drives nothing. */
    public boolean isLevelOfEffort(int task) {
        return (flags[task] & LEVEL_OF_EFFORT) != 0;
    }

    /** P6's WBS summary activity: it spans the other activities under its parent and drives nothing. */
    public boolean isWbsSummary(int task) {
        return (flags[task] & WBS_SUMMARY) != 0;
    }

    boolean isPassive(int task) {
        return (flags[task] & (LEVEL_OF_EFFORT | WBS_SUMMARY)) != 0;
    }

    /** A milestone's key, moved to the start form of its working instant for P6's start milestones. */
    int milestoneKey(int task, int key) {
        return (flags[task] & AT_START) != 0 ? key | 1 : key;
    }

    /** The parent summary's index, or -1 for a top-level task. */
    public int parent(int task) {
        return parent[task];
    }

    /** The planned duration in minutes (working minutes unless elapsed). */
    public int duration(int task) {
        return duration[task];
    }

    public WorkCalendar projectCalendar() {
        return calendars[0];
    }

    public WorkCalendar calendarOf(int task) {
        return calendars[calendarIndex[task]];
    }







    public ConstraintType constraintType(int task) {
        return ConstraintType.values()[constraintType == null ? 0 : constraintType[task]];
    }

    /** The constraint's date as a {@link TimeAxis} minute, or {@link TimeAxis#NONE}. */
    public int constraintDate(int task) {
        return constraintDate == null ? TimeAxis.NONE : constraintDate[task];
    }

    public int deadline(int task) {
        return deadline == null ? TimeAxis.NONE : deadline[task];
    }

    /** The leveling delay in working minutes of the task's calendar (Microsoft Project's "Leveling Delay"), or 0. */
    public int levelingDelay(int task) {
        return levelingDelay == null ? 0 : levelingDelay[task];
    }

    /** Working minutes of the task's pauses (splits) together. */
    public int pausedMinutes(int task) {
        return pauses == null ? 0 : (int) total(pauses[task]);
    }

    /** The lengths of pauses {after, length, after, length, ...} added up; 0 for none. */
    private static long total(int[] pauses) {
        long total = 0;
        for (int i = 1; pauses != null && i < pauses.length; i += 2) total += pauses[i];
        return total;
    }

    /** Working minutes of the pauses that come after at most {@code work} minutes of the task's work. */
    int pausedWithin(int task, int work) {
        int[] own = pauses == null ? null : pauses[task];
        int total = 0;
        for (int i = 0; own != null && i < own.length && own[i] <= work; i += 2) total += own[i + 1];
        return total;
    }

    public int actualStart(int task) {
        return actualStart == null ? TimeAxis.NONE : actualStart[task];
    }

    public int actualFinish(int task) {
        return actualFinish == null ? TimeAxis.NONE : actualFinish[task];
    }

    public double percentComplete(int task) {
        return percentComplete == null ? 0 : percentComplete[task];
    }

    /** Forward from this start, or {@link TimeAxis#NONE} when scheduled backward from {@link #finish()}. */
    public int start() {
        return start;
    }

    public int finish() {
        return finish;
    }

    public boolean isBackward() {
        return start == TimeAxis.NONE;
    }

    public int statusDate() {
        return statusDate;
    }

    /** Whose rules this plan is scheduled by; Microsoft Project's unless the builder said otherwise. */
    public ScheduleMode mode() {
        return mode;
    }

    public ProgressedActivities progressedActivities() {
        return progressedActivities;
    }

    public LagCalendar lagCalendar() {
        return lagCalendar;
    }

    /** Collects tasks and links; indices are handed out in insertion order, which is the outline (row) order. */
    public static final class Builder {
        private int size;
        private String[] names = new String[16];
        private int[] duration = new int[16];
        private byte[] flags = new byte[16];
        private int[] parent = new int[16];
        private short[] calendarIndex = new short[16];
        private final List<WorkCalendar> calendars = new ArrayList<>();
        private int start = TimeAxis.NONE;
        private int finish = TimeAxis.NONE;
        private int statusDate = TimeAxis.NONE;
        private ScheduleMode mode = ScheduleMode.MICROSOFT_PROJECT;
        private ProgressedActivities progressedActivities = ProgressedActivities.RETAINED_LOGIC;
        private LagCalendar lagCalendar = LagCalendar.SUCCESSOR;

        private byte[] constraintType;
        private int[] constraintDate;
        private int[] deadline;
        private int[] actualStart;
        private int[] actualFinish;
        private float[] percentComplete;
        private int[] remaining;
        private long[] work;
        private int[] levelingDelay;
        private int[][] pauses;
        private double[] cost;

        private int links;
        private int[] linkPredecessor = new int[16];
        private int[] linkSuccessor = new int[16];
        private byte[] linkType = new byte[16];
        private int[] linkLag = new int[16];
        private byte[] linkLagUnit = new byte[16];

        private Builder(WorkCalendar projectCalendar) {
            calendars.add(Objects.requireNonNull(projectCalendar, "projectCalendar"));
        }

        /** Registers another calendar; the project calendar is index 0. */
        public int calendar(WorkCalendar calendar) {
            int known = calendars.indexOf(calendar);
            if (known >= 0) {
                return known;
            }
            calendars.add(Objects.requireNonNull(calendar, "calendar"));
            return calendars.size() - 1;
        }

        public Builder start(LocalDateTime start) {
            this.start = TimeAxis.minute(start);
            return this;
        }

        /** Schedules backward from this finish instead of forward from a start. */
        public Builder finish(LocalDateTime finish) {
            this.finish = TimeAxis.minute(finish);
            return this;
        }

        /** Schedules by another tool's rules where they differ from Microsoft Project's (see {@link ScheduleMode}). */
        public Builder mode(ScheduleMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** Under {@link ScheduleMode#PRIMAVERA_P6}: whether an activity in progress still waits for its predecessors. */
        public Builder progressedActivities(ProgressedActivities progressedActivities) {
            this.progressedActivities = Objects.requireNonNull(progressedActivities, "progressedActivities");
            return this;
        }

        /** The calendar working lags are counted on (the successor's unless set). */
        public Builder lagCalendar(LagCalendar lagCalendar) {
            this.lagCalendar = Objects.requireNonNull(lagCalendar, "lagCalendar");
            return this;
        }

        public Builder statusDate(LocalDateTime statusDate) {
            this.statusDate = statusDate == null ? TimeAxis.NONE : TimeAxis.minute(statusDate);
            return this;
        }

        public int task(String name, int durationMinutes) {
            if (size == names.length) {
                grow();
            }
            names[size] = name;
            duration[size] = durationMinutes;
            parent[size] = -1;
            return size++;
        }

        public int milestone(String name) {
            int task = task(name, 0);
            flags[task] |= MILESTONE;
            return task;
        }

        public int summary(String name) {
            int task = task(name, 0);
            flags[task] |= SUMMARY;
            return task;
        }

        public Builder parent(int task, int parent) {
            check(task);
            check(parent);
            this.parent[task] = parent;
            return this;
        }

        public Builder elapsed(int task) {
            flags[check(task)] |= ELAPSED;
            return this;
        }

        /**
         * P6's start milestone: it falls at the start of the working period its predecessors allow (Tuesday 08:00
         * after a finish on Monday 17:00), where Project's milestone, like P6's finish milestone, stays at that
         * finish.
         */
        public Builder startMilestone(int task) {
            flags[check(task)] |= AT_START;
            return this;
        }

        /**
         * P6's level of effort: its dates come from its links (it starts at the earliest start its predecessors' or
         * successors' start links give, and finishes at the latest finish theirs give), and it drives nothing.
         */
        public Builder levelOfEffort(int task) {
            flags[check(task)] |= LEVEL_OF_EFFORT;
            return this;
        }

        /** P6's WBS summary activity: it spans the other activities under its parent, and drives nothing. */
        public Builder wbsSummary(int task) {
            flags[check(task)] |= WBS_SUMMARY;
            return this;
        }

        public Builder calendar(int task, int calendarIndex) {
            if (calendarIndex < 0 || calendarIndex >= calendars.size()) {
                throw new IllegalArgumentException("Unknown calendar index " + calendarIndex);
            }
            this.calendarIndex[check(task)] = (short) calendarIndex;
            return this;
        }

        public Builder constraint(int task, ConstraintType type, LocalDateTime date) {
            check(task);
            if (type.hasDate() && date == null) {
                throw new IllegalArgumentException("The constraint " + type + " of task " + names[task] + " needs a date");
            }
            if (constraintType == null) {
                constraintType = new byte[names.length];
                constraintDate = filled(names.length);
            }
            constraintType[task] = (byte) type.ordinal();
            constraintDate[task] = type.hasDate() ? TimeAxis.minute(date) : TimeAxis.NONE;
            return this;
        }

        public Builder deadline(int task, LocalDateTime date) {
            check(task);
            if (deadline == null) {
                deadline = filled(names.length);
            }
            deadline[task] = date == null ? TimeAxis.NONE : TimeAxis.minute(date);
            return this;
        }

        public Builder actualStart(int task, LocalDateTime date) {
            check(task);
            if (actualStart == null) {
                actualStart = filled(names.length);
            }
            actualStart[task] = date == null ? TimeAxis.NONE : TimeAxis.minute(date);
            return this;
        }

        public Builder actualFinish(int task, LocalDateTime date) {
            check(task);
            if (actualFinish == null) {
                actualFinish = filled(names.length);
            }
            actualFinish[task] = date == null ? TimeAxis.NONE : TimeAxis.minute(date);
            return this;
        }

        public Builder percentComplete(int task, double percent) {
            check(task);
            if (!(percent >= 0 && percent <= 100)) {
                throw new IllegalArgumentException("Percent complete of " + names[task] + " must be 0 to 100: " + percent);
            }
            if (percentComplete == null) {
                percentComplete = new float[names.length];
            }
            percentComplete[task] = (float) percent;
            return this;
        }

        /** Remaining working minutes of a started task; by default its duration times the part not complete. */
        public Builder remainingDuration(int task, int minutes) {
            check(task);
            if (remaining == null) {
                remaining = filled(names.length);
            }
            remaining[task] = minutes;
            return this;
        }

        public Builder work(int task, long minutes) {
            check(task);
            if (work == null) {
                work = new long[names.length];
            }
            work[task] = minutes;
            return this;
        }

        /**
         * Delays the task by this many working minutes of its own calendar after its early start from predecessors,
         * its parent and its constraint is known, as Microsoft Project's "Leveling Delay"; successors follow.
         */
        public Builder levelingDelay(int task, int minutes) {
            check(task);
            if (minutes < 0 || minutes > MAX_MINUTES) {
                throw new IllegalArgumentException("Leveling delay of " + names[task] + " out of range: " + minutes);
            }
            if (levelingDelay == null) {
                levelingDelay = new int[names.length];
            }
            levelingDelay[task] = minutes;
            return this;
        }

        /**
         * Splits the task, as Microsoft Project does: after {@code afterMinutes} of its work the work stops for
         * {@code pauseMinutes} of its calendar's working time, and the pause moves with the task. Pauses are given
         * in the order they fall in the work, each within it (after its start, before its end); elapsed tasks and
         * milestones are not split.
         */
        public Builder split(int task, int afterMinutes, int pauseMinutes) {
            check(task);
            int[] own = pauses == null ? null : pauses[task];
            int previous = own == null ? 0 : own[own.length - 2];
            if (afterMinutes <= previous || afterMinutes >= duration[task]) {
                throw new IllegalArgumentException("A pause of " + names[task] + " must come after " + previous
                        + " and before " + duration[task] + " working minutes: " + afterMinutes);
            }
            if (pauseMinutes <= 0 || pauseMinutes > MAX_MINUTES) {
                throw new IllegalArgumentException("A pause of " + names[task] + " out of range: " + pauseMinutes);
            }
            if (pauses == null) {
                pauses = new int[names.length][];
            }
            own = own == null ? new int[2] : Arrays.copyOf(own, own.length + 2);
            own[own.length - 2] = afterMinutes;
            own[own.length - 1] = pauseMinutes;
            pauses[task] = own;
            return this;
        }

        public Builder cost(int task, double amount) {
            check(task);
            if (cost == null) {
                cost = new double[names.length];
            }
            cost[task] = amount;
            return this;
        }

        public Builder link(int predecessor, int successor) {
            return link(predecessor, successor, DependencyType.FS, 0, LagUnit.WORKING);
        }

        public Builder link(int predecessor, int successor, DependencyType type, int lag, LagUnit unit) {
            if (links == linkPredecessor.length) {
                int capacity = links * 2;
                linkPredecessor = Arrays.copyOf(linkPredecessor, capacity);
                linkSuccessor = Arrays.copyOf(linkSuccessor, capacity);
                linkType = Arrays.copyOf(linkType, capacity);
                linkLag = Arrays.copyOf(linkLag, capacity);
                linkLagUnit = Arrays.copyOf(linkLagUnit, capacity);
            }
            linkPredecessor[links] = predecessor;
            linkSuccessor[links] = successor;
            linkType[links] = (byte) type.ordinal();
            linkLag[links] = lag;
            linkLagUnit[links] = (byte) unit.ordinal();
            links++;
            return this;
        }

        /** Checks the network and freezes it; a clear {@link IllegalArgumentException} names what is wrong. */
        public Plan build() {
            if (start == TimeAxis.NONE && finish == TimeAxis.NONE) {
                throw new IllegalArgumentException("A plan needs a start date, or a finish date to schedule backward");
            }
            if (start != TimeAxis.NONE && finish != TimeAxis.NONE) {
                finish = TimeAxis.NONE; // forward scheduling wins; the finish is computed
            }
            for (int t = 0; t < size; t++) {
                if (duration[t] < 0 || duration[t] > MAX_MINUTES) {
                    throw new IllegalArgumentException("Duration of " + names[t] + " must be between 0 and 100 years: "
                            + duration[t] + " minutes");
                }
                if (pauses != null && pauses[t] != null && ((flags[t] & (SUMMARY | ELAPSED)) != 0
                        || duration[t] + total(pauses[t]) > MAX_MINUTES)) {
                    throw new IllegalArgumentException("Only a task of working time can be split, within 100 years: "
                            + names[t]);
                }
                int p = parent[t];
                if (p >= 0 && (flags[p] & SUMMARY) == 0) {
                    throw new IllegalArgumentException("Parent of " + names[t] + " is not a summary task: " + names[p]);
                }
            }
            checkHierarchy();
            checkLinks();
            return new Plan(this);
        }

        private void checkHierarchy() {
            byte[] state = new byte[size]; // 0 unknown, 1 on the current chain, 2 known to reach the top
            for (int t = 0; t < size; t++) {
                int node = t;
                while (node >= 0 && state[node] == 0) {
                    state[node] = 1;
                    node = parent[node];
                }
                if (node >= 0 && state[node] == 1) {
                    throw new IllegalArgumentException("Task " + names[node] + " is its own ancestor");
                }
                for (node = t; node >= 0 && state[node] == 1; node = parent[node]) {
                    state[node] = 2;
                }
            }
        }

        private void checkLinks() {
            long[] pairs = new long[links];
            for (int l = 0; l < links; l++) {
                int p = linkPredecessor[l];
                int s = linkSuccessor[l];
                if (p < 0 || p >= size || s < 0 || s >= size) {
                    throw new IllegalArgumentException("Dependency " + (l + 1) + " names an unknown task: " + p + " -> " + s);
                }
                if (p == s) {
                    throw new IllegalArgumentException("Task " + names[p] + " cannot depend on itself");
                }
                if (Math.abs((long) linkLag[l]) > MAX_MINUTES && linkLagUnit[l] != LagUnit.PERCENT.ordinal()) {
                    throw new IllegalArgumentException("Lag from " + names[p] + " to " + names[s] + " exceeds 100 years");
                }
                pairs[l] = ((long) p << 32) | s;
            }
            Arrays.sort(pairs);
            for (int l = 1; l < links; l++) {
                if (pairs[l] == pairs[l - 1]) {
                    int p = (int) (pairs[l] >>> 32);
                    int s = (int) pairs[l];
                    throw new IllegalArgumentException("Task " + names[s] + " depends on " + names[p] + " twice");
                }
            }
        }

        private int check(int task) {
            if (task < 0 || task >= size) {
                throw new IllegalArgumentException("Unknown task index " + task);
            }
            return task;
        }

        private void grow() {
            int capacity = names.length * 2;
            names = Arrays.copyOf(names, capacity);
            duration = Arrays.copyOf(duration, capacity);
            flags = Arrays.copyOf(flags, capacity);
            parent = Arrays.copyOf(parent, capacity);
            calendarIndex = Arrays.copyOf(calendarIndex, capacity);
            constraintType = constraintType == null ? null : Arrays.copyOf(constraintType, capacity);
            constraintDate = grown(constraintDate, capacity);
            deadline = grown(deadline, capacity);
            actualStart = grown(actualStart, capacity);
            actualFinish = grown(actualFinish, capacity);
            remaining = grown(remaining, capacity);
            percentComplete = percentComplete == null ? null : Arrays.copyOf(percentComplete, capacity);
            work = work == null ? null : Arrays.copyOf(work, capacity);
            cost = cost == null ? null : Arrays.copyOf(cost, capacity);
            levelingDelay = levelingDelay == null ? null : Arrays.copyOf(levelingDelay, capacity);
            pauses = pauses == null ? null : Arrays.copyOf(pauses, capacity);
        }

        private static int[] grown(int[] array, int capacity) {
            if (array == null) {
                return null;
            }
            int[] grown = Arrays.copyOf(array, capacity);
            Arrays.fill(grown, array.length, capacity, TimeAxis.NONE);
            return grown;
        }

        private static int[] filled(int capacity) {
            int[] array = new int[capacity];
            Arrays.fill(array, TimeAxis.NONE);
            return array;
        }
    }
}
