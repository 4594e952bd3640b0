package org.lodestar.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.lodestar.engine.level.Leveler;
import org.lodestar.engine.level.Leveling;
import org.lodestar.engine.level.RcpspProblem;

/**
 * {@code level-scale [--projects P] [--tasks-per-project T] [--people N] [--time-limit-ms L] [--seed S]}: levels a
 * generated portfolio (default 1,000 projects of 100 tasks over 500 people, each task done by one or two people of
 * its project's team of eight, projects released over a year, each with a leveling priority) first delay-only, then
 * for the shortest makespan within the time limit, and prints the time of each, its makespan and the number of moved
 * tasks; every schedule is checked against precedences and capacities.
 */
final class LevelScaleRunner {

    private LevelScaleRunner() {
    }

    static int run(List<String> args, PrintStream out) {
        int projects = 1_000;
        int tasksPerProject = 100;
        int people = 500;
        long timeLimitMs = 20_000;
        long seed = 1;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--projects" -> projects = Integer.parseInt(args.get(++i));
                case "--tasks-per-project" -> tasksPerProject = Integer.parseInt(args.get(++i));
                case "--people" -> people = Integer.parseInt(args.get(++i));
                case "--time-limit-ms" -> timeLimitMs = Long.parseLong(args.get(++i));
                case "--seed" -> seed = Long.parseLong(args.get(++i));
                default -> {
                    out.println("usage: level-scale [--projects P] [--tasks-per-project T] [--people N]"
                            + " [--time-limit-ms L] [--seed S]");
                    return 2;
                }
            }
        }
        long begin = System.nanoTime();
        RcpspProblem problem = portfolio(projects, tasksPerProject, people, new SplittableRandom(seed));
        long built = System.nanoTime();
        out.printf("portfolio: %d projects, %d tasks, %d people; built in %d ms; critical path %d, lower bound %d%n",
                projects, problem.activities(), people, (built - begin) / 1_000_000, problem.criticalPathLength(),
                problem.lowerBound());
        for (Leveler.Mode mode : Leveler.Mode.values()) {
            long start = System.nanoTime();
            Leveling leveling = Leveler.level(problem, mode, Duration.ofMillis(timeLimitMs), seed);
            long millis = (System.nanoTime() - start) / 1_000_000;
            List<String> violations = problem.violations(leveling.starts());
            if (!violations.isEmpty()) {
                throw new IllegalStateException(mode + ": the schedule is not feasible: " + violations.get(0));
            }
            out.printf("%s: %d ms, makespan %d, moved tasks %d%n", mode, millis, leveling.makespan(),
                    leveling.moves().size());
        }
        return 0;
    }

    static RcpspProblem portfolio(int projects, int tasksPerProject, int people, SplittableRandom random) {
        RcpspProblem.Builder b = RcpspProblem.builder();
        for (int p = 0; p < people; p++) {
            b.resource("Person " + p, 1);
        }
        for (int project = 0; project < projects; project++) {
            int[] team = random.ints(8, 0, people).toArray();
            int release = random.nextInt(250);
            int priority = random.nextInt(1000);
            int first = -1;
            for (int k = 0; k < tasksPerProject; k++) {
                int task = b.activity("P" + project + "T" + k, 1 + random.nextInt(10));
                if (first < 0) {
                    first = task;
                    b.release(task, release);
                }
                b.priority(task, priority);
                b.demand(task, team[random.nextInt(team.length)], 1);
                if (random.nextInt(5) == 0) {
                    b.demand(task, team[random.nextInt(team.length)], 1);
                }
                if (k > 0) {
                    b.precedence(task - 1 - random.nextInt(Math.min(k, 10)), task);
                    if (k > 3 && random.nextInt(3) == 0) {
                        b.precedence(task - 1 - random.nextInt(Math.min(k, 10)), task);
                    }
                }
            }
        }
        return b.build();
    }
}
