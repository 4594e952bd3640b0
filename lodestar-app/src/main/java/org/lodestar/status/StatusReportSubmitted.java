package org.lodestar.status;

import java.time.LocalDate;
import org.lodestar.platform.DomainEvent;

/** A project submitted its status report for a period to the PMO. */
public record StatusReportSubmitted(long report, long project, LocalDate periodEnd) implements DomainEvent {
}
