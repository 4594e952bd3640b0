package org.lodestar.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestar.engine.health.Rag;
import org.lodestar.portfolio.PortfolioOverview.Line;

class PortfolioWeightsTests {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private static Line line(String budget, String currency) {
        return new Line(1, ProjectState.ACTIVE, Rag.GREEN, budget == null ? null : new BigDecimal(budget), currency);
    }

    /** In March 2026 one US dollar is 0.90 euro; the pound has no rate. */
    private static final CurrencyRates RATES = () -> (amount, from, to, month) -> {
        assertThat(to).isEqualTo("EUR");
        assertThat(month).isEqualTo(MARCH);
        return switch (from) {
            case "EUR" -> amount;
            case "USD" -> amount.multiply(new BigDecimal("0.90"));
            default -> null;
        };
    };

    @Test
    void budgetsInOneCurrencyWeighAsTheyAre() {
        assertThat(PortfolioOverview.weights(List.of(line("100", "EUR"), line("300", "EUR"), line(null, "USD")),
                List.of(), MARCH)).containsExactly(100, 300, 0);
    }

    @Test
    void budgetsInSeveralCurrenciesAreConvertedIntoTheMostUsedOne() {
        double[] weights = PortfolioOverview.weights(
                List.of(line("100000", "EUR"), line("1000000", "USD"), line("50000", "EUR")), List.of(RATES), MARCH);

        assertThat(weights).containsExactly(100000, 900000, 50000);
    }

    @Test
    void withoutARateForEveryCurrencyOrWithoutFinanceEveryProjectWeighsTheSame() {
        assertThat(PortfolioOverview.weights(
                List.of(line("100000", "EUR"), line("1000", "GBP"), line("5", "EUR")), List.of(RATES), MARCH))
                .containsExactly(1, 1, 1);
        assertThat(PortfolioOverview.weights(List.of(line("100000", "EUR"), line("1000", "USD")), List.of(), MARCH))
                .containsExactly(1, 1);
    }
}
