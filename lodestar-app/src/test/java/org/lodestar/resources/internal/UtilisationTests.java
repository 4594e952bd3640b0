package org.lodestar.resources.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.resources.ResourceKind;

/** The capacity views' rules: a person's FTE over a month, utilisation and over-allocation. */
class UtilisationTests {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1); // 22 working days Monday to Friday

    @Test
    void aMonthsCapacityIsNetOfAbsencesAndSplitAmongTheRolesAPersonFills() {
        Resource ada = Resource.register(ResourceKind.PERSON, "Ada", null, null, List.of("Analyst", "Tester"),
                Map.of(), null, new BigDecimal("0.5"), NOW);
        assertThat(Utilisation.capacityFte(ada, MARCH, WorkWeek.STANDARD, 1)).isEqualTo(0.5);
        assertThat(Utilisation.capacityFte(ada, MARCH, WorkWeek.STANDARD, 2)).isEqualTo(0.25);
        // 11 of the 22 working days off: half of her half
        ada.recordAbsence(new ResourceAbsence(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), null), NOW);
        assertThat(Utilisation.capacityFte(ada, MARCH, WorkWeek.STANDARD, 1)).isEqualTo(0.25);
    }

    @Test
    void utilisationIsDemandOverCapacityAndOverAllocationIsMoreDemandThanCapacity() {
        assertThat(Utilisation.percent(new BigDecimal("1.5"), new BigDecimal("2"))).isEqualTo(75);
        assertThat(Utilisation.percent(new BigDecimal("2"), new BigDecimal("1"))).isEqualTo(200);
        assertThat(Utilisation.percent(BigDecimal.ZERO, BigDecimal.ZERO)).isZero();
        assertThat(Utilisation.percent(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
        assertThat(Utilisation.over(new BigDecimal("2.00"), new BigDecimal("2"))).isFalse();
        assertThat(Utilisation.over(new BigDecimal("2.01"), new BigDecimal("2"))).isTrue();
    }

    @Test
    void aWeekAsksEachWorkingDayItsMonthsFteOfTheCalendarsDay() {
        // Monday 29 June to Sunday 5 July 2026: two working days in June at 1 FTE, three in July at 0.5 FTE
        Map<YearMonth, BigDecimal> fte = Map.of(YearMonth.of(2026, 6), BigDecimal.ONE,
                YearMonth.of(2026, 7), new BigDecimal("0.5"));
        LocalDate monday = LocalDate.of(2026, 6, 29);
        assertThat(Utilisation.weekDemandHours(monday, fte, WorkWeek.STANDARD)).isEqualTo(2 * 8 + 3 * 4.0);
        // a holiday on Wednesday 1 July asks nothing
        WorkWeek withHoliday = new WorkWeek(WorkWeek.STANDARD.workingDays(), day -> day.equals(LocalDate.of(2026, 7, 1)),
                8);
        assertThat(Utilisation.weekDemandHours(monday, fte, withHoliday)).isEqualTo(2 * 8 + 2 * 4.0);
        assertThat(Utilisation.weekDemandHours(monday, Map.of(), WorkWeek.STANDARD)).isZero();
        // the same week with its days given as indexes into June and July's FTE
        assertThat(Utilisation.weekDemandHours(new int[] {0, 0, 1, 1, 1}, new double[] {1, 0.5}, 8))
                .isEqualTo(2 * 8 + 3 * 4.0);
        assertThat(Utilisation.weekDemandHours(new int[] {0, 0, 1, 1}, new double[] {1, 0.5}, 8))
                .as("without the holiday").isEqualTo(2 * 8 + 2 * 4.0);
        assertThat(Utilisation.fullTimeHours(MARCH, WorkWeek.STANDARD)).isEqualTo(22 * 8.0);
    }

    /**
     * Tenths without the decimal equal the decimal's: on halves written in a few digits, where the double lies just
     * under or over the half (0.15, 0.35 and 1.005 are not exact), on the sums of FTE × hours the views add, and on
     * random doubles.
     */
    @Test
    void tenthsAreTheDecimalRoundedHalfUp() {
        List<Double> figures = new java.util.ArrayList<>();
        for (int i = 0; i <= 20_000; i++) figures.add(i / 100.0); // every x.x5
        for (int i = 0; i <= 20_000; i++) figures.add(i / 1000.0);
        double[] ftes = {0.1, 0.15, 0.2, 0.25, 0.3, 0.33, 0.35, 0.45, 0.5, 0.55, 0.7, 0.9, 1.0, 1.05};
        double[] days = {7.5, 8, 7.6, 6.25};
        for (double fte : ftes) {
            for (double day : days) {
                double sum = 0;
                for (int d = 0; d < 60; d++) {
                    sum += fte * day;
                    figures.add(sum);
                }
            }
        }
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 200_000; i++) figures.add(random.nextDouble() * 500);
        figures.addAll(List.of(0.05, 0.15, 0.25, 1.005, 2.675, 1e8 + 0.05, 123_456_789.25, -0.25, -0.27));
        for (double hours : figures) {
            long decimal = BigDecimal.valueOf(hours).setScale(1, java.math.RoundingMode.HALF_UP).unscaledValue()
                    .longValueExact();
            assertThat(Utilisation.tenths(hours)).as(Double.toString(hours)).isEqualTo(decimal);
        }
    }
}
