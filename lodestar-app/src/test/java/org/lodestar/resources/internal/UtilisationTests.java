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
        assertThat(Utilisation.fullTimeHours(MARCH, WorkWeek.STANDARD)).isEqualTo(22 * 8.0);
    }
}
