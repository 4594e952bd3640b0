package org.lodestar.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Planning's rule for progress from approved hours. */
class ActualWorkTests {

    @Test
    void percentCompleteIsActualOverPlannedWorkRoundedDownAndNeverHundredFromHoursAlone() {
        // 5 days of 8 hours (2,400 minutes) for one person: 10 hours is 25 %
        assertThat(ActualWork.percentComplete(600, 2400)).isEqualTo(25);
        assertThat(ActualWork.percentComplete(600, 4800)).isEqualTo(12);
        assertThat(ActualWork.percentComplete(2400, 2400)).isEqualTo(99);
        assertThat(ActualWork.percentComplete(9000, 2400)).isEqualTo(99);
        assertThat(ActualWork.percentComplete(600, 0)).isZero();
    }

    @Test
    void withoutAssignmentsPlannedWorkIsTheDurationTimesThePeopleTheResourcesTextNames() {
        assertThat(AssignmentWork.plannedMinutes(2400, List.of(), null)).isEqualTo(2400);
        assertThat(AssignmentWork.plannedMinutes(2400, List.of(), "Ana")).isEqualTo(2400);
        // two named people double the planned work
        assertThat(AssignmentWork.plannedMinutes(2400, List.of(), "Ana, Ben")).isEqualTo(4800);
    }

    @Test
    void withAssignmentsPlannedWorkIsTheirWorkAndTheTextIsNotCounted() {
        // Ana at 50 % and Ben at 100 % on a 5-day task: 20 + 40 hours, whatever the text names
        assertThat(AssignmentWork.plannedMinutes(2400, List.of(50, 100), "Ana, Ben, Chris")).isEqualTo(3600);
        assertThat(AssignmentWork.plannedMinutes(2400, List.of(25), null)).isEqualTo(600);
    }

    @Test
    void thePeopleATaskNamesAreCounted() {
        assertThat(ActualWork.people(null)).isZero();
        assertThat(ActualWork.people(" ")).isZero();
        assertThat(ActualWork.people("Ana")).isEqualTo(1);
        assertThat(ActualWork.people("Ana, Ben[50%]; Chris")).isEqualTo(3);
    }
}
