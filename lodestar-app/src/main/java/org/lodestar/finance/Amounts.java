package org.lodestar.finance;

import java.math.BigDecimal;
import java.util.Currency;
import org.lodestar.platform.InvalidInputException;

/**
 * The rules every amount of money obeys: at most 10^13 in size, no more decimals than its currency has (two for
 * EUR, none for JPY), not negative where the field does not allow it; and currencies known to ISO 4217.
 */
public final class Amounts {

    /** The largest amount accepted, in either direction. */
    public static final BigDecimal LIMIT = BigDecimal.TEN.pow(13);

    private Amounts() {
    }

    /**
     * Adds to {@code problems} what is wrong with an amount (nothing when it is valid).
     *
     * @param field         the field named in the problem, e.g. {@code lines[2].amount}
     * @param allowNegative whether the field accepts a negative amount (a credit note, a budget reduction)
     */
    public static void check(InvalidInputException.Collector problems, String field, BigDecimal amount,
                             Currency currency, boolean allowNegative) {
        if (amount == null) {
            problems.add(field, "finance.amount.required");
            return;
        }
        if (amount.abs().compareTo(LIMIT) > 0) {
            problems.add(field, "finance.amount.tooLarge", LIMIT.toPlainString());
        }
        int decimals = Math.max(0, amount.stripTrailingZeros().scale());
        int allowed = Math.max(0, currency.getDefaultFractionDigits());
        if (decimals > allowed) {
            problems.add(field, "finance.amount.tooManyDecimals", currency.getCurrencyCode(), allowed);
        }
        if (!allowNegative && amount.signum() < 0) {
            problems.add(field, "finance.amount.negative");
        }
    }

    /** Throws a 400 naming the field when the amount breaks a rule. */
    public static BigDecimal require(String field, BigDecimal amount, Currency currency, boolean allowNegative) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        check(problems, field, amount, currency, allowNegative);
        problems.throwIfAny();
        return amount;
    }

    /** The ISO 4217 currency of a three-letter code, or {@code null} after adding a problem naming the field. */
    public static Currency currency(InvalidInputException.Collector problems, String field, String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            problems.add(field, "finance.currency.unknown", String.valueOf(code));
            return null;
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            problems.add(field, "finance.currency.unknown", code);
            return null;
        }
    }

    /** The currency of a code; a 400 naming the field when it is not an ISO 4217 code. */
    public static Currency requireCurrency(String field, String code) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        Currency currency = currency(problems, field, code);
        problems.throwIfAny();
        return currency;
    }
}
