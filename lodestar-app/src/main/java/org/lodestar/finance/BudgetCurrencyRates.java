package org.lodestar.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lodestar.portfolio.CurrencyRates;
import org.springframework.stereotype.Component;

/** The registry's comparisons of budgets in several currencies, at the exchange rates the PMO keeps. */
@Component
class BudgetCurrencyRates implements CurrencyRates {

    private final ExchangeRateBook book;
    private final Clock clock;

    BudgetCurrencyRates(ExchangeRateBook book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    @Override
    public Optional<Map<String, BigDecimal>> ratesInto(String target, Set<String> currencies) {
        return ratesInto(book.rates(), Currency.getInstance(target), currencies, YearMonth.now(clock));
    }

    static Optional<Map<String, BigDecimal>> ratesInto(ExchangeRates rates, Currency target, Set<String> currencies,
                                                       YearMonth month) {
        Map<String, BigDecimal> into = new HashMap<>();
        try {
            for (String currency : currencies) {
                into.put(currency, rates.rateInForce(Currency.getInstance(currency), target, month));
            }
        } catch (MissingExchangeRateException missing) {
            return Optional.empty();
        }
        return Optional.of(into);
    }
}
