package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

class FinanceRulesTests {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency USD = Currency.getInstance("USD");

    private static FieldProblem only(Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException invalid) {
            assertThat(invalid.problems()).hasSize(1);
            return invalid.problems().get(0);
        }
        throw new AssertionError("expected a 400");
    }

    @Test
    void anAmountUpToTenToTheThirteenWithTheCurrencysDecimalsIsAccepted() {
        assertThat(Amounts.require("amount", new BigDecimal("10000000000000"), EUR, false))
                .isEqualByComparingTo("1E13");
        assertThat(Amounts.require("amount", new BigDecimal("12.50"), EUR, false)).isEqualByComparingTo("12.5");
        assertThat(Amounts.require("amount", new BigDecimal("1200.00"), JPY, false)).isEqualByComparingTo("1200");
        assertThat(Amounts.require("amount", new BigDecimal("-5"), EUR, true)).isEqualByComparingTo("-5");
    }

    @Test
    void anAmountBeyondTenToTheThirteenIsRefusedNamingTheField() {
        FieldProblem problem = only(() -> Amounts.require("lines[0].amount", new BigDecimal("10000000000000.01"),
                EUR, false));
        assertThat(problem.field()).isEqualTo("lines[0].amount");
        assertThat(problem.messageKey()).isEqualTo("finance.amount.tooLarge");
        assertThat(only(() -> Amounts.require("amount", new BigDecimal("-1E14"), EUR, true)).messageKey())
                .isEqualTo("finance.amount.tooLarge");
    }

    @Test
    void moreDecimalsThanTheCurrencyHasAreRefused() {
        assertThat(only(() -> Amounts.require("amount", new BigDecimal("1.005"), EUR, false)).messageKey())
                .isEqualTo("finance.amount.tooManyDecimals");
        assertThat(only(() -> Amounts.require("amount", new BigDecimal("100.5"), JPY, false)).messageKey())
                .isEqualTo("finance.amount.tooManyDecimals");
    }

    @Test
    void aNegativeBudgetIsRefusedWhereTheFieldDoesNotAllowIt() {
        FieldProblem problem = only(() -> Amounts.require("budget", new BigDecimal("-0.01"), EUR, false));
        assertThat(problem.field()).isEqualTo("budget");
        assertThat(problem.messageKey()).isEqualTo("finance.amount.negative");
    }

    @Test
    void unknownCurrenciesAndCategoriesAreRefusedNamingTheField() {
        assertThat(Amounts.requireCurrency("currency", "EUR")).isEqualTo(EUR);
        for (String bad : new String[] {"XYZ", "eur", "EURO", "", null}) {
            FieldProblem problem = only(() -> Amounts.requireCurrency("currency", bad));
            assertThat(problem.field()).isEqualTo("currency");
            assertThat(problem.messageKey()).isEqualTo("finance.currency.unknown");
        }
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        assertThat(CostCategory.parse(problems, "category", "Labour-Capex")).isEqualTo(CostCategory.LABOUR_CAPEX);
        assertThat(CostCategory.parse(problems, "category", "travel")).isNull();
        assertThat(problems.has("category")).isTrue();
        assertThat(CostCategory.NON_LABOUR_OPEX.code()).isEqualTo("non-labour-opex");
        assertThat(CostCategory.NON_LABOUR_OPEX.labour()).isFalse();
        assertThat(CostCategory.LABOUR_CAPEX.capex()).isTrue();
    }

    @Test
    void convertsAtTheRateInForceForTheMonth() {
        ExchangeRates rates = new ExchangeRates()
                .add(USD, EUR, LocalDate.of(2026, 1, 1), new BigDecimal("0.90"))
                .add(USD, EUR, LocalDate.of(2026, 3, 15), new BigDecimal("0.95"));
        assertThat(rates.convert(new BigDecimal("100"), USD, EUR, YearMonth.of(2026, 2))).isEqualByComparingTo("90");
        // the March rate is dated before March's last day: it is in force for March
        assertThat(rates.convert(new BigDecimal("100"), USD, EUR, YearMonth.of(2026, 3))).isEqualByComparingTo("95");
        // the inverse pair is its reciprocal, rounded to the target's decimals
        assertThat(rates.convert(new BigDecimal("95"), EUR, USD, YearMonth.of(2026, 4))).isEqualByComparingTo("100");
        assertThat(rates.convert(new BigDecimal("100"), EUR, EUR, YearMonth.of(2020, 1))).isEqualByComparingTo("100");
    }

    @Test
    void aMissingRateIsA422NamingThePairAndTheMonthNeverASilentSum() {
        ExchangeRates rates = new ExchangeRates().add(USD, EUR, LocalDate.of(2026, 3, 1), new BigDecimal("0.9"));
        assertThatThrownBy(() -> rates.convert(BigDecimal.ONE, USD, EUR, YearMonth.of(2026, 2)))
                .isInstanceOfSatisfying(MissingExchangeRateException.class, missing -> {
                    assertThat(missing.messageKey()).isEqualTo("finance.rate.missing");
                    assertThat(missing.properties()).containsEntry("currencyPair", "USD/EUR")
                            .containsEntry("month", "2026-02");
                });
        assertThatThrownBy(() -> rates.rateInForce(JPY, EUR, YearMonth.of(2026, 3)))
                .isInstanceOfSatisfying(MissingExchangeRateException.class,
                        missing -> assertThat(missing.properties()).containsEntry("currencyPair", "JPY/EUR"));
    }

    @Test
    void refusesRatesThatAreNotPositive() {
        assertThatThrownBy(() -> new ExchangeRates().add(USD, EUR, LocalDate.of(2026, 1, 1), BigDecimal.ZERO))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> new ExchangeRates().add(EUR, EUR, LocalDate.of(2026, 1, 1), BigDecimal.ONE))
                .hasMessageContaining("two different");
    }
}
