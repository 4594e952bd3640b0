package org.lodestar.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.lodestar.engine.select.GreedySelector;
import org.lodestar.engine.select.Selection;
import org.lodestar.engine.select.SelectionModel;
import org.lodestar.solver.CpSatSelector;

/**
 * {@code selection-scale [--candidates N] [--quarters Q] [--roles R] [--seed S] [--time-limit-ms T] [--workers K]}:
 * a generated time-phased portfolio (each candidate runs 1 to 4 quarters, may start in any quarter of a window of up
 * to three, costs money each quarter and needs FTEs of one to three roles; 5% are committed projects that must go
 * on) solved by CP-SAT and by the greedy heuristic. Prints value, proven bound and gap of both and the solve time.
 */
final class SelectionScaleRunner {

    private SelectionScaleRunner() {
    }

    static int run(List<String> args, PrintStream out) {
        int candidates = 2000;
        int quarters = 8;
        int roles = 10;
        long seed = 42;
        long timeLimitMs = 10_000;
        int workers = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--candidates" -> candidates = Integer.parseInt(args.get(++i));
                case "--quarters" -> quarters = Integer.parseInt(args.get(++i));
                case "--roles" -> roles = Integer.parseInt(args.get(++i));
                case "--seed" -> seed = Long.parseLong(args.get(++i));
                case "--time-limit-ms" -> timeLimitMs = Long.parseLong(args.get(++i));
                case "--workers" -> workers = Integer.parseInt(args.get(++i));
                default -> {
                    out.println("unknown option " + args.get(i));
                    return 2;
                }
            }
        }
        SelectionModel model = generate(candidates, quarters, roles, new Random(seed));
        int options = 0;
        for (int c = 0; c < model.candidates(); c++) {
            options += model.optionCount(c);
        }
        out.printf("model: %d candidates, %d options, %d dimensions (%d quarters x (budget + %d roles))%n",
                model.candidates(), options, model.dimensions(), quarters, roles);

        long start = System.nanoTime();
        Selection greedy = GreedySelector.select(model);
        long greedyMicros = (System.nanoTime() - start) / 1000;
        start = System.nanoTime();
        Selection exact = new CpSatSelector(Duration.ofMillis(timeLimitMs), workers).select(model);
        long exactMillis = (System.nanoTime() - start) / 1_000_000;
        for (Selection s : List.of(greedy, exact)) {
            if (!model.violations(s).isEmpty()) {
                throw new IllegalStateException("Infeasible answer: " + model.violations(s));
            }
        }
        out.printf("greedy: value %d, %d chosen, %d us, %.3f%% below the CP-SAT bound%n", greedy.value(),
                greedy.chosenCount(), greedyMicros, 100 * (exact.bound() - greedy.value()) / exact.bound());
        out.printf("cp-sat: value %d, bound %.0f, gap %.3f%%, %s, %d chosen, %d ms%n", exact.value(), exact.bound(),
                100 * exact.gap(), exact.status(), exact.chosenCount(), exactMillis);
        return 0;
    }

    static SelectionModel generate(int candidates, int quarters, int roles, Random random) {
        // Demand first, so that capacities can be set to a share of it.
        record Candidate(int length, int earliest, int latest, long[] costPerQuarter, long[][] ftePerQuarter, long value,
                         boolean committed) {
        }
        List<Candidate> list = new ArrayList<>();
        long[] budgetDemand = new long[quarters];
        long[][] roleDemand = new long[roles][quarters];
        for (int c = 0; c < candidates; c++) {
            int length = 1 + random.nextInt(Math.min(4, quarters));
            boolean committed = random.nextInt(20) == 0;
            int earliest = committed ? 0 : random.nextInt(quarters - length + 1);
            int latest = committed ? 0 : Math.min(quarters - length, earliest + random.nextInt(3));
            long[] cost = new long[length];
            long[][] fte = new long[roles][length];
            int roleCount = 1 + random.nextInt(3);
            for (int q = 0; q < length; q++) {
                cost[q] = 50_000 + random.nextInt(450_000);
                budgetDemand[Math.min(quarters - 1, earliest + q)] += cost[q];
            }
            for (int k = 0; k < roleCount; k++) {
                int role = random.nextInt(roles);
                for (int q = 0; q < length; q++) {
                    fte[role][q] = 50 + random.nextInt(250); // hundredths of an FTE
                    roleDemand[role][Math.min(quarters - 1, earliest + q)] += fte[role][q];
                }
            }
            long value = 10 + random.nextInt(90) + (long) (random.nextDouble() * cost[0] / 20_000);
            list.add(new Candidate(length, earliest, latest, cost, fte, value, committed));
        }
        SelectionModel.Builder b = SelectionModel.builder();
        for (int q = 0; q < quarters; q++) {
            b.dimension("Q" + (q + 1) + " budget", budgetDemand[q] * 35 / 100);
        }
        for (int r = 0; r < roles; r++) {
            for (int q = 0; q < quarters; q++) {
                b.dimension("Q" + (q + 1) + " role " + (r + 1) + " FTE/100", roleDemand[r][q] * 40 / 100);
            }
        }
        int dimensions = quarters * (1 + roles);
        for (int c = 0; c < list.size(); c++) {
            Candidate candidate = list.get(c);
            List<SelectionModel.Option> options = new ArrayList<>();
            for (int start = candidate.earliest(); start <= candidate.latest(); start++) {
                long[] usage = new long[dimensions];
                for (int q = 0; q < candidate.length(); q++) {
                    usage[start + q] += candidate.costPerQuarter()[q];
                    for (int r = 0; r < roles; r++) {
                        usage[quarters + r * quarters + start + q] += candidate.ftePerQuarter()[r][q];
                    }
                }
                options.add(new SelectionModel.Option(start, usage));
            }
            b.candidate("R" + (c + 1), candidate.value(), options.toArray(SelectionModel.Option[]::new));
            if (candidate.committed()) {
                b.mandatory(c);
            }
        }
        for (int k = 0; k < candidates / 50; k++) {
            int a = random.nextInt(candidates);
            int other = random.nextInt(candidates);
            if (a != other && !list.get(a).committed() && !list.get(other).committed()) {
                if (k % 2 == 0) {
                    b.requires(a, other);
                } else {
                    b.excludes(a, other);
                }
            }
        }
        return b.build();
    }
}
