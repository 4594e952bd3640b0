package org.lodestar.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.lodestar.engine.health.Rag;

/**
 * A project as one line of a list; {@code budget} is null for readers who see summaries only. Health is status's:
 * {@code reportedHealth} from the latest published report, {@code computedHealth} from the data (null for readers
 * of summaries, and where a list is not shown).
 */
public record ProjectRow(long id, String code, String name, Reference portfolio, Reference programme,
                         Reference manager, LifecyclePhase phase, ProjectState state, Priority priority,
                         Rag reportedHealth, Rag computedHealth, LocalDate plannedStart, LocalDate plannedFinish,
                         LocalDate forecastFinish, BigDecimal budget, String currency) {

    /** The same line with its health as status reads it. */
    public ProjectRow withHealth(HealthReading health) {
        return new ProjectRow(id, code, name, portfolio, programme, manager, phase, state, priority,
                health.reported(), health.computed(), plannedStart, plannedFinish, forecastFinish, budget, currency);
    }
}
