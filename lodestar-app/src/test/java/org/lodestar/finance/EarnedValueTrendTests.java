package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestar.finance.EarnedValueTrend.Entry;
import org.lodestar.finance.EarnedValueTrend.Point;

/**
 * The roll-up of recorded periods, figures by hand. Project 1 records January (PV 100, EV 80, AC 100) and February
 * (PV 200, EV 190, AC 200); project 2 records February only (PV 1000, EV 1000, AC 500). February sums PV 1200,
 * EV 1190, AC 700: CPI 1190 / 700 = 1.7, where the mean of the projects' CPIs (0.95 and 2.0) would be 1.475.
 */
class EarnedValueTrendTests {

    private static final YearMonth JANUARY = YearMonth.of(2027, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2027, 2);

    private static Entry entry(long project, YearMonth period, String pv, String ev, String ac) {
        return new Entry(project, period, new BigDecimal(pv), ev == null ? null : new BigDecimal(ev),
                new BigDecimal(ac));
    }

    @Test
    void aPeriodsIndicesAreThoseOfTheSumsNotTheMeanOfTheProjectsIndices() {
        List<Point> points = EarnedValueTrend.rollup(List.of(1L, 2L), List.of(
                entry(1, JANUARY, "100", "80", "100"), entry(1, FEBRUARY, "200", "190", "200"),
                entry(2, FEBRUARY, "1000", "1000", "500")));

        assertThat(points).extracting(Point::period).containsExactly(JANUARY, FEBRUARY);
        Point february = points.get(1);
        assertThat(february.pv()).isEqualByComparingTo("1200");
        assertThat(february.ev()).isEqualByComparingTo("1190");
        assertThat(february.ac()).isEqualByComparingTo("700");
        assertThat(february.cpi()).isEqualTo(1.7);
        assertThat(february.spi()).isEqualTo(0.992);
        assertThat(february.complete()).isTrue();
    }

    @Test
    void aPeriodSomeProjectsDidNotRecordSumsTheOthersAndNamesTheMissing() {
        List<Point> points = EarnedValueTrend.rollup(List.of(1L, 2L), List.of(
                entry(1, JANUARY, "100", "80", "100"), entry(2, FEBRUARY, "1000", "1000", "500")));

        Point january = points.get(0);
        assertThat(january.recorded()).containsExactly(1L);
        assertThat(january.missing()).containsExactly(2L);
        assertThat(january.complete()).isFalse();
        assertThat(january.cpi()).isEqualTo(0.8);
        assertThat(points.get(1).missing()).containsExactly(1L);
    }

    @Test
    void aProjectWithoutEarnedValueLeavesThePeriodWithoutEvAndIndicesButOtherProjectsAreIgnored() {
        List<Point> points = EarnedValueTrend.rollup(List.of(1L, 2L), List.of(
                entry(1, JANUARY, "100", null, "100"), entry(2, JANUARY, "100", "90", "0"),
                entry(3, JANUARY, "5000", "5000", "5000")));

        Point january = points.get(0);
        assertThat(january.pv()).as("project 3 is not included").isEqualByComparingTo("200");
        assertThat(january.ev()).isNull();
        assertThat(january.cpi()).isNull();
        assertThat(january.spi()).isNull();
        assertThat(EarnedValueTrend.index(new BigDecimal("90"), BigDecimal.ZERO)).as("no cost yet").isNull();
    }

    @Test
    void aProjectTwiceInAPeriodIsRefused() {
        assertThatThrownBy(() -> EarnedValueTrend.rollup(List.of(1L), List.of(entry(1, JANUARY, "1", "1", "1"),
                entry(1, JANUARY, "2", "2", "2")))).isInstanceOf(IllegalArgumentException.class);
    }
}
