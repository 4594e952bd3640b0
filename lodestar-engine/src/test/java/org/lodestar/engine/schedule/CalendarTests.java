package org.lodestar.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CalendarTests {

    private final WorkCalendar standard = WorkCalendar.standard();

    private static int at(String dateTime) {
        return TimeAxis.minute(LocalDateTime.parse(dateTime));
    }

    private static LocalDateTime date(int minute) {
        return TimeAxis.dateTime(minute);
    }

    @Test
    void aDayOfWorkStartedOnAMorningFinishesThatEvening() {
        assertThat(date(standard.addWorking(at("2026-01-05T08:00"), 480))).isEqualTo("2026-01-05T17:00");
        assertThat(date(standard.addWorking(at("2026-01-05T08:00"), 240))).isEqualTo("2026-01-05T12:00");
        assertThat(date(standard.addWorking(at("2026-01-05T08:00"), 241))).isEqualTo("2026-01-05T13:01");
    }

    @Test
    void workSkipsTheWeekend() {
        assertThat(date(standard.addWorking(at("2026-01-09T08:00"), 960))).isEqualTo("2026-01-12T17:00");
        assertThat(date(standard.addWorking(at("2026-01-09T17:00"), 1))).isEqualTo("2026-01-12T08:01");
        assertThat(standard.workingMinutesBetween(at("2026-01-05T08:00"), at("2026-01-12T08:00"))).isEqualTo(2400);
        assertThat(standard.workingMinutesBetween(at("2026-01-12T08:00"), at("2026-01-05T08:00"))).isEqualTo(-2400);
    }

    @Test
    void holidaysAndPartDaysAreHonoured() {
        WorkCalendar calendar = WorkCalendar.builder("France 2026")
                .holiday(LocalDate.of(2026, 1, 1))
                .exception(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 24), WorkCalendar.WorkingTime.of("08:00", "12:00"))
                .exception(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26))
                .build();
        // Wednesday 31 December + Friday 2 January: Thursday is New Year's Day.
        assertThat(date(calendar.addWorking(at("2025-12-31T08:00"), 960))).isEqualTo("2026-01-02T17:00");
        // Half a day on Christmas Eve, Christmas off, then Monday morning.
        assertThat(date(calendar.addWorking(at("2026-12-24T08:00"), 480))).isEqualTo("2026-12-28T12:00");
        assertThat(calendar.isWorking(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(calendar.workingTimes(LocalDate.of(2026, 12, 24))).containsExactly(WorkCalendar.WorkingTime.of("08:00", "12:00"));
    }

    @Test
    void anExceptionCanAddAWorkingSaturday() {
        WorkCalendar calendar = WorkCalendar.builder("Release weekend")
                .exception(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 10), WorkCalendar.WorkingTime.of("08:00", "12:00"))
                .build();
        assertThat(date(calendar.addWorking(at("2026-01-09T08:00"), 720))).isEqualTo("2026-01-10T12:00");
        assertThat(calendar.isWorking(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(standard.isWorking(LocalDate.of(2026, 1, 10))).isFalse();
    }

    @Test
    void aRoundTheClockCalendarCountsEveryMinute() {
        WorkCalendar.Builder builder = WorkCalendar.builder("24x7").minutesPerDay(1440).minutesPerWeek(10080);
        for (DayOfWeek day : DayOfWeek.values()) {
            builder.workingTimes(day, WorkCalendar.WorkingTime.of("00:00", "24:00"));
        }
        WorkCalendar calendar = builder.build();
        assertThat(date(calendar.addWorking(at("2026-01-09T20:00"), 1440 * 2))).isEqualTo("2026-01-11T20:00");
        assertThat(calendar.minutes(1, DurationUnit.DAYS)).isEqualTo(1440);
    }

    @Test
    void durationsConvertWithTheCalendarsSettings() {
        assertThat(standard.minutes(2, DurationUnit.DAYS)).isEqualTo(960);
        assertThat(standard.minutes(1.5, DurationUnit.HOURS)).isEqualTo(90);
        assertThat(standard.minutes(1, DurationUnit.WEEKS)).isEqualTo(2400);
        assertThat(standard.minutes(1, DurationUnit.MONTHS)).isEqualTo(9600);
        assertThat(standard.amount(1200, DurationUnit.DAYS)).isEqualTo(2.5);
        WorkCalendar sevenHours = WorkCalendar.builder("35h").minutesPerDay(420).minutesPerWeek(2100).daysPerMonth(21).build();
        assertThat(sevenHours.minutes(1, DurationUnit.MONTHS)).isEqualTo(21 * 420);
    }

    @Test
    void badDefinitionsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> WorkCalendar.WorkingTime.of("12:00", "08:00")).hasMessageContaining("must end after it starts");
        assertThatThrownBy(() -> WorkCalendar.builder("x").workingTimes(DayOfWeek.MONDAY,
                WorkCalendar.WorkingTime.of("08:00", "12:00"), WorkCalendar.WorkingTime.of("11:00", "13:00")).build())
                .hasMessageContaining("overlap");
        assertThatThrownBy(() -> WorkCalendar.builder("x").exception(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .hasMessageContaining("must end on or after");
    }

    @Test
    void aCalendarWithoutWorkingTimeSaysSo() {
        WorkCalendar.Builder builder = WorkCalendar.builder("Never");
        for (DayOfWeek day : DayOfWeek.values()) {
            builder.workingTimes(day);
        }
        WorkCalendar never = builder.build();
        assertThatThrownBy(() -> never.addWorking(at("2026-01-05T08:00"), 60)).hasMessageContaining("no working time");
    }
}
