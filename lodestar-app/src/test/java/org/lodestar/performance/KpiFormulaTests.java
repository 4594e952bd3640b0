package org.lodestar.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The KPI formula language: precedence, aggregates, no data, and each error with its position. */
class KpiFormulaTests {

    private static final Set<String> MEASURES = Set.of("report_due", "report_on_time", "cpi", "days");

    private static KpiFormula parse(String text) {
        return KpiFormula.parse(text, MEASURES::contains);
    }

    private static double value(String text, Map<String, double[]> values) {
        OptionalDouble value = parse(text).evaluate(values);
        assertThat(value).as(text).isPresent();
        return value.getAsDouble();
    }

    private static KpiFormula.FormulaException error(String text) {
        try {
            parse(text);
        } catch (KpiFormula.FormulaException e) {
            return e;
        }
        throw new AssertionError("parsed: " + text);
    }

    @Test
    void aggregatesOverEachMeasuresValues() {
        Map<String, double[]> values = Map.of("cpi", new double[] {0.8, 1.1, 0.9, 1.3}, "days", new double[] {5, 1, 3});
        assertThat(value("count(cpi)", values)).isEqualTo(4);
        assertThat(value("sum(days)", values)).isEqualTo(9);
        assertThat(value("mean(days)", values)).isEqualTo(3);
        assertThat(value("median(days)", values)).isEqualTo(3);
        assertThat(value("median(cpi)", values)).as("even count: mean of the middle two").isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(value("min(cpi)", values)).isEqualTo(0.8);
        assertThat(value("max(cpi)", values)).isEqualTo(1.3);
    }

    @Test
    void arithmeticKeepsPrecedenceAndParentheses() {
        Map<String, double[]> values = Map.of("report_due", new double[] {1, 1, 1, 1}, "report_on_time", new double[] {1, 1, 1});
        assertThat(value("100 * count(report_on_time) / count(report_due)", values)).isEqualTo(75);
        assertThat(value("2 + 3 * 4", values)).isEqualTo(14);
        assertThat(value("(2 + 3) * 4", values)).isEqualTo(20);
        assertThat(value("10 - 4 - 3", values)).as("left to right").isEqualTo(3);
        assertThat(value("-count(report_due) + 1.5", values)).isEqualTo(-2.5);
        assertThat(value("  sum( report_due )*2 ", values)).isEqualTo(8);
        assertThat(parse("100 * count(report_on_time) / count(report_due)").measures())
                .containsExactly("report_on_time", "report_due");
    }

    @Test
    void noDataGivesNoValueRatherThanANumberMadeUp() {
        Map<String, double[]> none = Map.of();
        assertThat(parse("count(cpi)").evaluate(none)).hasValue(0);
        assertThat(parse("sum(cpi)").evaluate(none)).hasValue(0);
        assertThat(parse("mean(cpi)").evaluate(none)).isEmpty();
        assertThat(parse("median(cpi) + 1").evaluate(none)).as("no value spreads").isEmpty();
        assertThat(parse("100 * count(report_on_time) / count(report_due)").evaluate(none)).as("0 / 0").isEmpty();
        assertThat(parse("1 / 0").evaluate(none)).isEmpty();
    }

    @Test
    void eachErrorNamesItsPosition() {
        assertThat(error("100 * count(nope) / 2")).satisfies(e -> {
            assertThat(e.messageKey()).isEqualTo("performance.formula.unknown");
            assertThat(e.position()).isEqualTo(12);
            assertThat(e.argument()).isEqualTo("nope");
        });
        assertThat(error("100 * report_due").messageKey()).isEqualTo("performance.formula.bare");
        assertThat(error("100 * report_due").position()).isEqualTo(6);
        assertThat(error("avg(cpi)").messageKey()).isEqualTo("performance.formula.function");
        assertThat(error("(1 + 2").messageKey()).isEqualTo("performance.formula.unclosed");
        assertThat(error("(1 + 2").position()).isEqualTo(0);
        assertThat(error("1 +").messageKey()).isEqualTo("performance.formula.end");
        assertThat(error("1 +").position()).isEqualTo(3);
        assertThat(error("1 2").messageKey()).isEqualTo("performance.formula.unexpected");
        assertThat(error("1 2").position()).isEqualTo(2);
        assertThat(error("1.2.3").messageKey()).isEqualTo("performance.formula.number");
        assertThat(error("count cpi").messageKey()).isEqualTo("performance.formula.open");
        assertThat(error("count()").messageKey()).isEqualTo("performance.formula.measure");
        assertThat(error("count(cpi").messageKey()).isEqualTo("performance.formula.unclosed");
        assertThat(error("1 ; drop table kpi").messageKey()).isEqualTo("performance.formula.unexpected");
        assertThat(error("").messageKey()).isEqualTo("performance.formula.end");
    }

    @Test
    void ratingFollowsTheDirection() {
        assertThat(KpiDirection.HIGHER.rate(80, 80.0, 60.0)).isEqualTo("GREEN");
        assertThat(KpiDirection.HIGHER.rate(60, 80.0, 60.0)).isEqualTo("AMBER");
        assertThat(KpiDirection.HIGHER.rate(59.9, 80.0, 60.0)).isEqualTo("RED");
        assertThat(KpiDirection.HIGHER.rate(70, 80.0, null)).as("no amber limit").isEqualTo("RED");
        assertThat(KpiDirection.LOWER.rate(5, 5.0, 10.0)).isEqualTo("GREEN");
        assertThat(KpiDirection.LOWER.rate(10, 5.0, 10.0)).isEqualTo("AMBER");
        assertThat(KpiDirection.LOWER.rate(10.1, 5.0, 10.0)).isEqualTo("RED");
        assertThat(KpiDirection.LOWER.rate(3, null, null)).as("no target").isNull();
        assertThat(KpiDirection.NONE.rate(3, 5.0, 10.0)).isNull();
    }
}
