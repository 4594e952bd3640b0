package org.lodestar.finance;

import java.math.BigDecimal;
import java.util.Map;
import org.lodestar.platform.ConflictException;

/**
 * What a purchase order commits: its amount, less the invoices matched to it. The remaining commitment is never
 * negative; an order of a closed contract commits nothing more (closing releases it). An invoice beyond the remaining
 * commitment is refused unless the order was issued allowing an overrun.
 *
 * @param amount        the order's amount
 * @param invoiced      the invoices matched to it so far
 * @param allowOverrun  whether invoices may go beyond the amount
 * @param released      whether its contract is closed
 */
public record Commitment(BigDecimal amount, BigDecimal invoiced, boolean allowOverrun, boolean released) {

    /** The amount still committed: amount − invoiced, not below 0; 0 once released. */
    public BigDecimal remaining() {
        if (released) return BigDecimal.ZERO;
        BigDecimal left = amount.subtract(invoiced);
        return left.signum() < 0 ? BigDecimal.ZERO : left;
    }

    /** Whether an invoice of this amount may be matched to the order. */
    public boolean admits(BigDecimal invoice) {
        return allowOverrun && !released || invoice.compareTo(remaining()) <= 0;
    }

    /** Throws a 409 naming {@code amount} (and the remaining commitment) when the invoice is not admitted. */
    public void requireAdmits(BigDecimal invoice, String order) {
        if (admits(invoice)) return;
        throw new ConflictException("finance.purchaseOrder.overrun", new Object[] {order, remaining().toPlainString()},
                Map.of("amount", invoice, "remaining", remaining()),
                "the invoice of " + invoice.toPlainString() + " exceeds what purchase order " + order
                        + " still commits (" + remaining().toPlainString() + ")");
    }
}
