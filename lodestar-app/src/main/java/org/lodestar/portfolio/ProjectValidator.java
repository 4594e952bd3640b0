package org.lodestar.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.People;
import org.lodestar.platform.Texts;
import org.lodestar.platform.UserId;
import org.lodestar.portfolio.internal.Project;
import org.lodestar.portfolio.internal.ProjectFields;
import org.lodestar.portfolio.internal.Projects;
import org.lodestar.portfolio.internal.StrategicObjectives;
import org.springframework.stereotype.Component;

/**
 * The rules a project command must meet beyond its annotations: references that exist and fit together, dates in
 * order, a real currency, valid custom field values. Reports every problem at once, by field.
 */
@Component
class ProjectValidator {

    private final Projects projects;
    private final PortfolioRegistry portfolios;
    private final StrategicObjectives objectives;
    private final CustomFields customFields;
    private final People people;
    private final InputValidation inputValidation;

    ProjectValidator(Projects projects, PortfolioRegistry portfolios, StrategicObjectives objectives,
                     CustomFields customFields, People people, InputValidation inputValidation) {
        this.inputValidation = inputValidation;
        this.projects = projects;
        this.portfolios = portfolios;
        this.objectives = objectives;
        this.customFields = customFields;
        this.people = people;
    }

    /**
     * Validates a command for a new project ({@code existing} null) or an existing one. The dates an existing
     * project's plan gives (see {@link DateSources}) are not edited by hand: the command may send them back as they
     * are, and a different value is refused, naming the field and where its value comes from.
     */
    ProjectFields validate(ProjectCommand command, Project existing) {
        Long projectId = existing == null ? null : existing.id();
        var problems = new InvalidInputException.Collector();
        if (existing != null) derivedUnchanged(command, existing, problems);
        inputValidation.check(command, problems);
        if (command.portfolioId() == null || command.name() == null || command.phase() == null
                || command.state() == null || command.priority() == null || command.currency() == null) {
            problems.throwIfAny(); // the rest needs these
        }
        String code = Texts.blankToNull(command.code());
        if (code != null) {
            projects.findByCode(code).filter(other -> !other.id().equals(projectId))
                    .ifPresent(other -> problems.add("code", "validation.code.taken", code));
        }
        if (!portfolios.portfolioExists(command.portfolioId())) {
            problems.add("portfolioId", "validation.reference.unknown");
        } else if (command.programmeId() != null) {
            Long programmePortfolio = portfolios.portfolioOfProgramme(command.programmeId());
            if (programmePortfolio == null) problems.add("programmeId", "validation.reference.unknown");
            else if (!programmePortfolio.equals(command.portfolioId())) {
                problems.add("programmeId", "validation.programme.otherPortfolio");
            }
        }
        person(problems, "sponsorId", command.sponsorId());
        person(problems, "managerId", command.managerId());
        plausible(problems, "plannedStart", command.plannedStart());
        plausible(problems, "plannedFinish", command.plannedFinish());
        plausible(problems, "forecastStart", command.forecastStart());
        plausible(problems, "forecastFinish", command.forecastFinish());
        plausible(problems, "actualStart", command.actualStart());
        plausible(problems, "actualFinish", command.actualFinish());
        inOrder(problems, "plannedFinish", command.plannedStart(), command.plannedFinish());
        inOrder(problems, "forecastFinish", command.forecastStart(), command.forecastFinish());
        inOrder(problems, "actualFinish", command.actualStart(), command.actualFinish());
        if (command.currency() != null && !isCurrency(command.currency())) {
            problems.add("currency", "validation.currency");
        }
        List<String> tags = tags(command.tags());
        if (tags.stream().anyMatch(tag -> tag.length() > 40)) problems.add("tags", "validation.tag.length");
        // forms edit tags as one comma-separated text: a comma inside a tag would split it at the next save
        if (tags.stream().anyMatch(tag -> tag.contains(","))) problems.add("tags", "validation.tag.comma");
        List<Long> objectiveIds = List.copyOf(new LinkedHashSet<>(command.objectiveIds()));
        if (!objectiveIds.stream().allMatch(objectives::existsById)) {
            problems.add("objectiveIds", "validation.reference.unknown");
        }
        Map<Long, String> customValues = customFields.validate(command.customFields(), problems);
        problems.throwIfAny();
        return new ProjectFields(code, command.name().strip(), Texts.blankToNull(command.description()),
                command.portfolioId(), command.programmeId(), command.sponsorId(), command.managerId(),
                Texts.blankToNull(command.businessUnit()), command.phase(), command.state(), command.priority(),
                command.plannedStart(), command.plannedFinish(), command.forecastStart(),
                command.forecastFinish(), command.actualStart(), command.actualFinish(), money(command.budget()),
                command.currency(), tags, objectiveIds, customValues);
    }

    private static void derivedUnchanged(ProjectCommand command, Project existing,
                                         InvalidInputException.Collector problems) {
        DateSources sources = new DateSources(existing.datesFromPlan(), existing.plannedBaseline());
        derived(problems, sources, "plannedStart", command.plannedStart(), existing.plannedStart());
        derived(problems, sources, "plannedFinish", command.plannedFinish(), existing.plannedFinish());
        derived(problems, sources, "forecastStart", command.forecastStart(), existing.forecastStart());
        derived(problems, sources, "forecastFinish", command.forecastFinish(), existing.forecastFinish());
        derived(problems, sources, "actualStart", command.actualStart(), existing.actualStart());
        derived(problems, sources, "actualFinish", command.actualFinish(), existing.actualFinish());
    }

    private static void derived(InvalidInputException.Collector problems, DateSources sources, String field,
                                LocalDate sent, LocalDate stored) {
        String source = sources.key(field);
        if (source != null && !Objects.equals(sent, stored)) {
            // project.dates.fromPlan -> validation.date.fromPlan: the same source, said as a refusal
            problems.add(field, "validation.date." + source.substring(source.lastIndexOf('.') + 1),
                    sources.baseline() == null || !source.endsWith("fromBaseline") ? new Object[0]
                            : new Object[] {sources.baseline().toString()});
        }
    }

    /** Money with two decimals, so that 1197000 and 1197000.0 are the same stored value (and no change). */
    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private void person(InvalidInputException.Collector problems, String field, Long id) {
        if (id != null && (id <= 0 || people.find(new UserId(id)).isEmpty())) {
            problems.add(field, "validation.reference.unknown");
        }
    }

    private static void plausible(InvalidInputException.Collector problems, String field, LocalDate date) {
        if (date != null && !Dates.plausible(date)) {
            problems.add(field, "validation.date.range", Dates.FIRST.toString(), Dates.LAST.toString());
        }
    }

    private static void inOrder(InvalidInputException.Collector problems, String field, LocalDate start,
                                LocalDate finish) {
        if (start != null && finish != null && finish.isBefore(start)) {
            problems.add(field, "validation.finishBeforeStart");
        }
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private static List<String> tags(List<String> tags) {
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag != null && !tag.isBlank()) clean.add(tag.strip());
        }
        return List.copyOf(clean);
    }

}
