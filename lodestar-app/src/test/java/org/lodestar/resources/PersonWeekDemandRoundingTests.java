package org.lodestar.resources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The drill-down's lines, each to a tenth, add up to the cell's figure rounded to a tenth. */
class PersonWeekDemandRoundingTests {

    @Test
    void roundedLinesKeepTheRoundedSum() {
        // three thirds of 10 h: 3.3 + 3.3 + 3.4, not 3.3 × 3 = 9.9
        assertThat(ResourceAllocations.tenthsKeepingTheSum(new double[] {10 / 3.0, 10 / 3.0, 10 / 3.0}))
                .containsExactly(34, 33, 33);
        // the largest remainder takes the tenth
        assertThat(ResourceAllocations.tenthsKeepingTheSum(new double[] {1.04, 2.06, 0})).containsExactly(10, 21, 0);
        assertThat(ResourceAllocations.tenthsKeepingTheSum(new double[] {0})).containsExactly(0);
    }
}
