package org.lodestar.reporting.internal;

import org.springframework.data.relational.core.mapping.Table;

@Table("report_distribution_recipient")
public record DistributionRecipient(long person) {
}
