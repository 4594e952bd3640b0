package org.lodestar.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.InvalidInputException;

/** A split task's pauses as typed, stored and shown again. */
class TaskSplitsTests {

    private static final int WEEK_OF_WORK = 2400;

    @Test
    void pausesAreStoredInMinutesAndShownInTheFirstUnitThatReadsBackExactly() {
        String stored = TaskSplits.parse(" 2d + 1d ,3.5d+90m , 4d+7m", WEEK_OF_WORK, TimeUnits.STANDARD);

        assertThat(stored).isEqualTo("960+480,1680+90,1920+7");
        assertThat(TaskSplits.minutes(stored)).containsExactly(960, 480, 1680, 90, 1920, 7);
        // 90 minutes are 0.19 days to two decimals, not exact: hours
        assertThat(TaskSplits.format(stored, TimeUnits.STANDARD)).isEqualTo("2d+1d, 3.5d+1.5h, 4d+7m");
        assertThat(TaskSplits.parse(TaskSplits.format(stored, TimeUnits.STANDARD), WEEK_OF_WORK, TimeUnits.STANDARD))
                .isEqualTo(stored);
        // in 7.5-hour days, 90 minutes are 0.2 of a day
        assertThat(TaskSplits.format("450+90", new TimeUnits(450, 2250, 20))).isEqualTo("1d+0.2d");
        assertThat(TaskSplits.parse("  ", WEEK_OF_WORK, TimeUnits.STANDARD)).isNull();
        assertThat(TaskSplits.format(null, TimeUnits.STANDARD)).isEmpty();
    }

    @Test
    void atMostAHundredPauses() {
        StringBuilder hundred = new StringBuilder();
        for (int after = 1; after <= TaskSplits.MAX_PAUSES; after++) hundred.append(after).append("m+1m,");
        String many = hundred.substring(0, hundred.length() - 1);
        assertThat(TaskSplits.minutes(TaskSplits.parse(many, WEEK_OF_WORK, TimeUnits.STANDARD))).hasSize(200);
        assertThatThrownBy(() -> TaskSplits.parse(many + ",200m+1m", WEEK_OF_WORK, TimeUnits.STANDARD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("splits");
        assertThatThrownBy(() -> TaskSplits.parse(String.join(",", Collections.nCopies(100_000, "1d+1d")),
                WEEK_OF_WORK, TimeUnits.STANDARD)).isInstanceOf(InvalidInputException.class);
    }
}
