package org.lodestar.change;

import java.math.BigDecimal;
import java.time.Instant;
import org.lodestar.portfolio.Reference;

/**
 * A change request as its reader sees it. {@code routing} is the route taken at submission (null for a draft);
 * {@code baselineNumber} the baseline the plan was saved as when the change re-baselined it. {@code editable}: the
 * reader may revise, submit or implement it; {@code decidable}: the reader may approve, reject or defer it.
 */
public record ChangeRequestView(long id, long projectId, String projectCode, String title, String description,
                                String reason, String scopeImpact, int scheduleDays, BigDecimal costAmount,
                                String currency, String options, Reference requestedBy, ChangeState state,
                                ChangeRouting routing, boolean rebaseline, String rationale, String decidedBy,
                                Instant decidedAt, Integer baselineNumber, Instant baselineSavedAt,
                                Instant createdAt, boolean editable, boolean decidable, long version) {
}
