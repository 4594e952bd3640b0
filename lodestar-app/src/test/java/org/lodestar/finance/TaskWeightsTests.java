package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.engine.evm.EarningMethod;
import org.lodestar.finance.EarnedValueCalculation.Task;

/** Tasks' shares of the budget from their assigned cost, durations valued at the plan's cost per minute. */
class TaskWeightsTests {

    private static Task task(long id, int days) {
        LocalDateTime at = LocalDateTime.parse("2027-01-04T08:00");
        return new Task(id, days * 480, null, null, at, at, null, null, 0, EarningMethod.PHYSICAL_PERCENT_COMPLETE);
    }

    private static final List<Task> TASKS = List.of(task(1, 10), task(2, 5), task(3, 5));

    @Test
    void costedTasksWeighTheirAssignedCostAndTheOthersTheirDurationAtTheCostedTasksCostPerDay() {
        // 9,000 + 1,500 over 15 days of costed tasks: 700 a day, so the uncosted 5-day task weighs 3,500
        double[] weights = TaskWeights.of(TASKS, Map.of(1L, 9000.0, 2L, 1500.0));

        assertThat(weights).containsExactly(new double[] {9000, 1500, 3500}, within(1e-9));
        assertThat(EarnedValueCalculation.shares(TASKS, weights, 28000))
                .as("not 14,000 / 7,000 / 7,000 as durations would give")
                .containsExactly(new double[] {18000, 3000, 7000}, within(1e-9));
    }

    @Test
    void withoutACostedTaskOrCostedDurationSharesFollowDurations() {
        assertThat(TaskWeights.of(TASKS, Map.of())).isNull();
        assertThat(TaskWeights.of(List.of(task(1, 0), task(2, 5)), Map.of(1L, 0.0))).isNull();
        assertThat(EarnedValueCalculation.shares(TASKS, null, 20000))
                .containsExactly(new double[] {10000, 5000, 5000}, within(1e-9));
    }
}
