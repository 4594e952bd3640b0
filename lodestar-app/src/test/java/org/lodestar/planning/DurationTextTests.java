package org.lodestar.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lodestar.platform.InvalidInputException;

class DurationTextTests {

    private final TimeUnits units = TimeUnits.STANDARD;

    @ParameterizedTest
    @CsvSource({
            "5d, 2400, false, d", "3h, 180, false, h", "2w, 4800, false, w", "1mo, 9600, false, mo",
            "30m, 30, false, m", "0, 0, false, d", "4ed, 5760, true, d", "2.5d, 1200, false, d",
            "'5 days', 2400, false, d", "1 week, 2400, false, w", "'  2H ', 120, false, h", "3, 1440, false, d",
            "'2,5d', 1200, false, d", "1ew, 10080, true, w", "2eh, 120, true, h"})
    void readsDurationsAsMicrosoftProjectDoes(String text, int minutes, boolean elapsed, String unit) {
        DurationText.Duration duration = DurationText.parse(text, units, "duration");

        assertThat(duration).isEqualTo(new DurationText.Duration(minutes, elapsed, unit));
    }

    /** The units the plan page shows in French, Japanese and Korean (as Microsoft Project does) read back. */
    @ParameterizedTest
    @CsvSource({
            "5j, 2400, false, d", "'2,5 j', 1200, false, d", "2s, 4800, false, w", "1ms, 9600, false, mo",
            "30mn, 30, false, m", "4ej, 5760, true, d", "3 semaines, 7200, false, w", "5日, 2400, false, d",
            "2週, 4800, false, w", "1か月, 9600, false, mo", "3時間, 180, false, h", "30分, 30, false, m",
            "5일, 2400, false, d", "2주, 4800, false, w", "1개월, 9600, false, mo", "3시간, 180, false, h",
            "30분, 30, false, m"})
    void readsTheUnitsOfTheOtherLanguages(String text, int minutes, boolean elapsed, String unit) {
        assertThat(DurationText.parse(text, units, "duration"))
                .isEqualTo(new DurationText.Duration(minutes, elapsed, unit));
    }

    @Test
    void daysFollowTheCalendarsHoursPerDay() {
        TimeUnits sixHourDays = new TimeUnits(360, 1800, 20);

        assertThat(DurationText.parse("2d", sixHourDays, "duration").minutes()).isEqualTo(720);
        assertThat(DurationText.parse("1mo", sixHourDays, "duration").minutes()).isEqualTo(7200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "5x", "d5", "5d3", "1..2d", "five days", "5年", "3 jourss"})
    void textThatIsNotADurationIsRefusedNamingTheFieldAndTheText(String text) {
        assertThatThrownBy(() -> DurationText.parse(text, units, "duration"))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> {
                    assertThat(invalid.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.field()).isEqualTo("duration");
                        assertThat(problem.messageKey()).isEqualTo("planning.validation.duration");
                        assertThat(problem.arguments()).containsExactly(text);
                    });
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1d", "-5", "-0.5h", "1218emo", "5300w", "999999999d", "99999999999999999999m"})
    void negativeDurationsAndDurationsOverAHundredYearsAreRefused(String text) {
        assertThatThrownBy(() -> DurationText.parse(text, units, "duration"))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> {
                    assertThat(invalid.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.field()).isEqualTo("duration");
                        assertThat(problem.messageKey()).isEqualTo("planning.validation.duration.range");
                        assertThat(problem.arguments()).containsExactly(text);
                    });
                });
    }

    @Test
    void aHundredYearsIsTheLongestDuration() {
        assertThat(DurationText.parse("1200emo", units, "duration").minutes()).isEqualTo(1200 * 30 * 1440);
        assertThat(DurationText.parse("5200w", units, "duration").minutes()).isEqualTo(5200 * 2400);
    }

    @ParameterizedTest
    @CsvSource({"2400, false, d, 5d", "1200, false, d, 2.5d", "5760, true, d, 4ed", "0, false, d, 0d",
            "180, false, h, 3h", "4800, false, w, 2w", "100, false, d, 0.21d"})
    void formatsDurationsInTheirUnit(int minutes, boolean elapsed, String unit, String text) {
        assertThat(DurationText.format(minutes, elapsed, unit, units)).isEqualTo(text);
    }
}
