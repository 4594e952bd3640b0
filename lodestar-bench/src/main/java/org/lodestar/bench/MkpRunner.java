package org.lodestar.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.lodestar.engine.select.GreedySelector;
import org.lodestar.engine.select.Selection;
import org.lodestar.engine.select.SelectionModel;
import org.lodestar.solver.CpSatSelector;

/**
 * {@code mkp FILE... [--time-limit-ms N] [--workers K] [--greedy]}: solves every problem of OR-Library knapsack files
 * with the portfolio selector and prints {@code FILE INDEX VALUE MILLIS} per problem, the value being that of a
 * selection verified feasible; then {@code problems: K, mean gap: G%} against the best-known values found in a
 * CSV beside the files (../expected/*.csv with file, index and best_known_value or optimal_value columns).
 */
final class MkpRunner {

    private MkpRunner() {
    }

    static int run(List<String> args, PrintStream out) throws IOException {
        long timeLimitMs = 10_000;
        int workers = Runtime.getRuntime().availableProcessors();
        boolean greedy = false;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--time-limit-ms" -> timeLimitMs = Long.parseLong(args.get(++i));
                case "--workers" -> workers = Integer.parseInt(args.get(++i));
                case "--greedy" -> greedy = true;
                default -> files.add(Path.of(args.get(i)));
            }
        }
        if (files.isEmpty()) {
            out.println("usage: mkp FILE... [--time-limit-ms N] [--workers K] [--greedy]");
            return 2;
        }
        CpSatSelector solver = new CpSatSelector(Duration.ofMillis(timeLimitMs), workers);
        int problems = 0;
        int compared = 0;
        double gapSum = 0;
        for (Path file : files) {
            Map<Integer, Long> best = bestKnown(file);
            MkpFile mkp = MkpFile.read(file);
            for (int k = 0; k < mkp.problems().size(); k++) {
                SelectionModel model = mkp.problems().get(k).model();
                long start = System.nanoTime();
                Selection selection = greedy ? GreedySelector.select(model) : solver.select(model);
                long millis = (System.nanoTime() - start) / 1_000_000;
                List<String> violations = model.violations(selection);
                if (!violations.isEmpty() || selection.value() != model.valueOf(selection)) {
                    throw new IllegalStateException(file.getFileName() + " problem " + (k + 1)
                            + ": the selection is not feasible: " + violations);
                }
                out.printf("%s %d %d %d%n", file.getFileName(), k + 1, selection.value(), millis);
                problems++;
                Long known = best.get(k + 1);
                if (known != null && known > 0) {
                    gapSum += 100.0 * (known - selection.value()) / known;
                    compared++;
                }
            }
        }
        if (compared == problems && problems > 0) {
            out.printf("problems: %d, mean gap: %.3f%%%n", problems, gapSum / compared);
        } else {
            out.printf("problems: %d%n", problems);
        }
        return 0;
    }

    /** Best-known values of the file's problems by 1-based index, from the CSVs in ../expected beside it. */
    static Map<Integer, Long> bestKnown(Path file) throws IOException {
        Map<Integer, Long> best = new HashMap<>();
        Path parent = file.toAbsolutePath().getParent();
        Path expected = parent == null || parent.getParent() == null ? null : parent.getParent().resolve("expected");
        if (expected == null || !Files.isDirectory(expected)) {
            return best;
        }
        String name = file.getFileName().toString();
        try (Stream<Path> csvs = Files.list(expected)) {
            for (Path csv : csvs.filter(p -> p.toString().endsWith(".csv")).toList()) {
                List<String> lines = Files.readAllLines(csv);
                if (lines.isEmpty()) {
                    continue;
                }
                List<String> header = List.of(lines.get(0).split(","));
                int fileColumn = header.indexOf("file");
                int indexColumn = header.indexOf("index_1based");
                int valueColumn = header.contains("best_known_value") ? header.indexOf("best_known_value")
                        : header.indexOf("optimal_value");
                if (fileColumn < 0 || indexColumn < 0 || valueColumn < 0) {
                    continue;
                }
                for (String line : lines.subList(1, lines.size())) {
                    String[] cells = line.split(",");
                    if (cells.length > valueColumn && cells[fileColumn].equals(name)) {
                        best.put(Integer.parseInt(cells[indexColumn].trim()), Long.parseLong(cells[valueColumn].trim()));
                    }
                }
            }
        }
        return best;
    }
}
