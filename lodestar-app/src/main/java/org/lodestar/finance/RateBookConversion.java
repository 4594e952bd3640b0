package org.lodestar.finance;

import java.util.Currency;
import org.lodestar.portfolio.CurrencyRates;
import org.springframework.stereotype.Component;

/** Finance's answer to the registry's {@link CurrencyRates}: the rate book, each amount at the rate in force in its month. */
@Component
class RateBookConversion implements CurrencyRates {

    private final ExchangeRateBook book;

    RateBookConversion(ExchangeRateBook book) {
        this.book = book;
    }

    @Override
    public Converter now() {
        ExchangeRates rates = book.rates();
        return (amount, from, to, month) -> {
            try {
                return rates.convert(amount, Currency.getInstance(from), Currency.getInstance(to), month);
            } catch (MissingExchangeRateException missing) {
                return null;
            }
        };
    }
}
