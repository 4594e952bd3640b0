package org.lodestar.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.lodestar.engine.level.Leveler;
import org.lodestar.engine.level.Leveling;
import org.lodestar.engine.level.PsplibSm;
import org.lodestar.engine.level.RcpspProblem;

class CpSatLevelerTests {

    @Test
    void provesTheOptimumOfASmallProblem() {
        // Two people; A (2 days, both people) precedes C after a day; B, C and D need one person each.
        RcpspProblem.Builder b = RcpspProblem.builder();
        int people = b.resource("People", 2);
        int a = b.activity("A", 2);
        int bb = b.activity("B", 3);
        int c = b.activity("C", 1);
        int d = b.activity("D", 3);
        b.demand(a, people, 2).demand(bb, people, 1).demand(c, people, 1).demand(d, people, 1);
        b.precedence(a, c, 1);
        RcpspProblem problem = b.build();

        Leveling leveling = new CpSatLeveler(Duration.ofSeconds(10), 2, 0.2).level(problem, 1);

        assertThat(problem.violations(leveling.starts())).isEmpty();
        assertThat(leveling.makespan()).isEqualTo(6); // 11 person-days over 2 people
        assertThat(leveling.optimal()).isTrue();
    }

    @Test
    void theGrowingShareGivesTheHeuristicMoreOfTheLimitOnLargerProblems() {
        CpSatLeveler growing = CpSatLeveler.withGrowingShare(Duration.ofSeconds(1), 2);
        CpSatLeveler fixed = new CpSatLeveler(Duration.ofSeconds(1), 2, 0.3);
        Offset<Double> within = Offset.offset(1e-9);

        assertThat(growing.shareFor(chain(30))).isCloseTo(0.3, within);
        assertThat(growing.shareFor(chain(75))).isCloseTo(0.6, within);
        assertThat(growing.shareFor(chain(120))).isCloseTo(0.9, within);
        assertThat(growing.shareFor(chain(500))).isCloseTo(0.9, within);
        assertThat(fixed.shareFor(chain(120))).isCloseTo(0.3, within);
    }

    private static RcpspProblem chain(int activities) {
        RcpspProblem.Builder b = RcpspProblem.builder();
        int people = b.resource("People", 1);
        int previous = -1;
        for (int i = 0; i < activities; i++) {
            int a = b.activity("A" + i, 1);
            b.demand(a, people, 1);
            if (previous >= 0) {
                b.precedence(previous, a);
            }
            previous = a;
        }
        return b.build();
    }

    @Test
    void improvesOnAGivenScheduleUsedAsItsHint() {
        RcpspProblem.Builder b = RcpspProblem.builder();
        int crane = b.resource("Crane", 1);
        int first = b.activity("Lift 1", 4);
        int second = b.activity("Lift 2", 1);
        int weld = b.activity("Weld", 4);
        b.demand(first, crane, 1).demand(second, crane, 1).precedence(second, weld);
        RcpspProblem problem = b.build();
        // Lift 1 first leaves Weld until 5-9; Lift 2 first lets Weld run beside Lift 1: 0-1, 1-5, 1-5.
        Leveling poor = Leveling.of(problem, new int[] {0, 4, 5}, problem.lowerBound(), false);

        Leveling better = new CpSatLeveler(Duration.ofSeconds(10), 2, 0.5)
                .improve(problem, poor, Duration.ofSeconds(10), 1);

        assertThat(better.makespan()).isEqualTo(5);
        assertThat(better.optimal()).isTrue();
        assertThat(problem.violations(better.starts())).isEmpty();
    }

    @Test
    void reservedCapacityIsAFixedLoadTheModelFitsBeside() {
        RcpspProblem.Builder b = RcpspProblem.builder();
        int tester = b.resource("Tester", 1);
        int smoke = b.activity("Smoke test", 2);
        int regression = b.activity("Regression", 2);
        int report = b.activity("Report", 3);
        b.demand(smoke, tester, 1).demand(regression, tester, 1).precedence(smoke, report);
        b.reserve(tester, 2, 4, 1);
        RcpspProblem problem = b.build();
        // Regression first leaves Smoke test until after the reservation: 4-6, then Report 6-9.
        Leveling poor = Leveling.of(problem, new int[] {4, 0, 6}, 5, false);

        Leveling better = new CpSatLeveler(Duration.ofSeconds(10), 2, 0.5)
                .improve(problem, poor, Duration.ofSeconds(10), 1);

        assertThat(better.starts()).containsExactly(0, 4, 2);
        assertThat(better.optimal()).isTrue();
        assertThat(problem.violations(better.starts())).isEmpty();
    }

    @Test
    void onPublicJ30InstancesItIsFeasibleAndNeverBelowTheProvenOptimum() throws IOException {
        Path psplib = psplib();
        assumeTrue(psplib != null, "shared/datasets/psplib is not available");
        List<String> optima = Files.readAllLines(psplib.resolve("expected/j30opt.sm"));
        for (String instance : List.of("j3013_1", "j3029_4", "j3045_7")) {
            RcpspProblem problem = PsplibSm.parse(Files.readString(psplib.resolve("j30/" + instance + ".sm")));
            int optimum = optimum(optima, instance);
            Leveling heuristic = Leveler.level(problem, Leveler.Mode.SHORTEST_MAKESPAN, Duration.ofMinutes(1), 300, 1);
            Leveling exact = new CpSatLeveler(Duration.ofSeconds(3), 2, 0.5)
                    .improve(problem, heuristic, Duration.ofSeconds(3), 1);

            assertThat(problem.violations(exact.starts())).as(instance).isEmpty();
            assertThat(exact.makespan()).as(instance).isBetween(optimum, heuristic.makespan());
            assertThat(exact.lowerBound()).as(instance).isLessThanOrEqualTo(optimum);
            if (exact.optimal()) {
                assertThat(exact.makespan()).as(instance).isEqualTo(optimum);
            }
        }
    }

    private static int optimum(List<String> optima, String instance) {
        String[] parts = instance.substring(3).split("_");
        return optima.stream().map(line -> line.strip().split("\\s+"))
                .filter(cells -> cells.length >= 3 && cells[0].equals(parts[0]) && cells[1].equals(parts[1]))
                .mapToInt(cells -> Integer.parseInt(cells[2])).findFirst().orElseThrow();
    }

    private static Path psplib() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/datasets/psplib"))) {
                return p.resolve("shared/datasets/psplib");
            }
        }
        return null;
    }
}
