package org.lodestar.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.lodestar.engine.health.Rag;

/**
 * Everything known about one project, as its reader may see it: for requesters (public summary) the budget, custom
 * fields and members are left out. {@code editable} tells whether the reader may change it. Health is status's:
 * {@code reportedHealth} is the overall rating of the latest published report, {@code computedHealth} the health
 * computed from the data, filled where the project is shown ({@link ProjectRegistry#detail}) and null otherwise.
 * {@code dateSources} tells which dates come from the project's plan (see {@link DateSources}).
 */
public record ProjectView(long id, String code, String name, String description, Reference portfolio,
                          Reference programme, Reference sponsor, Reference manager, String businessUnit,
                          LifecyclePhase phase, ProjectState state, Priority priority, Rag reportedHealth,
                          Rag computedHealth,
                          LocalDate plannedStart, LocalDate plannedFinish, LocalDate forecastStart,
                          LocalDate forecastFinish, LocalDate actualStart, LocalDate actualFinish,
                          BigDecimal budget, String currency, List<String> tags, List<Reference> objectives,
                          List<CustomFieldValue> customFields, List<Member> members, long version,
                          Instant createdAt, Instant updatedAt, boolean editable, boolean summaryOnly,
                          DateSources dateSources) {

    /**
     * A custom field's value on this project: {@code value} as stored, {@code display} as the reader reads it (a
     * person's name, a number or date in the reader's language).
     */
    public record CustomFieldValue(String key, String label, CustomFieldType type, String value, String display) {
    }

    /** A member of the project team and whether they may edit the project. */
    public record Member(Reference person, boolean canEdit) {
    }

    /** The same project with its health as status reads it. */
    public ProjectView withHealth(HealthReading health) {
        return new ProjectView(id, code, name, description, portfolio, programme, sponsor, manager, businessUnit,
                phase, state, priority, health.reported(), health.computed(), plannedStart, plannedFinish,
                forecastStart, forecastFinish, actualStart, actualFinish, budget, currency, tags, objectives,
                customFields, members, version, createdAt, updatedAt, editable, summaryOnly, dateSources);
    }

    /** The command that would leave this project as it is: the starting point of an edit. */
    public ProjectCommand toCommand() {
        return new ProjectCommand(code, name, description, portfolio.id(), programme == null ? null : programme.id(),
                sponsor == null ? null : sponsor.id(), manager == null ? null : manager.id(), businessUnit, phase,
                state, priority, plannedStart, plannedFinish, forecastStart, forecastFinish, actualStart,
                actualFinish, budget, currency, tags, objectives.stream().map(Reference::id).toList(),
                customFields.stream().collect(Collectors.toMap(
                        CustomFieldValue::key, CustomFieldValue::value)), version);
    }
}
