package org.lodestar.engine.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RcpspProblemTests {

    /** A (3 days, 2 of 3 people) before C (1 day); B (2 days, 2 of 3 people) free. */
    private static RcpspProblem smallProblem() {
        RcpspProblem.Builder b = RcpspProblem.builder();
        int people = b.resource("People", 3);
        int a = b.activity("A", 3);
        int bb = b.activity("B", 2);
        int c = b.activity("C", 1);
        b.demand(a, people, 2).demand(bb, people, 2).demand(c, people, 1);
        b.precedence(a, c, 1);
        return b.build();
    }

    @Test
    void theCheckerAcceptsAFeasibleSchedule() {
        // A 0-3, C after a day's lag at 4, B after A at 3-5 (2 + 1 = 3 people while C runs).
        assertThat(smallProblem().violations(new int[] {0, 3, 4})).isEmpty();
    }

    @Test
    void theCheckerCatchesAPrecedenceIgnoringItsLag() {
        assertThat(smallProblem().violations(new int[] {0, 3, 3}))
                .singleElement().asString().contains("C starts at 3, before A finishes (plus lag) at 4");
    }

    @Test
    void theCheckerCatchesACapacityExceeded() {
        assertThat(smallProblem().violations(new int[] {0, 1, 4}))
                .containsExactly("People is used 4 at time 1, above its capacity 3",
                        "People is used 4 at time 2, above its capacity 3");
    }

    @Test
    void theCheckerCatchesAStartBeforeTheRelease() {
        RcpspProblem.Builder b = RcpspProblem.builder();
        b.release(b.activity("A", 1), 5);
        assertThat(b.build().violations(new int[] {4})).singleElement().asString().contains("before its release 5");
    }

    @Test
    void aCycleIsRefusedNamingItsActivities() {
        RcpspProblem.Builder b = RcpspProblem.builder();
        int a = b.activity("A", 1);
        int c = b.activity("B", 1);
        b.precedence(a, c).precedence(c, a);
        assertThatThrownBy(b::build).hasMessageContaining("cycle").hasMessageContaining("A").hasMessageContaining("B");
    }

    @Test
    void aDemandAboveTheCapacityIsRefused() {
        RcpspProblem.Builder b = RcpspProblem.builder();
        int r = b.resource("Crane", 1);
        b.demand(b.activity("Lift", 2), r, 2);
        assertThatThrownBy(b::build).hasMessageContaining("Lift needs 2 of Crane");
    }

    @Test
    void theLowerBoundIsTheCriticalPathOrTheWorkOverTheCapacity() {
        RcpspProblem problem = smallProblem();
        assertThat(problem.criticalPathLength()).isEqualTo(5);
        // work 2*3 + 2*2 + 1 = 11 person-days over 3 people: at least 4 days; the path (5) is longer.
        assertThat(problem.lowerBound()).isEqualTo(5);
    }

    @Test
    void readsAPsplibFile() {
        RcpspProblem problem = PsplibSm.parse("""
                jobs (incl. supersource/sink ):  4
                RESOURCES
                  - renewable                 :  1   R
                PRECEDENCE RELATIONS:
                jobnr.    #modes  #successors   successors
                   1        1          2           2   3
                   2        1          1           4
                   3        1          1           4
                   4        1          0
                ************************************************************************
                REQUESTS/DURATIONS:
                jobnr. mode duration  R 1
                ------------------------------------------------------------------------
                  1      1     0       0
                  2      1     3       2
                  3      1     2       2
                  4      1     0       0
                ************************************************************************
                RESOURCEAVAILABILITIES:
                  R 1
                    3
                ************************************************************************
                """);
        assertThat(problem.activities()).isEqualTo(4);
        assertThat(problem.capacity(0)).isEqualTo(3);
        assertThat(problem.demand(1, 0)).isEqualTo(2);
        assertThat(problem.predecessors(3)).containsExactlyInAnyOrder(1, 2);
        assertThat(SerialScheme.schedule(problem, PriorityRule.LFT)).containsExactly(0, 0, 3, 5);
    }
}
