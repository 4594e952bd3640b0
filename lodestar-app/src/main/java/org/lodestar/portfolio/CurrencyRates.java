package org.lodestar.portfolio;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The exchange rates that make amounts in several currencies comparable: the registry's budgets, a scenario's
 * requests and projects. The registry keeps no rates; finance, which does, answers (finance depends on the registry
 * and on intake, so neither can call it, as status does not know the sources of its health).
 */
public interface CurrencyRates {

    /** The rates kept now, to convert many amounts with. */
    Converter now();

    /** Converts amounts at the rate in force in a month. */
    interface Converter {

        /** {@code amount} of {@code from} in {@code to} at the rate in force in {@code month}; null without a rate. */
        BigDecimal convert(BigDecimal amount, String from, String to, YearMonth month);
    }
}
