package org.lodestar.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Planning's rule for progress from approved hours. */
class ActualWorkTests {

    @Test
    void percentCompleteIsActualOverPlannedWorkRoundedDownAndNeverHundredFromHoursAlone() {
        // 5 days of 8 hours (2,400 minutes) for one person: 10 hours is 25 %
        assertThat(ActualWork.percentComplete(600, 2400, 0)).isEqualTo(25);
        assertThat(ActualWork.percentComplete(600, 2400, 1)).isEqualTo(25);
        // two named people double the planned work
        assertThat(ActualWork.percentComplete(600, 2400, 2)).isEqualTo(12);
        assertThat(ActualWork.percentComplete(2400, 2400, 1)).isEqualTo(99);
        assertThat(ActualWork.percentComplete(9000, 2400, 1)).isEqualTo(99);
        assertThat(ActualWork.percentComplete(600, 0, 1)).isZero();
    }

    @Test
    void thePeopleATaskNamesAreCounted() {
        assertThat(ActualWork.people(null)).isZero();
        assertThat(ActualWork.people(" ")).isZero();
        assertThat(ActualWork.people("Ana")).isEqualTo(1);
        assertThat(ActualWork.people("Ana, Ben[50%]; Chris")).isEqualTo(3);
    }
}
