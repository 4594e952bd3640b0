package org.lodestar.change;

import java.math.BigDecimal;
import java.time.Instant;
import org.lodestar.platform.DomainEvent;
import org.lodestar.portfolio.ProjectId;

/**
 * A change request was approved by whoever its route names: its cost and schedule impact (in the project's
 * currency and working days) and when it was approved ({@code approvedAt}: null in publications stored before it
 * was carried), for finance's budget and other listeners.
 */
public record ChangeRequestApproved(ProjectId project, long changeRequest, ChangeRouting routing,
                                    BigDecimal costAmount, int scheduleDays, Instant approvedAt)
        implements DomainEvent {
}
