package org.lodestar.intake;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The exchange rates a scenario converts its candidates' amounts with: a request's costs and NPV are in the request's
 * currency, a committed project's budget in the project's, and the scenario adds them in its own currency
 * ({@code lodestar.intake.currency}). Intake owns this question and finance answers it from its rate book (finance
 * already depends on intake, so intake cannot call finance).
 */
public interface ScenarioRates {

    /** The rates kept now, to convert the many amounts of one solve with. */
    Converter now();

    /** Converts amounts at the rate in force in a month. */
    interface Converter {

        /** {@code amount} of {@code from} in {@code to} at the rate in force in {@code month}; null without a rate. */
        BigDecimal convert(BigDecimal amount, String from, String to, YearMonth month);
    }
}
