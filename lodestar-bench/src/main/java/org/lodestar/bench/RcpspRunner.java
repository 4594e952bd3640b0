package org.lodestar.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.lodestar.engine.level.Leveler;
import org.lodestar.engine.level.Leveling;
import org.lodestar.engine.level.PriorityRule;
import org.lodestar.engine.level.PsplibSm;
import org.lodestar.engine.level.RcpspProblem;
import org.lodestar.engine.level.SerialScheme;
import org.lodestar.solver.CpSatLeveler;

/**
 * {@code rcpsp FILE_OR_DIR... [--time-limit-ms N] [--baseline] [--heuristic] [--cpu-time] [--workers K] [--share F]
 * [--seed S]}:
 * levels every PSPLIB single-mode file ({@code .sm}; folders are read in name order) for the shortest makespan and
 * prints {@code INSTANCE MAKESPAN MILLIS}, the makespan being that of a schedule checked against precedences and
 * capacities; then {@code instances: K, mean deviation from best known: D%, mean deviation from critical-path bound:
 * C%} when {@code psplib_sm_reference.csv} is in an {@code expected} folder beside the data, else
 * {@code instances: K}. {@code --baseline} adds the same figures for the plain serial scheme with the latest-finish
 * rule on the same instances. {@code --heuristic} leaves CP-SAT out; {@code --share} is the heuristic's share of the
 * time limit before CP-SAT (default: 30% up to 30 activities, 90% from 120, linear between); {@code --workers} CP-SAT's threads (default 2). {@code --cpu-time} reads
 * the limit on the thread's CPU time instead of the wall clock, so that a run on a machine shared with other work
 * measures what the search does with the stated time of one core; it implies {@code --heuristic} (CP-SAT's limit is
 * wall-clock time) and MILLIS is then CPU time. Before the timed runs CP-SAT solves the first instance once for half
 * a second, untimed, because its first solve in a JVM spends seconds on native set-up.
 */
final class RcpspRunner {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RcpspRunner() {
    }

    static int run(List<String> args, PrintStream out) throws IOException {
        long timeLimitMs = 1_000;
        boolean baseline = false;
        boolean heuristicOnly = false;
        boolean cpuTime = false;
        int workers = 2;
        double share = 0; // 0: grows with the problem (CpSatLeveler.withGrowingShare)
        long seed = 1;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--time-limit-ms" -> timeLimitMs = Long.parseLong(args.get(++i));
                case "--baseline" -> baseline = true;
                case "--heuristic" -> heuristicOnly = true;
                case "--cpu-time" -> cpuTime = true;
                case "--workers" -> workers = Integer.parseInt(args.get(++i));
                case "--share" -> share = Double.parseDouble(args.get(++i));
                case "--seed" -> seed = Long.parseLong(args.get(++i));
                default -> files.addAll(smFiles(Path.of(args.get(i))));
            }
        }
        if (files.isEmpty()) {
            out.println("usage: rcpsp FILE_OR_DIR... [--time-limit-ms N] [--baseline] [--heuristic] [--cpu-time]"
                    + " [--workers K] [--share F] [--seed S]");
            return 2;
        }
        Duration limit = Duration.ofMillis(timeLimitMs);
        CpSatLeveler exact = share > 0 ? new CpSatLeveler(limit, workers, share)
                : CpSatLeveler.withGrowingShare(limit, workers);
        Figures found = new Figures();
        Figures plain = new Figures();
        int proven = 0;
        if (!heuristicOnly && !cpuTime) {
            warmUp(exact, PsplibSm.parse(Files.readString(files.get(0))), seed);
        }
        for (Path file : files) {
            String instance = file.getFileName().toString().replaceFirst("\\.sm$", "");
            RcpspProblem problem = PsplibSm.parse(Files.readString(file));
            Integer bestKnown = bestKnown(file).get(instance);
            int criticalPath = problem.criticalPathLength();

            LongSupplier clock = cpuTime ? THREADS::getCurrentThreadCpuTime : System::nanoTime;
            long start = clock.getAsLong();
            Leveling leveling = heuristicOnly || cpuTime
                    ? Leveler.level(problem, Leveler.Mode.SHORTEST_MAKESPAN, limit, Long.MAX_VALUE, seed, clock)
                    : exact.level(problem, seed);
            long millis = (clock.getAsLong() - start) / 1_000_000;
            int makespan = checkedMakespan(problem, leveling.starts(), instance);
            out.printf("%s %d %d%n", instance, makespan, millis);
            found.add(makespan, bestKnown, criticalPath);
            proven += leveling.optimal() ? 1 : 0;
            if (baseline) {
                plain.add(checkedMakespan(problem, SerialScheme.schedule(problem, PriorityRule.LFT), instance),
                        bestKnown, criticalPath);
            }
        }
        out.println(found.summary());
        if (baseline) {
            out.println("baseline (serial scheme, latest finish time): " + plain.summary());
        }
        out.printf("proven optimal: %d of %d%n", proven, files.size());
        return 0;
    }

    /** The first CP-SAT solve in a JVM takes seconds (native set-up); done once here, untimed, result unused. */
    private static void warmUp(CpSatLeveler exact, RcpspProblem problem, long seed) {
        Leveling start = Leveler.level(problem, Leveler.Mode.DELAY_ONLY, Duration.ofSeconds(1), seed);
        exact.improve(problem, start, Duration.ofMillis(500), seed);
    }

    private static int checkedMakespan(RcpspProblem problem, int[] starts, String instance) {
        List<String> violations = problem.violations(starts);
        if (!violations.isEmpty()) {
            throw new IllegalStateException(instance + ": the schedule is not feasible: " + violations);
        }
        return problem.makespan(starts);
    }

    private static List<Path> smFiles(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> listed = Files.list(path)) {
            return listed.filter(p -> p.toString().endsWith(".sm")).sorted(RcpspRunner::byInstance).toList();
        }
    }

    /** j302_10 after j302_9: the parameter and instance numbers compared as numbers. */
    private static int byInstance(Path a, Path b) {
        String x = a.getFileName().toString();
        String y = b.getFileName().toString();
        String[] xs = x.replaceAll("\\D+", " ").strip().split(" ");
        String[] ys = y.replaceAll("\\D+", " ").strip().split(" ");
        for (int i = 0; i < Math.min(xs.length, ys.length); i++) {
            int c = Long.compare(Long.parseLong(xs[i]), Long.parseLong(ys[i]));
            if (c != 0) {
                return c;
            }
        }
        return x.compareTo(y);
    }

    private static final Map<Path, Map<String, Integer>> REFERENCES = new HashMap<>();

    /** Best-known makespans by instance from expected/psplib_sm_reference.csv beside the file's folder. */
    static Map<String, Integer> bestKnown(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        for (Path candidate : new Path[] {folder.resolve("expected"),
                folder.getParent() == null ? null : folder.getParent().resolve("expected")}) {
            Path csv = candidate == null ? null : candidate.resolve("psplib_sm_reference.csv");
            if (csv != null && Files.isRegularFile(csv)) {
                Map<String, Integer> cached = REFERENCES.get(csv);
                if (cached == null) {
                    cached = readReference(csv);
                    REFERENCES.put(csv, cached);
                }
                return cached;
            }
        }
        return Map.of();
    }

    private static Map<String, Integer> readReference(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(","));
        int instance = header.indexOf("instance");
        int best = header.indexOf("best_known_makespan_ub");
        Map<String, Integer> reference = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells.length > best && !cells[best].isBlank()) {
                reference.put(cells[instance].trim(), Integer.parseInt(cells[best].trim()));
            }
        }
        return reference;
    }

    /** Running sums of deviations; compared only when every instance has a best-known makespan. */
    private static final class Figures {

        private int instances;
        private int compared;
        private double fromBestKnown;
        private double fromCriticalPath;

        void add(int makespan, Integer bestKnown, int criticalPath) {
            instances++;
            if (bestKnown != null) {
                compared++;
                fromBestKnown += 100.0 * (makespan - bestKnown) / bestKnown;
            }
            fromCriticalPath += 100.0 * (makespan - criticalPath) / Math.max(1, criticalPath);
        }

        String summary() {
            if (compared < instances || instances == 0) {
                return "instances: " + instances;
            }
            return String.format("instances: %d, mean deviation from best known: %.3f%%, mean deviation from"
                    + " critical-path bound: %.2f%%", instances, fromBestKnown / instances,
                    fromCriticalPath / instances);
        }
    }
}
