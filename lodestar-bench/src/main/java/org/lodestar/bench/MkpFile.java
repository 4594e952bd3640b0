package org.lodestar.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lodestar.engine.select.SelectionModel;

/**
 * Reads OR-Library multidimensional knapsack files: the Chu-Beasley layout of mknapcb*.txt (a problem count, then
 * per problem "n m optimum", n profits, m rows of n weights, m capacities) and the commented layout of mknap2.txt
 * ("problem NAME" headers, then "m n", n profits, m capacities, m rows of n weights, the optimum).
 */
record MkpFile(Path path, List<Problem> problems) {

    record Problem(String name, long[] profit, long[][] weight, long[] capacity) {
        SelectionModel model() {
            SelectionModel.Builder b = SelectionModel.builder();
            for (int i = 0; i < capacity.length; i++) {
                b.dimension("constraint " + (i + 1), capacity[i]);
            }
            long[] usage = new long[capacity.length];
            for (int j = 0; j < profit.length; j++) {
                for (int i = 0; i < capacity.length; i++) {
                    usage[i] = weight[i][j];
                }
                b.candidate("item " + (j + 1), profit[j], usage);
            }
            return b.build();
        }
    }

    private static final Pattern PROBLEM = Pattern.compile("(?m)^\\s*problem\\s+(\\S+)");

    static MkpFile read(Path path) throws IOException {
        String text = Files.readString(path);
        Matcher problem = PROBLEM.matcher(text);
        List<Problem> problems = new ArrayList<>();
        if (problem.find()) {
            List<Integer> starts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            do {
                starts.add(problem.end());
                names.add(problem.group(1));
            } while (problem.find());
            for (int k = 0; k < starts.size(); k++) {
                int end = k + 1 < starts.size() ? starts.get(k + 1) : text.length();
                Numbers numbers = new Numbers(text.substring(starts.get(k), end));
                int m = numbers.nextInt();
                int n = numbers.nextInt();
                long[] profit = numbers.next(n);
                long[] capacity = numbers.next(m);
                long[][] weight = new long[m][];
                for (int i = 0; i < m; i++) {
                    weight[i] = numbers.next(n);
                }
                problems.add(new Problem(names.get(k), profit, weight, capacity));
            }
        } else {
            Numbers numbers = new Numbers(text);
            int count = numbers.nextInt();
            for (int k = 0; k < count; k++) {
                int n = numbers.nextInt();
                int m = numbers.nextInt();
                numbers.nextLong(); // the optimum, 0 when unknown
                long[] profit = numbers.next(n);
                long[][] weight = new long[m][];
                for (int i = 0; i < m; i++) {
                    weight[i] = numbers.next(n);
                }
                problems.add(new Problem(m + "." + n + "-" + String.format("%02d", k), profit, weight, numbers.next(m)));
            }
        }
        return new MkpFile(path, problems);
    }

    /** The integers of a text, skipping anything else (comments, separators). */
    private static final class Numbers {
        private final Matcher matcher;

        Numbers(String text) {
            matcher = Pattern.compile("-?\\d+").matcher(text);
        }

        long nextLong() {
            if (!matcher.find()) {
                throw new IllegalArgumentException("The file ends in the middle of a problem");
            }
            return Long.parseLong(matcher.group());
        }

        int nextInt() {
            return Math.toIntExact(nextLong());
        }

        long[] next(int count) {
            long[] values = new long[count];
            for (int i = 0; i < count; i++) {
                values[i] = nextLong();
            }
            return values;
        }
    }
}
