package org.lodestar.engine.level;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A resource-constrained project scheduling problem in whole time units (days, hours: the caller chooses): activities
 * with fixed durations, renewable resources with a constant capacity, each activity's demand on each resource for its
 * whole duration, finish-to-start precedences with a lag (negative for a lead), and per activity an optional release
 * (earliest start), deadline (latest finish) and leveling priority. Times are counted from 0. Immutable once built.
 * <p>A resource's capacity can be partly reserved over given times ({@link Builder#reserve}): load that is fixed where
 * it is, such as the same person's work in other projects or a task that must not move. Reserved units are not
 * activities: no search ever moves them, and every schedule must fit beside them.
 */
public final class RcpspProblem {

    /** The deadline of an activity that has none. */
    public static final int NO_DEADLINE = Integer.MAX_VALUE;

    final String[] names;
    final int[] duration;
    final int[] release;
    final int[] deadline;
    final int[] priority;
    final String[] resourceNames;
    final int[] capacity;
    /** reserved[r][t]: units of resource r reserved at time t (the array ends after the last reservation). */
    final int[][] reserved;
    /** Indices of the resources activity j uses (demand above zero), increasing; sparse, as most use few. */
    final int[][] uses;
    /** units[j][k]: how much of resource uses[j][k] activity j uses while it runs. */
    final int[][] units;
    final int[][] predecessors;
    final int[][] predecessorLags;
    final int[][] successors;
    final int[][] successorLags;
    /** The activities in an order where every predecessor comes before its successors. */
    final int[] topologicalOrder;

    private RcpspProblem(Builder b) {
        int n = b.names.size();
        names = b.names.toArray(String[]::new);
        duration = b.duration.stream().mapToInt(Integer::intValue).toArray();
        release = b.release.stream().mapToInt(Integer::intValue).toArray();
        deadline = b.deadline.stream().mapToInt(Integer::intValue).toArray();
        priority = b.priority.stream().mapToInt(Integer::intValue).toArray();
        resourceNames = b.resourceNames.toArray(String[]::new);
        capacity = b.capacity.stream().mapToInt(Integer::intValue).toArray();
        reserved = b.reserved.stream().map(int[]::clone).toArray(int[][]::new);
        uses = new int[n][];
        units = new int[n][];
        for (int j = 0; j < n; j++) {
            java.util.TreeMap<Integer, Integer> row = b.demand.get(j);
            row.values().removeIf(u -> u == 0);
            uses[j] = row.keySet().stream().mapToInt(Integer::intValue).toArray();
            units[j] = row.values().stream().mapToInt(Integer::intValue).toArray();
            for (int k = 0; k < uses[j].length; k++) {
                int r = uses[j][k];
                if (r >= capacity.length) {
                    throw new IllegalArgumentException("Activity " + names[j] + " uses resource " + r
                            + ", which does not exist");
                }
                if (units[j][k] > capacity[r]) {
                    throw new IllegalArgumentException("Activity " + names[j] + " needs " + units[j][k] + " of "
                            + resourceNames[r] + ", whose capacity is " + capacity[r]);
                }
            }
        }
        predecessors = new int[n][];
        predecessorLags = new int[n][];
        successors = new int[n][];
        successorLags = new int[n][];
        int[] inCount = new int[n];
        int[] outCount = new int[n];
        for (int[] arc : b.arcs) {
            outCount[arc[0]]++;
            inCount[arc[1]]++;
        }
        for (int j = 0; j < n; j++) {
            predecessors[j] = new int[inCount[j]];
            predecessorLags[j] = new int[inCount[j]];
            successors[j] = new int[outCount[j]];
            successorLags[j] = new int[outCount[j]];
        }
        Arrays.fill(inCount, 0);
        Arrays.fill(outCount, 0);
        for (int[] arc : b.arcs) {
            int from = arc[0];
            int to = arc[1];
            successors[from][outCount[from]] = to;
            successorLags[from][outCount[from]++] = arc[2];
            predecessors[to][inCount[to]] = from;
            predecessorLags[to][inCount[to]++] = arc[2];
        }
        topologicalOrder = sortTopologically();
    }

    private int[] sortTopologically() {
        int n = names.length;
        int[] waiting = new int[n];
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int j = 0; j < n; j++) {
            waiting[j] = predecessors[j].length;
            if (waiting[j] == 0) {
                ready.add(j);
            }
        }
        int[] order = new int[n];
        int k = 0;
        while (!ready.isEmpty()) {
            int j = ready.poll();
            order[k++] = j;
            for (int s : successors[j]) {
                if (--waiting[s] == 0) {
                    ready.add(s);
                }
            }
        }
        if (k < n) {
            List<String> stuck = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (waiting[j] > 0) {
                    stuck.add(names[j]);
                }
            }
            throw new IllegalArgumentException("The precedences form a cycle among " + stuck);
        }
        return order;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int activities() {
        return names.length;
    }

    public int resources() {
        return capacity.length;
    }

    public String name(int activity) {
        return names[activity];
    }

    public int duration(int activity) {
        return duration[activity];
    }

    public int release(int activity) {
        return release[activity];
    }

    /** The latest finish of the activity, or {@link #NO_DEADLINE}. */
    public int deadline(int activity) {
        return deadline[activity];
    }

    /** The leveling priority: higher is scheduled first (Microsoft Project's sense); 0 unless set. */
    public int priority(int activity) {
        return priority[activity];
    }

    public String resourceName(int resource) {
        return resourceNames[resource];
    }

    public int capacity(int resource) {
        return capacity[resource];
    }

    /** Units of the resource reserved at the time (0 where nothing is). */
    public int reserved(int resource, int time) {
        int[] row = reserved[resource];
        return time >= 0 && time < row.length ? row[time] : 0;
    }

    /** The time after the resource's last reservation (0 when it has none). */
    public int reservedUntil(int resource) {
        return reserved[resource].length;
    }

    /** Units of the resource that the activity uses while it runs (0 when it uses none). */
    public int demand(int activity, int resource) {
        int k = Arrays.binarySearch(uses[activity], resource);
        return k < 0 ? 0 : units[activity][k];
    }

    /** The direct predecessors of the activity. */
    public int[] predecessors(int activity) {
        return predecessors[activity].clone();
    }

    /** The lag after the finish of {@code predecessors(activity)[k]} before the activity may start. */
    public int predecessorLag(int activity, int k) {
        return predecessorLags[activity][k];
    }

    /** The activities in an order where every predecessor comes before its successors. */
    public int[] topologicalOrder() {
        return topologicalOrder.clone();
    }

    /**
     * Earliest starts ignoring resources: each activity at the later of its release and its predecessors' finishes
     * plus lags (never before 0).
     */
    public int[] earlyStarts() {
        int[] start = new int[activities()];
        for (int j : topologicalOrder) {
            int es = Math.max(0, release[j]);
            for (int k = 0; k < predecessors[j].length; k++) {
                int p = predecessors[j][k];
                es = Math.max(es, start[p] + duration[p] + predecessorLags[j][k]);
            }
            start[j] = es;
        }
        return start;
    }

    /** The length of the longest chain of activities and lags: a lower bound on any schedule's makespan. */
    public int criticalPathLength() {
        return makespan(earlyStarts());
    }

    /**
     * A lower bound on the makespan: the critical path, and for each resource the time its capacity left beside its
     * reservations needs to hold its total work.
     */
    public int lowerBound() {
        int bound = criticalPathLength();
        long[] work = new long[resources()];
        for (int j = 0; j < activities(); j++) {
            for (int k = 0; k < uses[j].length; k++) {
                work[uses[j][k]] += (long) units[j][k] * duration[j];
            }
        }
        for (int r = 0; r < resources(); r++) {
            if (capacity[r] > 0) {
                bound = Math.max(bound, timeToFit(r, work[r]));
            }
        }
        return bound;
    }

    /** The least time by which the capacity that resource r has left beside its reservations holds this work. */
    private int timeToFit(int r, long work) {
        long free = 0;
        int[] row = reserved[r];
        for (int t = 0; t < row.length; t++) {
            if (free >= work) {
                return t;
            }
            free += capacity[r] - row[t];
        }
        long left = Math.max(0, work - free);
        return (int) (row.length + (left + capacity[r] - 1) / capacity[r]);
    }

    /** The latest finish of any activity of the schedule (0 for no activities). */
    public int makespan(int[] starts) {
        int makespan = 0;
        for (int j = 0; j < starts.length; j++) {
            makespan = Math.max(makespan, starts[j] + duration[j]);
        }
        return makespan;
    }

    /**
     * Everything wrong with the schedule: a start before 0 or before the release, a precedence (with its lag) not
     * respected, a time unit where a resource is used beyond its capacity (reservations included). Deadlines are not checked here: a leveling
     * reports missed deadlines separately ({@link Leveling#missedDeadlines()}). Empty when the schedule is feasible.
     */
    public List<String> violations(int[] starts) {
        List<String> violations = new ArrayList<>();
        if (starts.length != activities()) {
            violations.add("The schedule has " + starts.length + " starts for " + activities() + " activities");
            return violations;
        }
        for (int j = 0; j < activities(); j++) {
            if (starts[j] < Math.max(0, release[j])) {
                violations.add(names[j] + " starts at " + starts[j] + ", before its release "
                        + Math.max(0, release[j]));
            }
            for (int k = 0; k < predecessors[j].length; k++) {
                int p = predecessors[j][k];
                int earliest = starts[p] + duration[p] + predecessorLags[j][k];
                if (starts[j] < earliest) {
                    violations.add(names[j] + " starts at " + starts[j] + ", before " + names[p]
                            + " finishes (plus lag) at " + earliest);
                }
            }
        }
        int[][] used = usage(starts);
        for (int r = 0; r < resources(); r++) {
            for (int t = 0; t < used[r].length; t++) {
                if (used[r][t] > capacity[r]) {
                    violations.add(resourceNames[r] + " is used " + used[r][t] + " at time " + t
                            + ", above its capacity " + capacity[r]);
                }
            }
        }
        return violations;
    }

    /**
     * usage[r][t]: the units of resource r in use during time unit t (from 0 to the makespan) by the schedule and
     * the reservations.
     */
    int[][] usage(int[] starts) {
        int horizon = makespan(starts);
        int[][] used = new int[resources()][horizon];
        for (int r = 0; r < resources(); r++) {
            System.arraycopy(reserved[r], 0, used[r], 0, Math.min(horizon, reserved[r].length));
        }
        for (int j = 0; j < activities(); j++) {
            for (int k = 0; k < uses[j].length; k++) {
                int[] row = used[uses[j][k]];
                for (int t = Math.max(0, starts[j]); t < starts[j] + duration[j]; t++) {
                    row[t] += units[j][k];
                }
            }
        }
        return used;
    }

    /** Builds a problem; indices are given in the order of the calls, from 0. */
    public static final class Builder {

        private final List<String> names = new ArrayList<>();
        private final List<Integer> duration = new ArrayList<>();
        private final List<Integer> release = new ArrayList<>();
        private final List<Integer> deadline = new ArrayList<>();
        private final List<Integer> priority = new ArrayList<>();
        private final List<java.util.TreeMap<Integer, Integer>> demand = new ArrayList<>();
        private final List<String> resourceNames = new ArrayList<>();
        private final List<Integer> capacity = new ArrayList<>();
        private final List<int[]> reserved = new ArrayList<>();
        private final List<int[]> arcs = new ArrayList<>();

        private Builder() {
        }

        /** Adds a renewable resource with the given capacity (units available in every time unit, at least 0). */
        public int resource(String name, int capacity) {
            if (capacity < 0) {
                throw new IllegalArgumentException("The capacity of " + name + " must not be negative: " + capacity);
            }
            resourceNames.add(name);
            this.capacity.add(capacity);
            reserved.add(new int[0]);
            return resourceNames.size() - 1;
        }

        /**
         * Reserves units of the resource from {@code from} (inclusive) to {@code until} (exclusive): load fixed in
         * time that every schedule must fit beside. Reservations of the same resource add up.
         *
         * @throws IllegalArgumentException when the times are negative or reversed, the units negative, or the
         *                                  reservations come to more than the capacity at some time
         */
        public Builder reserve(int resource, int from, int until, int units) {
            if (from < 0 || until < from || units < 0) {
                throw new IllegalArgumentException("A reservation needs 0 <= from <= until and units >= 0: " + from
                        + ".." + until + ", " + units);
            }
            int[] row = reserved.get(resource);
            if (row.length < until) {
                row = java.util.Arrays.copyOf(row, until);
                reserved.set(resource, row);
            }
            for (int t = from; t < until; t++) {
                row[t] += units;
                if (row[t] > capacity.get(resource)) {
                    throw new IllegalArgumentException("Reservations of " + resourceNames.get(resource) + " come to "
                            + row[t] + " at time " + t + ", above its capacity " + capacity.get(resource));
                }
            }
            return this;
        }

        /** Adds an activity of the given duration (at least 0) using nothing yet; returns its index. */
        public int activity(String name, int duration) {
            if (duration < 0) {
                throw new IllegalArgumentException("The duration of " + name + " must not be negative: " + duration);
            }
            names.add(name);
            this.duration.add(duration);
            release.add(0);
            deadline.add(NO_DEADLINE);
            priority.add(0);
            demand.add(new java.util.TreeMap<>());
            return names.size() - 1;
        }

        /** Sets the units of the resource that the activity uses throughout (at least 0). */
        public Builder demand(int activity, int resource, int units) {
            if (units < 0) {
                throw new IllegalArgumentException("A demand must not be negative: " + units);
            }
            demand.get(activity).put(resource, units);
            return this;
        }

        /** The successor starts no earlier than {@code lag} time units after the predecessor finishes. */
        public Builder precedence(int predecessor, int successor, int lag) {
            if (predecessor == successor) {
                throw new IllegalArgumentException("An activity cannot precede itself: " + names.get(predecessor));
            }
            arcs.add(new int[] {predecessor, successor, lag});
            return this;
        }

        public Builder precedence(int predecessor, int successor) {
            return precedence(predecessor, successor, 0);
        }

        /** The activity starts no earlier than this time. */
        public Builder release(int activity, int time) {
            release.set(activity, time);
            return this;
        }

        /** The activity should finish by this time; a leveling reports it when it cannot. */
        public Builder deadline(int activity, int time) {
            deadline.set(activity, time);
            return this;
        }

        /** The leveling priority: in delay-only leveling, higher goes first. */
        public Builder priority(int activity, int priority) {
            this.priority.set(activity, priority);
            return this;
        }

        /** @throws IllegalArgumentException when the precedences form a cycle or a demand exceeds its capacity */
        public RcpspProblem build() {
            return new RcpspProblem(this);
        }
    }
}
