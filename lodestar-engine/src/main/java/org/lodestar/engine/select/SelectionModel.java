package org.lodestar.engine.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Candidates, each with one or more options (for example a start quarter) that use some of each limited dimension
 * (a budget of one quarter, the capacity of one role in one quarter); at most one option per candidate is chosen.
 * Rules: mandatory and excluded candidates, "A requires B" and "A excludes B". The multidimensional knapsack is the
 * case of one option per candidate and no rules.
 */
public final class SelectionModel {

    final String[] dimensionNames;
    final long[] capacity;
    final String[] candidateNames;
    final long[] value;
    /** Options of candidate c are optionStart[c] .. optionStart[c + 1] - 1. */
    final int[] optionStart;
    final int[] optionPeriod;
    /** Usage of option o in dimension d at usage[o * dimensions + d]. */
    final long[] usage;
    final boolean[] mandatory;
    final boolean[] excluded;
    final int[][] requires;
    final int[][] excludes;

    private SelectionModel(Builder b) {
        dimensionNames = b.dimensionNames.toArray(String[]::new);
        capacity = b.capacity.stream().mapToLong(Long::longValue).toArray();
        candidateNames = b.candidateNames.toArray(String[]::new);
        value = b.value.stream().mapToLong(Long::longValue).toArray();
        optionStart = new int[candidateNames.length + 1];
        for (int c = 0; c < candidateNames.length; c++) {
            optionStart[c + 1] = optionStart[c] + b.options.get(c).size();
        }
        int options = optionStart[candidateNames.length];
        optionPeriod = new int[options];
        usage = new long[options * dimensionNames.length];
        int o = 0;
        for (List<Option> list : b.options) {
            for (Option option : list) {
                optionPeriod[o] = option.period();
                System.arraycopy(option.usage(), 0, usage, o * dimensionNames.length, option.usage().length);
                o++;
            }
        }
        mandatory = toArray(b.mandatory, candidateNames.length);
        excluded = toArray(b.excluded, candidateNames.length);
        requires = b.requires.toArray(int[][]::new);
        excludes = b.excludes.toArray(int[][]::new);
    }

    private static boolean[] toArray(List<Integer> indices, int size) {
        boolean[] flags = new boolean[size];
        indices.forEach(i -> flags[i] = true);
        return flags;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int dimensions() {
        return dimensionNames.length;
    }

    public String dimensionName(int dimension) {
        return dimensionNames[dimension];
    }

    public long capacity(int dimension) {
        return capacity[dimension];
    }

    public int candidates() {
        return candidateNames.length;
    }

    public String candidateName(int candidate) {
        return candidateNames[candidate];
    }

    public long value(int candidate) {
        return value[candidate];
    }

    public int firstOption(int candidate) {
        return optionStart[candidate];
    }

    public int optionCount(int candidate) {
        return optionStart[candidate + 1] - optionStart[candidate];
    }

    public int optionPeriod(int option) {
        return optionPeriod[option];
    }

    public long usage(int option, int dimension) {
        return usage[option * dimensionNames.length + dimension];
    }

    public boolean isMandatory(int candidate) {
        return mandatory[candidate];
    }

    public boolean isExcluded(int candidate) {
        return excluded[candidate];
    }

    /** Pairs {a, b}: a may be chosen only with b. */
    public List<int[]> requirements() {
        return Arrays.stream(requires).map(int[]::clone).toList();
    }

    /** Pairs {a, b}: not both. */
    public List<int[]> exclusions() {
        return Arrays.stream(excludes).map(int[]::clone).toList();
    }

    /** The total value of a selection: the values of the chosen candidates. */
    public long valueOf(Selection selection) {
        long total = 0;
        for (int c = 0; c < candidates(); c++) {
            if (selection.isChosen(c)) {
                total += value[c];
            }
        }
        return total;
    }

    /** What a selection breaks, in words; empty when it is feasible. Every solver's answer passes through this. */
    public List<String> violations(Selection selection) {
        List<String> problems = new ArrayList<>();
        if (selection.size() != candidates()) {
            return List.of("The selection covers " + selection.size() + " candidates, not " + candidates());
        }
        long[] used = new long[dimensions()];
        for (int c = 0; c < candidates(); c++) {
            int option = selection.option(c);
            if (option < 0) {
                if (mandatory[c]) {
                    problems.add(candidateNames[c] + " is mandatory but not chosen");
                }
                continue;
            }
            if (option >= optionCount(c)) {
                problems.add(candidateNames[c] + " has no option " + option);
                continue;
            }
            if (excluded[c]) {
                problems.add(candidateNames[c] + " is excluded but chosen");
            }
            int o = optionStart[c] + option;
            for (int d = 0; d < used.length; d++) {
                used[d] += usage(o, d);
            }
        }
        for (int d = 0; d < used.length; d++) {
            if (used[d] > capacity[d]) {
                problems.add(dimensionNames[d] + " exceeded by " + (used[d] - capacity[d]));
            }
        }
        for (int[] pair : requires) {
            if (selection.isChosen(pair[0]) && !selection.isChosen(pair[1])) {
                problems.add(candidateNames[pair[0]] + " requires " + candidateNames[pair[1]]);
            }
        }
        for (int[] pair : excludes) {
            if (selection.isChosen(pair[0]) && selection.isChosen(pair[1])) {
                problems.add(candidateNames[pair[0]] + " excludes " + candidateNames[pair[1]]);
            }
        }
        return problems;
    }

    /** One way to carry out a candidate: the period it starts in and what it uses of each dimension. */
    public record Option(int period, long[] usage) {
        public Option {
            Objects.requireNonNull(usage, "usage");
            for (long u : usage) {
                if (u < 0) {
                    throw new IllegalArgumentException("Usage cannot be negative: " + u);
                }
            }
        }
    }

    public static final class Builder {
        private final List<String> dimensionNames = new ArrayList<>();
        private final List<Long> capacity = new ArrayList<>();
        private final List<String> candidateNames = new ArrayList<>();
        private final List<Long> value = new ArrayList<>();
        private final List<List<Option>> options = new ArrayList<>();
        private final List<Integer> mandatory = new ArrayList<>();
        private final List<Integer> excluded = new ArrayList<>();
        private final List<int[]> requires = new ArrayList<>();
        private final List<int[]> excludes = new ArrayList<>();

        public int dimension(String name, long capacity) {
            if (!candidateNames.isEmpty()) {
                throw new IllegalStateException("Declare every dimension before the first candidate");
            }
            if (capacity < 0) {
                throw new IllegalArgumentException("Capacity of " + name + " cannot be negative: " + capacity);
            }
            dimensionNames.add(name);
            this.capacity.add(capacity);
            return dimensionNames.size() - 1;
        }

        /** A candidate with its options; it is chosen with at most one of them. */
        public int candidate(String name, long value, Option... options) {
            if (options.length == 0) {
                throw new IllegalArgumentException("Candidate " + name + " needs at least one option");
            }
            for (Option option : options) {
                if (option.usage().length != dimensionNames.size()) {
                    throw new IllegalArgumentException("Candidate " + name + " must give a usage for each of the "
                            + dimensionNames.size() + " dimensions");
                }
            }
            if (value < 0) {
                throw new IllegalArgumentException("Value of " + name + " cannot be negative: " + value);
            }
            candidateNames.add(name);
            this.value.add(value);
            this.options.add(List.of(options));
            return candidateNames.size() - 1;
        }

        /** A candidate with a single option in period 0. */
        public int candidate(String name, long value, long... usage) {
            return candidate(name, value, new Option(0, usage.clone()));
        }

        public Builder mandatory(int candidate) {
            mandatory.add(check(candidate));
            return this;
        }

        public Builder excluded(int candidate) {
            excluded.add(check(candidate));
            return this;
        }

        public Builder requires(int candidate, int required) {
            requires.add(new int[] {check(candidate), check(required)});
            return this;
        }

        public Builder excludes(int candidate, int other) {
            excludes.add(new int[] {check(candidate), check(other)});
            return this;
        }

        private int check(int candidate) {
            if (candidate < 0 || candidate >= candidateNames.size()) {
                throw new IllegalArgumentException("Unknown candidate " + candidate);
            }
            return candidate;
        }

        public SelectionModel build() {
            return new SelectionModel(this);
        }
    }
}
