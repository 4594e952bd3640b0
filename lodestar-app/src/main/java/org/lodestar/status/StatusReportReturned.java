package org.lodestar.status;

import java.time.LocalDate;
import org.lodestar.platform.DomainEvent;

/** The PMO returned a submitted report to the project with comments. */
public record StatusReportReturned(long report, long project, LocalDate periodEnd, String comment)
        implements DomainEvent {
}
