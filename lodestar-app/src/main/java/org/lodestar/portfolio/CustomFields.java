package org.lodestar.portfolio;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.FieldRule;
import org.lodestar.platform.FieldValues;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.Rights;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.platform.UserId;
import org.lodestar.portfolio.internal.CustomFieldDefinition;
import org.lodestar.portfolio.internal.CustomFieldDefinitions;
import org.lodestar.portfolio.internal.CustomValue;
import org.lodestar.portfolio.internal.Project;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fields that administrators add to every project or to every task, and the validation of their values. Projects'
 * values are the registry's; tasks' values are kept by planning, which checks them here.
 */
@Service
public class CustomFields {

    static final String AUDIT_TYPE = "customField";
    private static final int MAX_TEXT = 2000;

    private final CustomFieldDefinitions definitions;
    private final People people;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final InputValidation validation;
    private final List<TaskFieldValues> taskValues;

    CustomFields(CustomFieldDefinitions definitions, People people, AuditTrail audit, CurrentUser currentUser,
                 Clock clock, InputValidation validation, List<TaskFieldValues> taskValues) {
        this.validation = validation;
        this.taskValues = taskValues;
        this.definitions = definitions;
        this.people = people;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CustomFieldView> all() {
        return definitions.findAllByOrderByPositionAscIdAsc().stream().map(CustomFields::view).toList();
    }

    /** The fields every project has. */
    @Transactional(readOnly = true)
    public List<CustomFieldView> forProjects() {
        return all().stream().filter(field -> field.appliesTo() == CustomFieldScope.PROJECT).toList();
    }

    /** The fields every task has. */
    @Transactional(readOnly = true)
    public List<CustomFieldView> forTasks() {
        return all().stream().filter(field -> field.appliesTo() == CustomFieldScope.TASK).toList();
    }

    @Transactional(readOnly = true)
    public CustomFieldView get(long id) {
        return view(load(id));
    }

    @Transactional
    public CustomFieldView define(CustomFieldCommand command) {
        requireAdministrator();
        var problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        problems.throwIfAny();
        if (definitions.findByFieldKey(command.key()).isPresent()) {
            problems.add("key", "validation.fieldKey.taken", command.key());
        }
        checkLabelFree(command.label(), null, problems);
        checkChoices(command, problems);
        checkTaskField(command.appliesTo(), command.type(), command.required(), problems);
        problems.throwIfAny();
        CustomFieldDefinition field = definitions.save(CustomFieldDefinition.create(command.key(), command.label().strip(),
                command.type(), command.appliesTo(), choicesFor(command), command.required(), command.position(),
                Instant.now(clock)));
        audit.created(AUDIT_TYPE, field.id(), field.label(), field.auditSnapshot());
        return view(field);
    }

    @Transactional
    public CustomFieldView change(long id, CustomFieldCommand command) {
        requireAdministrator();
        CustomFieldDefinition field = load(id);
        StaleVersionException.check(command.version(), field.version(), "custom field " + field.key());
        var problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        problems.throwIfAny();
        checkLabelFree(command.label(), field.id(), problems);
        checkChoices(new CustomFieldCommand(field.key(), command.label(), field.type(), command.choices(),
                command.required(), command.position(), command.version()), problems);
        checkTaskField(field.appliesTo(), field.type(), command.required(), problems);
        problems.throwIfAny();
        keepChoicesInUse(field, command.choices());
        Map<String, String> before = field.auditSnapshot();
        field.change(command.label().strip(), field.type() == CustomFieldType.CHOICE ? command.choices() : List.of(),
                command.required(), command.position(), command.version(), Instant.now(clock));
        field = definitions.save(field);
        audit.updated(AUDIT_TYPE, field.id(), field.label(), before, field.auditSnapshot());
        return view(field);
    }

    /**
     * Deletes a field that no project (or task) has a value for. A field in use is refused: its values belong to
     * the projects' records or the plans (and their history), so they are cleared there first.
     */
    @Transactional
    public void delete(long id) {
        requireAdministrator();
        CustomFieldDefinition field = load(id);
        if (field.appliesTo() == CustomFieldScope.TASK) {
            long inUse = taskValues.stream().mapToLong(values -> values.count(field.key())).sum();
            if (inUse > 0) {
                throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("key",
                        "validation.customField.inUseByTasks", field.label(), inUse)));
            }
        }
        long inUse = definitions.countValues(id);
        if (inUse > 0) {
            throw new InvalidInputException(List.of(
                    new InvalidInputException.FieldProblem("key", "validation.customField.inUse", field.label(), inUse)));
        }
        audit.deleted(AUDIT_TYPE, field.id(), field.label(), field.auditSnapshot());
        definitions.delete(field);
    }

    /**
     * Checks values given by field key and returns them by field id in their stored form (through the platform's
     * {@link FieldValues}); unknown keys, values that break their field's rules and missing required values are
     * added to {@code problems} as {@code customFields[key]}. Fields on tasks are unknown here.
     */
    Map<Long, String> validate(Map<String, String> values, InvalidInputException.Collector problems) {
        Map<String, CustomFieldDefinition> byKey = definitions.findAll().stream()
                .filter(field -> field.appliesTo() == CustomFieldScope.PROJECT)
                .collect(Collectors.toMap(CustomFieldDefinition::key, field -> field));
        Map<Long, String> valid = new HashMap<>();
        values.forEach((key, raw) -> {
            String path = "customFields[" + key + "]";
            CustomFieldDefinition field = byKey.get(key);
            if (field == null) {
                problems.add(path, "validation.customField.unknown", key);
                return;
            }
            String value = FieldValues.check(path, rule(field.type(), field.choices()), raw,
                    id -> people.find(new UserId(id)).isPresent(), problems);
            if (value != null) valid.put(field.id(), value);
        });
        byKey.values().stream().filter(CustomFieldDefinition::required)
                .filter(field -> !valid.containsKey(field.id()) && !problems.has("customFields[" + field.key() + "]"))
                .forEach(field -> problems.add("customFields[" + field.key() + "]", "validation.required"));
        return valid;
    }

    /**
     * Checks a task's values given by field key and returns them in their stored form by key, a blank value as null
     * (the value removed). Unknown keys, fields on projects and values that break their field's rules are added to
     * {@code problems} as {@code path[key]}.
     */
    public interface TaskValueCheck {
        Map<String, String> check(Map<String, String> values, String path, InvalidInputException.Collector problems);
    }

    /** The check of tasks' values against the fields on tasks as they are now (read once, for many tasks). */
    @Transactional(readOnly = true)
    public TaskValueCheck taskValueCheck() {
        Map<String, CustomFieldDefinition> byKey = definitions.findAll().stream()
                .filter(field -> field.appliesTo() == CustomFieldScope.TASK)
                .collect(Collectors.toMap(CustomFieldDefinition::key, field -> field));
        return (values, path, problems) -> check(byKey, values, path, problems);
    }

    private Map<String, String> check(Map<String, CustomFieldDefinition> byKey, Map<String, String> values,
                                      String path, InvalidInputException.Collector problems) {
        Map<String, String> checked = new LinkedHashMap<>();
        values.forEach((key, raw) -> {
            String field = path + "[" + key + "]";
            CustomFieldDefinition definition = byKey.get(key);
            if (definition == null) {
                problems.add(field, "validation.customField.unknownTaskField", key);
            } else if (raw == null || raw.isBlank()) {
                checked.put(key, null);
            } else {
                String value = FieldValues.check(field, rule(definition.type(), definition.choices()), raw,
                        id -> false, problems);
                if (value != null) checked.put(key, value);
            }
        });
        return checked;
    }

    /** A task's stored value as its reader reads it (numbers and dates in the reader's language). */
    public static String display(CustomFieldView field, String value) {
        return FieldValues.display(rule(field.type(), field.choices()), value, LocaleContextHolder.getLocale(),
                id -> null, choice -> choice);
    }

    /** A project's custom values in the order of the definitions, shown in the reader's language. */
    List<ProjectView.CustomFieldValue> valuesOf(Project project, Map<Long, Person> everyone) {
        Map<Long, String> values = project.customValues().stream()
                .collect(Collectors.toMap(CustomValue::customField, CustomValue::value));
        Locale locale = LocaleContextHolder.getLocale();
        return definitions.findAllByOrderByPositionAscIdAsc().stream()
                .filter(field -> values.containsKey(field.id()))
                .map(field -> {
                    String value = values.get(field.id());
                    return new ProjectView.CustomFieldValue(field.key(), field.label(), field.type(), value,
                            FieldValues.display(rule(field.type(), field.choices()), value, locale,
                                    id -> name(everyone, id), choice -> choice));
                })
                .toList();
    }

    /** A project's custom values by label in language-neutral text, for its audit snapshot. */
    Map<String, String> auditTexts(Project project, Map<Long, Person> everyone) {
        Map<Long, String> values = project.customValues().stream()
                .collect(Collectors.toMap(CustomValue::customField, CustomValue::value));
        Map<String, String> texts = new LinkedHashMap<>();
        definitions.findAllByOrderByPositionAscIdAsc().stream().filter(field -> values.containsKey(field.id()))
                .forEach(field -> texts.put(field.label(), neutral(field.type(), values.get(field.id()), everyone)));
        return texts;
    }

    /** A stored value in language-neutral text (a person's name for people-type fields, else the value). */
    static String neutral(CustomFieldType type, String value, Map<Long, Person> everyone) {
        return FieldValues.neutral(type.kind(), value, id -> name(everyone, id));
    }

    private static String name(Map<Long, Person> everyone, long id) {
        Person person = everyone.get(id);
        return person == null ? null : person.displayName();
    }

    /** The platform's rule for a field of this type: text up to the column's 2,000 characters. */
    private static FieldRule rule(CustomFieldType type, List<String> choices) {
        return new FieldRule(type.kind(), choices, null, null, type == CustomFieldType.TEXT ? MAX_TEXT : null, null);
    }

    /**
     * A choice that projects hold stays a choice: without it, each of those projects would be refused at its next
     * save (its value no longer among the choices). The refusal names the choices and the projects.
     */
    private void keepChoicesInUse(CustomFieldDefinition field, List<String> choices) {
        if (field.type() != CustomFieldType.CHOICE) return;
        Set<String> removed = new LinkedHashSet<>(field.choices());
        removed.removeAll(choices);
        if (removed.isEmpty()) return;
        if (field.appliesTo() == CustomFieldScope.TASK) {
            List<String> tasks = taskValues.stream()
                    .flatMap(values -> values.tasksWithValues(field.key(), removed).stream()).toList();
            if (tasks.isEmpty()) return;
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("choices",
                    "field.choices.inUseByTasks", tasks.size(), FieldValues.firstNames(tasks))));
        }
        List<String> projects = definitions.projectsWithValues(field.id(), removed);
        if (projects.isEmpty()) return;
        Set<String> inUse = new LinkedHashSet<>(definitions.valuesAmong(field.id(), removed));
        throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("choices",
                "field.choices.inUse", String.join(", ", inUse), projects.size(), FieldValues.firstNames(projects))));
    }

    /** Labels are unique: people tell fields apart by them, and projects' history names fields by them. */
    private void checkLabelFree(String label, Long self, InvalidInputException.Collector problems) {
        if (label == null) return;
        String wanted = label.strip();
        boolean taken = definitions.findAll().stream()
                .anyMatch(other -> !other.id().equals(self) && other.label().equalsIgnoreCase(wanted));
        if (taken) problems.add("label", "validation.customField.labelTaken", wanted);
    }

    private static void checkChoices(CustomFieldCommand command, InvalidInputException.Collector problems) {
        if (command.type() != CustomFieldType.CHOICE) return;
        if (command.choices().isEmpty()) problems.add("choices", "validation.choices.required");
        // stored one per line in a column of 2,000 characters
        boolean oneLineEach = command.choices().stream().noneMatch(choice -> choice.contains("\n") || choice.contains("\r"));
        int stored = command.choices().stream().mapToInt(choice -> choice.length() + 1).sum();
        if (!oneLineEach || stored > MAX_TEXT) problems.add("choices", "validation.choices.size");
    }

    /** A field on tasks is never required (a plan's every task would need it) and never holds a person (tasks have
     *  resources for that). */
    private static void checkTaskField(CustomFieldScope appliesTo, CustomFieldType type, boolean required,
                                       InvalidInputException.Collector problems) {
        if (appliesTo != CustomFieldScope.TASK) return;
        if (required) problems.add("required", "validation.customField.taskRequired");
        if (type == CustomFieldType.PERSON) problems.add("type", "validation.customField.taskPerson");
    }

    private static List<String> choicesFor(CustomFieldCommand command) {
        return command.type() == CustomFieldType.CHOICE ? command.choices() : List.of();
    }

    private CustomFieldDefinition load(long id) {
        return definitions.findById(id).orElseThrow(() -> new NotFoundException("custom field " + id));
    }

    private void requireAdministrator() {
        Actor actor = currentUser.actor();
        Rights.require(OrganisationAct.DEFINE_CUSTOM_FIELDS.allows(actor), actor,
                OrganisationAct.DEFINE_CUSTOM_FIELDS.words());
    }

    private static CustomFieldView view(CustomFieldDefinition field) {
        return new CustomFieldView(field.id(), field.key(), field.label(), field.type(), field.choices(),
                field.required(), field.position(), field.version(), field.appliesTo());
    }
}
