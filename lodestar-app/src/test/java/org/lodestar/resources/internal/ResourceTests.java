package org.lodestar.resources.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.ConflictException;
import org.lodestar.resources.ResourceKind;

/** The pool's rules: a day's hours, capacity net of non-working days and absences, the rate in force on a date. */
class ResourceTests {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    // Monday 2 March 2026 to Sunday 15 March 2026: ten working days of the standard week
    private static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    private static final LocalDate TO = LocalDate.of(2026, 3, 15);

    private static Resource person(BigDecimal hoursPerDay, BigDecimal fte) {
        return Resource.register(ResourceKind.PERSON, "Ada", null, "IT", List.of("Developer"), Map.of("Java", 4),
                hoursPerDay, fte, NOW);
    }

    @Test
    void aPersonWorksTheCalendarsDayAtOneFteUnlessGivenHoursOrAnotherFte() {
        assertThat(person(null, null).dailyHours(WorkWeek.STANDARD)).isEqualTo(8);
        assertThat(person(null, new BigDecimal("0.5")).dailyHours(WorkWeek.STANDARD)).isEqualTo(4);
        WorkWeek sevenHours = new WorkWeek(WorkWeek.STANDARD.workingDays(), day -> false, 7);
        assertThat(person(null, new BigDecimal("0.5")).dailyHours(sevenHours)).isEqualTo(3.5);
        assertThat(person(new BigDecimal("6"), null).dailyHours(sevenHours)).isEqualTo(6);
        Resource laptop = Resource.register(ResourceKind.MATERIAL, "Laptops", null, null, List.of(), Map.of(),
                new BigDecimal("8"), null, NOW);
        assertThat(laptop.capacityHours(FROM, TO, WorkWeek.STANDARD)).isZero();
    }

    @Test
    void capacityCountsWorkingDaysNetOfHolidaysAndAbsences() {
        Resource ada = person(null, null);
        assertThat(ada.capacityHours(FROM, TO, WorkWeek.STANDARD)).isEqualTo(80);

        WorkWeek withHoliday = new WorkWeek(WorkWeek.STANDARD.workingDays(),
                day -> day.equals(LocalDate.of(2026, 3, 4)), 8);
        assertThat(ada.capacityHours(FROM, TO, withHoliday)).isEqualTo(72);

        // absent Thursday to the next Tuesday: Thursday, Friday, Monday, Tuesday are working days lost
        ada.recordAbsence(new ResourceAbsence(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 10), "Leave"), NOW);
        assertThat(ada.capacityHours(FROM, TO, WorkWeek.STANDARD)).isEqualTo(48);
        assertThat(ada.overlaps(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12))).isTrue();
        assertThat(ada.overlaps(LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 12))).isFalse();

        WorkWeek fourDays = new WorkWeek(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY), day -> false, 10);
        // Mon 2, Tue 3, Wed 4, Wed 11 (Thu 12 is worked too): 5 days of 10 hours
        assertThat(ada.capacityHours(FROM, TO, fourDays)).isEqualTo(50);
    }

    @Test
    void theRateInForceIsTheLatestEffectiveOnOrBeforeTheDay() {
        Resource ada = person(null, null);
        assertThat(ada.rateOn(FROM)).isEmpty();
        ada.setRate(new ResourceRate(LocalDate.of(2026, 1, 1), new BigDecimal("80"), "EUR"), NOW);
        ada.setRate(new ResourceRate(LocalDate.of(2026, 3, 10), new BigDecimal("90"), "EUR"), NOW);
        assertThat(ada.rateOn(LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(ada.rateOn(LocalDate.of(2026, 3, 9)).orElseThrow().amount()).isEqualByComparingTo("80");
        assertThat(ada.rateOn(LocalDate.of(2026, 3, 10)).orElseThrow().amount()).isEqualByComparingTo("90");
        // a rate set again from the same date replaces it
        ada.setRate(new ResourceRate(LocalDate.of(2026, 3, 10), new BigDecimal("95"), "EUR"), NOW);
        assertThat(ada.rates()).hasSize(2);
        assertThat(ada.rateOn(LocalDate.of(2026, 6, 1)).orElseThrow().amount()).isEqualByComparingTo("95");
    }

    @Test
    void aRetiredResourceHasNoCapacityAndTakesNoMoreActs() {
        Resource ada = person(null, null);
        ada.retire(NOW);
        assertThat(ada.capacityHours(FROM, TO, WorkWeek.STANDARD)).isZero();
        assertThatThrownBy(() -> ada.changeCapacity(null, BigDecimal.ONE, NOW)).isInstanceOf(ConflictException.class);
    }
}
