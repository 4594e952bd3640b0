package org.lodestar.status;

import java.time.LocalDate;
import org.lodestar.platform.DomainEvent;

/** The PMO published a report: it is locked and now the project's latest status. */
public record StatusReportPublished(long report, long project, LocalDate periodEnd, int revision)
        implements DomainEvent {
}
