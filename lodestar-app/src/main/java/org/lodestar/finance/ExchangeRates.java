package org.lodestar.finance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Exchange rates kept by the PMO, each from a date on: {@code 1 from = rate × to}. The rate in force for a month is
 * the latest one dated on or before the month's last day; a pair entered one way converts the other way by its
 * inverse. A conversion without a rate in force is refused ({@link MissingExchangeRateException}), never summed
 * silently.
 */
public final class ExchangeRates {

    private final Map<String, NavigableMap<LocalDate, BigDecimal>> rates = new HashMap<>();

    private static String pair(Currency from, Currency to) {
        return from.getCurrencyCode() + "/" + to.getCurrencyCode();
    }

    /** Records that from {@code date} on, one {@code from} is worth {@code rate} {@code to}; rate must be positive. */
    public ExchangeRates add(Currency from, Currency to, LocalDate date, BigDecimal rate) {
        Objects.requireNonNull(date, "date");
        if (from.equals(to)) throw new IllegalArgumentException("a rate needs two different currencies");
        if (rate == null || rate.signum() <= 0) throw new IllegalArgumentException("rate must be positive");
        rates.computeIfAbsent(pair(from, to), key -> new TreeMap<>()).put(date, rate);
        return this;
    }

    /** The rate in force for a month, converting from → to. */
    public BigDecimal rateInForce(Currency from, Currency to, YearMonth month) {
        if (from.equals(to)) return BigDecimal.ONE;
        LocalDate lastDay = month.atEndOfMonth();
        Map.Entry<LocalDate, BigDecimal> direct = floor(pair(from, to), lastDay);
        Map.Entry<LocalDate, BigDecimal> inverse = floor(pair(to, from), lastDay);
        if (direct == null && inverse == null) throw new MissingExchangeRateException(from, to, month);
        if (inverse == null || direct != null && !direct.getKey().isBefore(inverse.getKey())) {
            return direct.getValue();
        }
        return BigDecimal.ONE.divide(inverse.getValue(), MathContext.DECIMAL64);
    }

    private Map.Entry<LocalDate, BigDecimal> floor(String pair, LocalDate date) {
        NavigableMap<LocalDate, BigDecimal> byDate = rates.get(pair);
        return byDate == null ? null : byDate.floorEntry(date);
    }

    /** An amount of a month converted at the rate in force, rounded to the target currency's decimals. */
    public BigDecimal convert(BigDecimal amount, Currency from, Currency to, YearMonth month) {
        BigDecimal converted = amount.multiply(rateInForce(from, to, month), MathContext.DECIMAL64);
        return converted.setScale(Math.max(0, to.getDefaultFractionDigits()), java.math.RoundingMode.HALF_EVEN);
    }
}
