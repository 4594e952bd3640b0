package org.lodestar.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.resources.internal.OngoingDemandStore.RoleMonth;

/** Monthly allocations as intake's FTE per quarter: the mean of the quarter's three months. */
class AllocatedRoleDemandTests {

    private static RoleMonth month(String role, String month, String fte) {
        return new RoleMonth(role, LocalDate.parse(month + "-01"), new BigDecimal(fte));
    }

    @Test
    void aQuartersFteIsTheMeanOfItsThreeMonths() {
        Map<String, double[]> byQuarter = AllocatedRoleDemand.byQuarter(List.of(
                month("Analyst", "2027-01", "2"), month("Analyst", "2027-02", "2"), month("Analyst", "2027-03", "2"),
                month("Analyst", "2027-04", "3"), month("Tester", "2027-06", "1.5")), LocalDate.of(2027, 1, 1), 2);

        assertThat(byQuarter.get("Analyst")).containsExactly(new double[] {2, 1}, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(byQuarter.get("Tester")).containsExactly(new double[] {0, 0.5}, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void monthsOutsideTheScenariosQuartersAreLeftOut() {
        Map<String, double[]> byQuarter = AllocatedRoleDemand.byQuarter(List.of(month("Analyst", "2026-12", "3"),
                month("Analyst", "2027-07", "3")), LocalDate.of(2027, 1, 1), 2);

        assertThat(byQuarter).isEmpty();
    }
}
