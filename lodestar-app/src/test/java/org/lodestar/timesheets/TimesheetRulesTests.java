package org.lodestar.timesheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.InvalidInputException;

/** The rules of a week's hours: daily totals over lines, negative hours, decimals, duplicates, totals. */
class TimesheetRulesTests {

    private static TimesheetCommand.Line line(long task, String... hours) {
        return new TimesheetCommand.Line(1L, task, Arrays.stream(hours).map(h -> h == null ? null : new BigDecimal(h))
                .toList());
    }

    private static List<String> fields(TimesheetCommand.Line... lines) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        TimesheetRules.check(new TimesheetCommand(LocalDate.of(2026, 11, 30), List.of(lines), null), problems);
        List<String> fields = new ArrayList<>();
        try {
            problems.throwIfAny();
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach(problem -> fields.add(problem.field()));
        }
        return fields;
    }

    @Test
    void aDayOverTwentyFourHoursSummedOverItsLinesNamesTheCellThatGoesOver() {
        assertThat(fields(line(1, "8", "10", "0"), line(2, "8", "10"), line(3, "8", "4.5")))
                .containsExactly("lines[2].hours[1]");
        // exactly 24 is a day's most
        assertThat(fields(line(1, "16"), line(2, "8"))).isEmpty();
        assertThat(fields(line(1, "24.01"))).containsExactly("lines[0].hours[0]");
    }

    @Test
    void negativeHoursTooManyDecimalsTooManyDaysAndATaskTwiceAreNamed() {
        assertThat(fields(line(1, "8", "-1"))).containsExactly("lines[0].hours[1]");
        assertThat(fields(line(1, "0", "0", "1.255"))).containsExactly("lines[0].hours[2]");
        assertThat(fields(line(1, "1", "1", "1", "1", "1", "1", "1", "1"))).containsExactly("lines[0].hours");
        assertThat(fields(line(1, "1"), line(1, "2"))).containsExactly("lines[1].taskId");
        assertThat(fields(new TimesheetCommand.Line(null, null, null)))
                .containsExactly("lines[0].projectId", "lines[0].taskId");
    }

    @Test
    void missingDaysAreZeroAndTotalsAddUpPerDayAndWeek() {
        List<BigDecimal> first = TimesheetRules.week(Arrays.asList(new BigDecimal("8"), null, new BigDecimal("2.5")));
        assertThat(first).hasSize(7);
        assertThat(first.get(1)).isEqualByComparingTo("0");
        List<BigDecimal> second = TimesheetRules.week(List.of(new BigDecimal("1"), new BigDecimal("1")));
        List<BigDecimal> totals = TimesheetRules.dayTotals(List.of(first, second));
        assertThat(totals.get(0)).isEqualByComparingTo("9");
        assertThat(totals.get(2)).isEqualByComparingTo("2.5");
        assertThat(TimesheetRules.sum(totals)).isEqualByComparingTo("12.5");
    }
}
