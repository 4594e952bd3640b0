package org.lodestar.engine.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.lodestar.engine.level.Leveler.Mode;

class LevelerTests {

    private static final Duration AMPLE = Duration.ofMinutes(5);

    @Test
    void delayOnlyLevelingDelaysTheLowerPriorityAndSaysWhy() {
        RcpspProblem.Builder b = RcpspProblem.builder();
        int analyst = b.resource("Analyst", 1);
        int specs = b.activity("Specs", 3);
        int review = b.activity("Review", 2);
        int signOff = b.activity("Sign-off", 1);
        b.demand(specs, analyst, 1).demand(review, analyst, 1);
        b.precedence(review, signOff);
        b.priority(review, 500);
        Leveling leveling = Leveler.level(b.build(), Mode.DELAY_ONLY, AMPLE, 1);

        assertThat(leveling.starts()).containsExactly(2, 0, 2);
        assertThat(leveling.moves()).containsExactly(new Leveling.Move(specs, 0, 2, -1, List.of(analyst)));
        assertThat(leveling.moves().get(0).delay()).isEqualTo(2);
    }

    @Test
    void delayOnlyLevelingNamesThePredecessorThatPushedASuccessor() {
        RcpspProblem.Builder b = RcpspProblem.builder();
        int crane = b.resource("Crane", 1);
        int first = b.activity("Lift east", 2);
        int second = b.activity("Lift west", 2);
        int weld = b.activity("Weld", 1);
        b.demand(first, crane, 1).demand(second, crane, 1).precedence(second, weld);
        Leveling leveling = Leveler.level(b.build(), Mode.DELAY_ONLY, AMPLE, 1);

        // Equal priority: Lift west has less slack (Weld follows it), so it goes first and Lift east waits.
        assertThat(leveling.starts()).containsExactly(2, 0, 2);
        assertThat(leveling.moves()).extracting(Leveling.Move::activity).containsExactly(first);
    }

    @Test
    void delayOnlyLevelingNeverStartsAnActivityEarlierThanWithoutResources() {
        RcpspProblem problem = randomProblem(new Random(7), 40, 3);
        Leveling leveling = Leveler.level(problem, Mode.DELAY_ONLY, AMPLE, 1);
        int[] early = problem.earlyStarts();
        for (int j = 0; j < problem.activities(); j++) {
            assertThat(leveling.start(j)).isGreaterThanOrEqualTo(early[j]);
        }
        assertThat(problem.violations(leveling.starts())).isEmpty();
    }

    @Test
    void aMissedDeadlineIsReportedWithItsLateness() {
        RcpspProblem.Builder b = RcpspProblem.builder();
        int room = b.resource("Room", 1);
        int a = b.activity("Workshop A", 2);
        int c = b.activity("Workshop B", 2);
        b.demand(a, room, 1).demand(c, room, 1).deadline(a, 2).deadline(c, 2);
        Leveling leveling = Leveler.level(b.build(), Mode.SHORTEST_MAKESPAN, AMPLE, 200, 1);

        assertThat(leveling.makespan()).isEqualTo(4);
        assertThat(leveling.optimal()).isTrue();
        assertThat(leveling.missedDeadlines()).singleElement()
                .satisfies(miss -> assertThat(miss.lateness()).isEqualTo(2));
    }

    @Property(tries = 40)
    void everyPriorityRuleGivesAFeasibleSchedule(@ForAll @IntRange(min = 1, max = 60) int activities,
            @ForAll @IntRange(min = 1, max = 4) int resources, @ForAll long seed) {
        RcpspProblem problem = randomProblem(new Random(seed), activities, resources);
        for (PriorityRule rule : PriorityRule.values()) {
            int[] starts = SerialScheme.schedule(problem, rule);
            assertThat(problem.violations(starts)).as(rule.name()).isEmpty();
            assertThat(problem.makespan(starts)).isGreaterThanOrEqualTo(problem.lowerBound());
        }
    }

    @Property(tries = 40)
    void justificationKeepsTheScheduleFeasibleAndNeverLonger(@ForAll @IntRange(min = 1, max = 60) int activities,
            @ForAll long seed) {
        RcpspProblem problem = randomProblem(new Random(seed), activities, 2);
        SerialScheme scheme = new SerialScheme(problem);
        int[] starts = scheme.forward(PriorityRule.MTS.list(problem));
        int[] improved = new Justification(problem, scheme).improve(starts);
        assertThat(problem.violations(improved)).isEmpty();
        assertThat(problem.makespan(improved)).isLessThanOrEqualTo(problem.makespan(starts));
    }

    @Property(tries = 20)
    void theSearchIsFeasibleAndNoWorseThanTheBaseline(@ForAll @IntRange(min = 2, max = 40) int activities,
            @ForAll long seed) {
        RcpspProblem problem = randomProblem(new Random(seed), activities, 2);
        Leveling leveling = Leveler.level(problem, Mode.SHORTEST_MAKESPAN, AMPLE, 600, seed);
        assertThat(problem.violations(leveling.starts())).isEmpty();
        assertThat(leveling.makespan()).isBetween(problem.lowerBound(),
                problem.makespan(SerialScheme.schedule(problem, PriorityRule.LFT)));
    }

    @Test
    void theSearchIsDeterministicForASeedAndABudget() {
        RcpspProblem problem = randomProblem(new Random(3), 60, 4);
        Leveling first = Leveler.level(problem, Mode.SHORTEST_MAKESPAN, AMPLE, 2_000, 42);
        Leveling second = Leveler.level(problem, Mode.SHORTEST_MAKESPAN, AMPLE, 2_000, 42);
        assertThat(second.starts()).containsExactly(first.starts());
    }

    @Test
    void onPublicJ30InstancesTheSearchIsFeasibleAndNeverBelowTheProvenOptimum() {
        assumeTrue(Psplib.folder() != null, "shared/datasets/psplib is not available");
        Map<String, Integer> optima = Psplib.j30Optima();
        for (String instance : List.of("j302_1", "j3013_1", "j3029_4", "j3045_7", "j3041_3", "j3012_9")) {
            RcpspProblem problem = Psplib.read("j30", instance);
            int optimum = optima.get(instance);
            int baseline = problem.makespan(SerialScheme.schedule(problem, PriorityRule.LFT));
            Leveling leveling = Leveler.level(problem, Mode.SHORTEST_MAKESPAN, AMPLE, 5_000, 1);

            assertThat(problem.violations(leveling.starts())).as(instance).isEmpty();
            assertThat(leveling.makespan()).as(instance).isGreaterThanOrEqualTo(optimum).isLessThanOrEqualTo(baseline);
            assertThat(problem.lowerBound()).as(instance).isLessThanOrEqualTo(optimum);
        }
    }

    /** Activities with random durations and demands; each may follow a few earlier ones, some with a lag. */
    static RcpspProblem randomProblem(Random random, int activities, int resources) {
        RcpspProblem.Builder b = RcpspProblem.builder();
        for (int r = 0; r < resources; r++) {
            b.resource("R" + r, 1 + random.nextInt(6));
        }
        for (int j = 0; j < activities; j++) {
            int activity = b.activity("A" + j, random.nextInt(8));
            for (int r = 0; r < resources; r++) {
                if (random.nextInt(3) > 0) {
                    b.demand(activity, r, random.nextInt(2));
                }
            }
            for (int k = 0; k < 2 && j > 0; k++) {
                if (random.nextInt(3) == 0) {
                    b.precedence(random.nextInt(j), activity, random.nextInt(4) == 0 ? random.nextInt(3) : 0);
                }
            }
            if (random.nextInt(10) == 0) {
                b.release(activity, random.nextInt(10));
            }
        }
        return b.build();
    }
}
