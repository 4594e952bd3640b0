package org.lodestar.intake;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A request in a list or queue: how long it has been in its state, and whether that is past the state's SLA.
 */
public record RequestRow(long id, String code, String title, String typeName, String requester, RequestState state,
                         Instant stateSince, long daysInState, boolean overdue, BigDecimal budget, String currency) {
}
