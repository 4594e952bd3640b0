package org.lodestar.resources;

import java.math.BigDecimal;

/** A project's allocation: role, the named person if staffed, month ({@code YYYY-MM}), FTE, booking. */
public record AllocationView(long id, long projectId, String role, Long resourceId, String resourceName,
                             String month, BigDecimal fte, Booking booking, long version) {
}
