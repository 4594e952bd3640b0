package org.lodestar.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Fixed units: an assignment's work is its task's duration times its units. */
class AssignmentWorkTests {

    @Test
    void workIsTheDurationTimesTheUnits() {
        // 5 days of 8 hours is 2,400 minutes: at 100 % that is 40 hours, at 50 % 20, at 250 % 100
        assertThat(AssignmentWork.minutes(2400, 100)).isEqualTo(2400);
        assertThat(AssignmentWork.minutes(2400, 50)).isEqualTo(1200);
        assertThat(AssignmentWork.minutes(2400, 250)).isEqualTo(6000);
        assertThat(AssignmentWork.minutes(2400, 1000)).isEqualTo(24000);
    }

    @Test
    void workIsRoundedToTheMinuteAndAMilestoneHasNone() {
        // 1 hour at 33 % is 19.8 minutes
        assertThat(AssignmentWork.minutes(60, 33)).isEqualTo(20);
        assertThat(AssignmentWork.minutes(0, 100)).isZero();
    }
}
