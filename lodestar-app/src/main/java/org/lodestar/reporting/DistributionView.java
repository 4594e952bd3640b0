package org.lodestar.reporting;

import java.time.LocalDate;
import java.util.List;
import org.lodestar.portfolio.Reference;

/** A scheduled distribution as the PMO sees it, with its recipients and the day it was last sent. */
public record DistributionView(long id, String name, DistributionCommand.Report report,
                               DistributionCommand.Format format, DistributionCommand.Frequency frequency, int runDay,
                               Reference portfolio, boolean active, List<Reference> recipients, LocalDate lastSentOn,
                               long version) {
}
