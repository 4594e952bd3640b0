package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BudgetCurrencyRatesTests {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void eachCurrencyGetsTheRateInForceThatMonthDirectOrInverse() {
        ExchangeRates rates = new ExchangeRates()
                .add(USD, EUR, LocalDate.of(2026, 1, 1), new BigDecimal("0.90"))
                .add(USD, EUR, LocalDate.of(2026, 7, 1), new BigDecimal("0.80"))
                .add(EUR, JPY, LocalDate.of(2026, 1, 1), new BigDecimal("160"));

        var march = BudgetCurrencyRates.ratesInto(rates, EUR, Set.of("EUR", "USD", "JPY"), YearMonth.of(2026, 3));

        assertThat(march).isPresent();
        assertThat(march.get().get("EUR")).isEqualByComparingTo("1");
        assertThat(march.get().get("USD")).isEqualByComparingTo("0.90");
        assertThat(march.get().get("JPY").multiply(new BigDecimal("160")).doubleValue()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(BudgetCurrencyRates.ratesInto(rates, EUR, Set.of("USD"), YearMonth.of(2026, 8)).orElseThrow()
                .get("USD")).isEqualByComparingTo("0.80");
    }

    @Test
    void aMissingRateLeavesTheBudgetsIncomparable() {
        ExchangeRates rates = new ExchangeRates().add(USD, EUR, LocalDate.of(2026, 1, 1), new BigDecimal("0.90"));

        assertThat(BudgetCurrencyRates.ratesInto(rates, EUR, Set.of("USD", "GBP"), YearMonth.of(2026, 3))).isEmpty();
        assertThat(BudgetCurrencyRates.ratesInto(rates, EUR, Set.of("USD"), YearMonth.of(2025, 12))).isEmpty();
    }
}
