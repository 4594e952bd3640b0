package org.lodestar.portfolio;

import org.lodestar.engine.health.Rag;

/**
 * A project's health as status knows it: {@code reported}, the overall rating of its latest published status
 * report, and {@code computed}, the worst of the indicators measured from the data. Either is null when unknown (no
 * report published, nothing measured) or hidden from the reader (requesters do not read computed health).
 */
public record HealthReading(Rag reported, Rag computed) {
}
