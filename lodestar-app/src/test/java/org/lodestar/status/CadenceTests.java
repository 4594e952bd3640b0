package org.lodestar.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class CadenceTests {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    @Test
    void aWeeklyCycleFallsDueOnItsDayOfTheWeek() {
        Cadence fridays = new Cadence(Frequency.WEEKLY, 5);

        assertThat(fridays.dueOnOrAfter(WEDNESDAY)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(fridays.dueOnOrBefore(WEDNESDAY)).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(fridays.dueOnOrAfter(LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(fridays.previous(LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void aFortnightlyCycleFallsDueEveryOtherWeekCountedFromTheFirstWeekOf2024() {
        Cadence fortnightly = new Cadence(Frequency.FORTNIGHTLY, 1);

        LocalDate next = fortnightly.dueOnOrAfter(WEDNESDAY);
        LocalDate last = fortnightly.dueOnOrBefore(WEDNESDAY);

        assertThat(next.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(ChronoUnit.DAYS.between(last, next)).isEqualTo(14);
        assertThat(ChronoUnit.DAYS.between(LocalDate.of(2024, 1, 1), next) % 14).isZero();
        assertThat(fortnightly.dueOnOrAfter(LocalDate.of(2023, 12, 20))).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void aMonthlyCycleFallsDueOnItsDayOfTheMonth() {
        Cadence fifteenth = new Cadence(Frequency.MONTHLY, 15);

        assertThat(fifteenth.dueOnOrAfter(WEDNESDAY)).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(fifteenth.dueOnOrBefore(WEDNESDAY)).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(fifteenth.previous(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2025, 12, 15));
    }

    @Test
    void dueDaysOutsideTheWeekOrTheShortestMonthAreRefused() {
        assertThatThrownBy(() -> new Cadence(Frequency.WEEKLY, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cadence(Frequency.MONTHLY, 29)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cadence(Frequency.FORTNIGHTLY, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
