package org.lodestar.engine.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.lodestar.engine.level.Leveler.Mode;

/** Reserved capacity: load fixed in time (a person's other projects, a task that must not move) beside the search. */
class ReservationTests {

    private static final Duration AMPLE = Duration.ofMinutes(5);

    /**
     * One tester, booked elsewhere on days 2 and 3. Regression (2 days, high priority) and Report (3 days, no
     * resource) follow Smoke test (2 days). Delay-only takes Regression first: it runs 0-2, Smoke test cannot use
     * days 2-3 and runs 4-6, Report 6-9. The shortest schedule runs Smoke test 0-2, Report 2-5 and Regression 4-6:
     * 6, which is also the bound (4 days of work need days 0, 1, 4 and 5 of the tester).
     */
    private static RcpspProblem testerBookedElsewhere() {
        RcpspProblem.Builder b = RcpspProblem.builder();
        int tester = b.resource("Tester", 1);
        int smoke = b.activity("Smoke test", 2);
        int regression = b.activity("Regression", 2);
        int report = b.activity("Report", 3);
        b.demand(smoke, tester, 1).demand(regression, tester, 1).precedence(smoke, report);
        b.priority(regression, 900).priority(smoke, 500);
        b.reserve(tester, 2, 4, 1);
        return b.build();
    }

    @Test
    void delayOnlyLevelingWorksAroundTheReservationAndSaysTheResourceWasShort() {
        RcpspProblem problem = testerBookedElsewhere();
        Leveling leveling = Leveler.level(problem, Mode.DELAY_ONLY, AMPLE, 1);

        assertThat(leveling.starts()).containsExactly(4, 0, 6);
        assertThat(leveling.makespan()).isEqualTo(9);
        assertThat(leveling.moves()).extracting(Leveling.Move::activity).containsExactly(0, 2);
        assertThat(leveling.moves().get(0).resources()).containsExactly(0);
        assertThat(leveling.moves().get(1).pushedBy()).isZero();
    }

    @Test
    void theShortestMakespanFitsBesideTheReservationAndIsProvenByTheBound() {
        RcpspProblem problem = testerBookedElsewhere();
        assertThat(problem.lowerBound()).isEqualTo(6);

        Leveling leveling = Leveler.level(problem, Mode.SHORTEST_MAKESPAN, AMPLE, 500, 1);

        assertThat(leveling.makespan()).isEqualTo(6);
        assertThat(leveling.optimal()).isTrue();
        assertThat(leveling.start(1)).isEqualTo(4);
        assertThat(problem.violations(leveling.starts())).isEmpty();
    }

    @Test
    void theCheckerCountsReservationsAgainstTheCapacity() {
        RcpspProblem problem = testerBookedElsewhere();
        assertThat(problem.violations(new int[] {0, 2, 2})).containsExactly(
                "Tester is used 2 at time 2, above its capacity 1",
                "Tester is used 2 at time 3, above its capacity 1");
        assertThat(problem.reserved(0, 3)).isEqualTo(1);
        assertThat(problem.reserved(0, 4)).isZero();
        assertThat(problem.reservedUntil(0)).isEqualTo(4);
    }

    @Test
    void reservationsAddUpAndMayNotExceedTheCapacity() {
        RcpspProblem.Builder b = RcpspProblem.builder();
        int crew = b.resource("Crew", 3);
        b.reserve(crew, 0, 5, 2).reserve(crew, 3, 6, 1);
        assertThatThrownBy(() -> b.reserve(crew, 4, 5, 1))
                .hasMessage("Reservations of Crew come to 4 at time 4, above its capacity 3");
        assertThatThrownBy(() -> b.reserve(crew, 3, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.reserve(crew, 0, 1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 30)
    void everyModeFitsBesideRandomReservations(@ForAll @IntRange(min = 2, max = 40) int activities,
            @ForAll long seed) {
        Random random = new Random(seed);
        RcpspProblem plain = LevelerTests.randomProblem(new Random(seed), activities, 2);
        RcpspProblem.Builder b = RcpspProblem.builder();
        for (int r = 0; r < plain.resources(); r++) {
            b.resource(plain.resourceName(r), plain.capacity(r));
        }
        for (int j = 0; j < plain.activities(); j++) {
            b.activity(plain.name(j), plain.duration(j));
            b.release(j, plain.release(j));
            for (int r = 0; r < plain.resources(); r++) {
                b.demand(j, r, plain.demand(j, r));
            }
            int[] predecessors = plain.predecessors(j);
            for (int k = 0; k < predecessors.length; k++) {
                b.precedence(predecessors[k], j, plain.predecessorLag(j, k));
            }
        }
        for (int r = 0; r < plain.resources(); r++) {
            // leave every activity's demand room: reserve at most the capacity less the largest demand
            int largest = 0;
            for (int j = 0; j < plain.activities(); j++) {
                largest = Math.max(largest, plain.demand(j, r));
            }
            int room = plain.capacity(r) - largest;
            if (room > 0) {
                int from = random.nextInt(20);
                b.reserve(r, from, from + 1 + random.nextInt(6), 1 + random.nextInt(room));
            }
            int from = 30 + random.nextInt(10);
            b.reserve(r, from, from + 1 + random.nextInt(4), plain.capacity(r));
        }
        RcpspProblem problem = b.build();
        for (Mode mode : List.of(Mode.DELAY_ONLY, Mode.SHORTEST_MAKESPAN)) {
            Leveling leveling = Leveler.level(problem, mode, AMPLE, 300, seed);
            assertThat(problem.violations(leveling.starts())).as(mode.name()).isEmpty();
            assertThat(leveling.makespan()).as(mode.name()).isGreaterThanOrEqualTo(problem.lowerBound());
        }
    }
}
