package org.lodestar.finance;

import java.time.YearMonth;
import java.util.Currency;
import java.util.Map;
import org.lodestar.platform.UnprocessableException;

/** A conversion that needs a rate the PMO has not entered: 422 naming the currency pair and the month. */
public class MissingExchangeRateException extends UnprocessableException {

    public MissingExchangeRateException(Currency from, Currency to, YearMonth month) {
        super("finance.rate.missing",
                new Object[] {from.getCurrencyCode() + "/" + to.getCurrencyCode(), month.toString()},
                Map.of("currencyPair", from.getCurrencyCode() + "/" + to.getCurrencyCode(),
                        "month", month.toString()),
                "no exchange rate " + from.getCurrencyCode() + "/" + to.getCurrencyCode() + " in force in " + month);
    }
}
