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

/** Fields that administrators add to every project, and the validation of their values. */
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

    CustomFields(CustomFieldDefinitions definitions, People people, AuditTrail audit, CurrentUser currentUser,
                 Clock clock, InputValidation validation) {
        this.validation = validation;
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
        problems.throwIfAny();
        CustomFieldDefinition field = definitions.save(CustomFieldDefinition.create(command.key(), command.label().strip(),
                command.type(), choicesFor(command), command.required(), command.position(), Instant.now(clock)));
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
     * Deletes a field that no project has a value for. A field in use is refused: its values belong to the
     * projects' records (and their history), so they are cleared on the projects first.
     */
    @Transactional
    public void delete(long id) {
        requireAdministrator();
        CustomFieldDefinition field = load(id);
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
     * added to {@code problems} as {@code customFields[key]}.
     */
    Map<Long, String> validate(Map<String, String> values, InvalidInputException.Collector problems) {
        Map<String, CustomFieldDefinition> byKey = definitions.findAll().stream()
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
                field.required(), field.position(), field.version());
    }
}
