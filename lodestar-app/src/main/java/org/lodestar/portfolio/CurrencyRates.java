package org.lodestar.portfolio;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes amounts in several currencies comparable. The registry keeps no exchange rates; finance, which does,
 * implements this (so the registry need not know finance, as status does not know the sources of its health).
 */
public interface CurrencyRates {

    /**
     * For each currency, what one unit of it is worth in {@code target} at the rates in force this month ({@code
     * target} itself: one); empty when a rate is missing for any of them.
     */
    Optional<Map<String, BigDecimal>> ratesInto(String target, Set<String> currencies);
}
