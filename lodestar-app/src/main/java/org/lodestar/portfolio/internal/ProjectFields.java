package org.lodestar.portfolio.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lodestar.portfolio.LifecyclePhase;
import org.lodestar.portfolio.Priority;
import org.lodestar.portfolio.ProjectState;

/** A project's editable fields after validation, normalised (stripped text, nulls for blanks, canonical values). */
public record ProjectFields(String code, String name, String description, Long portfolio, Long programme, Long sponsor,
                     Long manager, String businessUnit, LifecyclePhase phase, ProjectState state, Priority priority,
                     LocalDate plannedStart, LocalDate plannedFinish, LocalDate forecastStart,
                     LocalDate forecastFinish, LocalDate actualStart, LocalDate actualFinish, BigDecimal budget,
                     String currency, List<String> tags, List<Long> objectives, Map<Long, String> customValues) {
}
