package org.lodestar.engine.level;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * The activity-list genetic algorithm of Hartmann (1998) with forward-backward improvement of every child (as in
 * Valls, Ballestín and Quintanilla 2008): two-point crossover of lists, shift mutation (an activity moves anywhere
 * between its last predecessor and its first successor), survival of the best distinct schedules. Each improved
 * schedule writes its start order back into its list. The first generation comes from the priority rules and from
 * regret-based biased random sampling around the latest finish times. Deterministic for a seed and a schedule
 * budget; under a time limit it stops early, so the result then depends on the speed of the machine.
 */
final class GeneticSearch {

    /** Beyond this many activities the search keeps every operator linear or n log n (see large). */
    private static final int LARGE = 2_000;
    private static final int SHIFT_WINDOW = 100;
    /** The chance that each position's activity moves; tuned on hard j30 and j120 instances (shift beat swap). */
    private static final double MUTATION = 0.03;
    /** From this many activities the population is larger: j120 gets some 150,000 schedules in five CPU seconds. */
    private static final int MANY = 100;

    private final RcpspProblem problem;
    private final SerialScheme scheme;
    private final Justification justification;
    private final SplittableRandom random;
    private final int lowerBound;
    private final LongSupplier clock;
    private final long stopAtNanos;
    private final long maxSchedules;
    private final boolean large;
    private final int populationSize;
    private long schedules;
    private Individual best;

    private record Individual(int[] list, int[] starts, int makespan) {
    }

    /** Searches until {@code clock} (nanoseconds) reaches {@code stopAtNanos} or the schedule budget is spent. */
    GeneticSearch(RcpspProblem problem, long seed, LongSupplier clock, long stopAtNanos, long maxSchedules) {
        this.problem = problem;
        this.scheme = new SerialScheme(problem);
        this.justification = new Justification(problem, scheme);
        this.random = new SplittableRandom(seed);
        this.lowerBound = problem.lowerBound();
        this.clock = clock;
        this.stopAtNanos = stopAtNanos;
        this.maxSchedules = maxSchedules;
        this.large = problem.activities() > LARGE;
        this.populationSize = large ? 20 : problem.activities() >= MANY ? 100 : 60;
    }

    /** The best schedule found (feasible; never null). */
    int[] run() {
        List<Individual> population = firstGeneration();
        while (!done()) {
            List<Individual> next = new ArrayList<>(population);
            int[] order = shuffled(population.size());
            for (int i = 0; i + 1 < order.length && !done(); i += 2) {
                int[] mother = population.get(order[i]).list();
                int[] father = population.get(order[i + 1]).list();
                int a = random.nextInt(mother.length + 1);
                int b = random.nextInt(mother.length + 1);
                int q1 = Math.min(a, b);
                int q2 = Math.max(a, b);
                next.add(evaluate(mutate(crossover(mother, father, q1, q2))));
                next.add(evaluate(mutate(crossover(father, mother, q1, q2))));
            }
            population = survivors(next);
        }
        return best.starts();
    }

    private boolean done() {
        return best.makespan() <= lowerBound || schedules >= maxSchedules || clock.getAsLong() >= stopAtNanos
                || Thread.currentThread().isInterrupted();
    }

    private List<Individual> firstGeneration() {
        List<Individual> population = new ArrayList<>();
        // MTS and GRPW need every activity's transitive successors: quadratic memory on large problems.
        PriorityRule[] rules = large ? new PriorityRule[] {PriorityRule.LFT, PriorityRule.LST} : PriorityRule.values();
        for (PriorityRule rule : rules) {
            population.add(evaluate(rule.list(problem)));
        }
        int[] latestFinish = PriorityRule.latestFinishes(problem);
        while (population.size() < populationSize && !(population.size() > 1 && done())) {
            population.add(evaluate(biasedSample(latestFinish)));
        }
        return survivors(population);
    }

    /** Regret-based biased random sampling: an eligible activity with a lower latest finish is likelier next. */
    private int[] biasedSample(int[] latestFinish) {
        int n = problem.activities();
        if (large) {
            // Sampling over the eligible set is quadratic; jittered latest finishes keep the same bias in n log n.
            long[] key = new long[n];
            for (int j = 0; j < n; j++) {
                key[j] = latestFinish[j] * 4L + random.nextInt(4 * Math.max(1, latestFinish[j] / 10 + 1));
            }
            return SerialScheme.listByKeys(problem, key);
        }
        int[] waiting = new int[n];
        int[] eligible = new int[n];
        int size = 0;
        for (int j = 0; j < n; j++) {
            waiting[j] = problem.predecessors[j].length;
            if (waiting[j] == 0) {
                eligible[size++] = j;
            }
        }
        int[] list = new int[n];
        for (int i = 0; i < n; i++) {
            int worst = Integer.MIN_VALUE;
            for (int e = 0; e < size; e++) {
                worst = Math.max(worst, latestFinish[eligible[e]]);
            }
            long total = 0;
            for (int e = 0; e < size; e++) {
                total += worst - latestFinish[eligible[e]] + 1;
            }
            long pick = random.nextLong(total);
            int chosen = size - 1;
            for (int e = 0; e < size; e++) {
                pick -= worst - latestFinish[eligible[e]] + 1;
                if (pick < 0) {
                    chosen = e;
                    break;
                }
            }
            int j = eligible[chosen];
            eligible[chosen] = eligible[--size];
            list[i] = j;
            for (int s : problem.successors[j]) {
                if (--waiting[s] == 0) {
                    eligible[size++] = s;
                }
            }
        }
        return list;
    }

    /** Positions 0..q1-1 from the first parent, q1..q2-1 the next in the second's order, the rest in the first's. */
    private int[] crossover(int[] first, int[] second, int q1, int q2) {
        int n = first.length;
        boolean[] taken = new boolean[n];
        int[] child = new int[n];
        int k = 0;
        for (int i = 0; i < q1; i++) {
            child[k++] = first[i];
            taken[first[i]] = true;
        }
        for (int i = 0; i < n && k < q2; i++) {
            if (!taken[second[i]]) {
                child[k++] = second[i];
                taken[second[i]] = true;
            }
        }
        for (int i = 0; i < n && k < n; i++) {
            if (!taken[first[i]]) {
                child[k++] = first[i];
                taken[first[i]] = true;
            }
        }
        return child;
    }

    private int[] mutate(int[] list) {
        // Each chosen activity moves to a random position between its last predecessor and its first successor.
        int n = list.length;
        int[] at = new int[n];
        for (int i = 0; i < n; i++) {
            at[list[i]] = i;
        }
        for (int m = 0; m < n; m++) {
            if (random.nextDouble() >= MUTATION) {
                continue;
            }
            int i = m;
            int j = list[i];
            int low = -1;
            for (int p : problem.predecessors[j]) {
                low = Math.max(low, at[p]);
            }
            int high = n;
            for (int s : problem.successors[j]) {
                high = Math.min(high, at[s]);
            }
            if (large) {
                low = Math.max(low, i - SHIFT_WINDOW);
                high = Math.min(high, i + SHIFT_WINDOW);
            }
            int target = low + 1 + random.nextInt(high - low - 1);
            if (target == i) {
                continue;
            }
            if (target < i) {
                System.arraycopy(list, target, list, target + 1, i - target);
            } else {
                System.arraycopy(list, i + 1, list, i, target - i);
            }
            list[target] = j;
            for (int k = Math.min(i, target); k <= Math.max(i, target); k++) {
                at[list[k]] = k;
            }
        }
        return list;
    }

    private Individual evaluate(int[] list) {
        int[] starts = justification.improve(scheme.forward(list));
        schedules += 3;
        int[] improvedList = justification.byIncreasingStart(starts);
        Individual individual = new Individual(improvedList, starts, problem.makespan(starts));
        if (best == null || individual.makespan() < best.makespan()) {
            best = individual;
        }
        return individual;
    }

    private List<Individual> survivors(List<Individual> candidates) {
        List<Individual> sorted = new ArrayList<>(candidates);
        sorted.sort((x, y) -> Integer.compare(x.makespan(), y.makespan()));
        List<Individual> kept = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (Individual individual : sorted) {
            if (kept.size() < populationSize && seen.add(Arrays.hashCode(individual.starts()))) {
                kept.add(individual);
            }
        }
        for (int i = 0; kept.size() < Math.min(populationSize, sorted.size()) && i < sorted.size(); i++) {
            if (!kept.contains(sorted.get(i))) {
                kept.add(sorted.get(i));
            }
        }
        return kept;
    }

    private int[] shuffled(int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[k];
            order[k] = swap;
        }
        return order;
    }
}
