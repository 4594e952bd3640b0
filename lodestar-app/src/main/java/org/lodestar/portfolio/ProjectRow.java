package org.lodestar.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.lodestar.engine.health.Rag;

/** A project as one line of a list; {@code budget} is null for readers who see summaries only. */
public record ProjectRow(long id, String code, String name, Reference portfolio, Reference programme,
                         Reference manager, LifecyclePhase phase, ProjectState state, Priority priority, Rag health,
                         LocalDate plannedStart, LocalDate plannedFinish, LocalDate forecastFinish,
                         BigDecimal budget, String currency) {
}
