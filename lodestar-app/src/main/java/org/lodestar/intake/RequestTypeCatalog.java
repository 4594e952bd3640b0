package org.lodestar.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.lodestar.intake.internal.IntakeRecords;
import org.lodestar.intake.internal.RequestField;
import org.lodestar.intake.internal.RequestType;
import org.lodestar.intake.internal.RequestTypes;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.FieldValues;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.StaleVersionException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request types the PMO accepts and their forms. Everyone reads them (to file a request); only the PMO and
 * administrators define them. Names and labels of the shipped types are message keys, read here in the reader's
 * language.
 */
@Service
public class RequestTypeCatalog {

    static final String AUDIT_TYPE = "requestType";

    private final RequestTypes types;
    private final IntakeRecords records;
    private final InputValidation validation;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Clock clock;

    RequestTypeCatalog(RequestTypes types, IntakeRecords records, InputValidation validation, AuditTrail audit, CurrentUser currentUser,
                       MessageSource messages, Clock clock) {
        this.types = types;
        this.records = records;
        this.validation = validation;
        this.audit = audit;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RequestTypeView> all() {
        currentUser.actor();
        return types.findAll().stream().map(this::view)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    @Transactional(readOnly = true)
    public RequestTypeView get(long id) {
        currentUser.actor();
        return view(load(id));
    }

    @Transactional
    public RequestTypeView create(RequestTypeCommand command) {
        requirePmo();
        validate(command, null);
        RequestType type = types.save(RequestType.create(command.code(), command.name(), command.description(),
                command.mandatory(), fields(command), Instant.now(clock)));
        audit.created(AUDIT_TYPE, type.id(), type.code(), snapshot(type));
        return view(type);
    }

    @Transactional
    public RequestTypeView change(long id, RequestTypeCommand command) {
        requirePmo();
        RequestType type = load(id);
        StaleVersionException.check(command.version(), type.version(), "request type " + type.code());
        command = withStoredChoices(type, command);
        validate(command, type.id());
        keepTypesOfFilledFields(type, command);
        keepChoicesInUse(type, command);
        Map<String, String> before = snapshot(type);
        type.change(command.code(), command.name(), command.description(), command.mandatory(), fields(command),
                command.version(), Instant.now(clock));
        type = types.save(type);
        audit.updated(AUDIT_TYPE, type.id(), type.code(), before, snapshot(type));
        return view(type);
    }

    /** Whether the actor may define request types: the PMO and administrators. */
    public boolean canDefine() {
        return currentUser.find().map(OrganisationAct.DEFINE_REQUEST_TYPES::allows).orElse(false);
    }

    RequestType load(long id) {
        return types.findById(id).orElseThrow(() -> new NotFoundException("request type " + id));
    }

    private void requirePmo() {
        OrganisationRights.require(currentUser.actor(), OrganisationAct.DEFINE_REQUEST_TYPES);
    }

    private void validate(RequestTypeCommand command, Long id) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        if (command.code() != null && types.findByCode(command.code()).filter(other -> !other.id().equals(id)).isPresent()) {
            problems.add("code", "validation.code.taken");
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < command.fields().size(); i++) {
            FieldDefinition field = command.fields().get(i);
            String path = "fields[" + i + "]";
            if (field.key() != null && !keys.add(field.key())) problems.add(path + ".key", "intake.validation.fieldKey.taken");
            if (field.type() != null && field.type().hasChoices() && field.choices().isEmpty()) {
                problems.add(path + ".choices", "intake.validation.choices.required");
            }
            if (field.choices().stream().anyMatch(choice -> choice.contains(","))) {
                problems.add(path + ".choices", "intake.validation.choices.comma");
            }
            if (field.min() != null && field.max() != null && field.min().compareTo(field.max()) > 0) {
                problems.add(path + ".max", "intake.validation.maxBelowMin");
            }
            if (field.maxLength() != null && (field.maxLength() < 1 || field.maxLength() > 4000)) {
                problems.add(path + ".maxLength", "intake.validation.maxLength", 4000);
            }
            if (field.pattern() != null && !field.pattern().isBlank() && !FieldValues.isValidPattern(field.pattern())) {
                problems.add(path + ".pattern", "intake.validation.pattern.invalid");
            }
        }
        problems.throwIfAny();
    }

    /**
     * A field that requests already filled keeps its type: old values would not read as the new type (text as a
     * person, as a date, as a link).
     */
    private void keepTypesOfFilledFields(RequestType type, RequestTypeCommand command) {
        Map<String, FieldType> current = new java.util.HashMap<>();
        type.fields().forEach(field -> current.put(field.key(), field.type()));
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        for (int i = 0; i < command.fields().size(); i++) {
            FieldDefinition field = command.fields().get(i);
            FieldType was = current.get(field.key());
            if (was != null && was != field.type() && types.hasValues(type.id(), field.key())) {
                problems.add("fields[" + i + "].type", "intake.validation.fieldType.inUse", field.key());
            }
        }
        problems.throwIfAny();
    }

    /**
     * The editor shows a field's choices as the reader reads them (a shipped type's are message keys): a choice sent
     * back as the text of one of the field's stored choices is that stored choice, so that editing a type in any
     * language keeps the values its requests hold. Any other line is a new choice, stored as written.
     */
    private RequestTypeCommand withStoredChoices(RequestType type, RequestTypeCommand command) {
        Map<String, RequestField> current = new java.util.HashMap<>();
        type.fields().forEach(field -> current.put(field.key(), field));
        List<FieldDefinition> fields = command.fields().stream().map(field -> {
            RequestField was = current.get(field.key());
            if (was == null || was.choices() == null || field.choices().isEmpty()) return field;
            Map<String, String> stored = new java.util.HashMap<>();
            for (String choice : was.choices().split("\n")) stored.putIfAbsent(text(choice).strip(), choice);
            List<String> choices = field.choices().stream().map(line -> stored.getOrDefault(line, line)).toList();
            return new FieldDefinition(field.key(), field.section(), field.label(), field.type(), field.required(),
                    field.help(), choices, field.min(), field.max(), field.maxLength(), field.pattern());
        }).toList();
        return new RequestTypeCommand(command.code(), command.name(), command.description(), command.mandatory(),
                fields, command.version());
    }

    /** A stored text (a field's choice, label or help) as the reader reads it. */
    public String asRead(String stored) {
        return text(stored);
    }

    /**
     * A choice that requests hold stays a choice of its field: without it, each of those requests would be refused
     * at its next save. The refusal names the choices and the requests.
     */
    private void keepChoicesInUse(RequestType type, RequestTypeCommand command) {
        Map<String, RequestField> current = new java.util.HashMap<>();
        type.fields().forEach(field -> current.put(field.key(), field));
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        for (int i = 0; i < command.fields().size(); i++) {
            FieldDefinition field = command.fields().get(i);
            RequestField was = current.get(field.key());
            if (was == null || !was.type().hasChoices() || was.choices() == null) continue;
            Set<String> removed = new LinkedHashSet<>(Arrays.asList(was.choices().split("\n")));
            if (field.type() == was.type()) removed.removeAll(field.choices());
            if (removed.isEmpty()) continue;
            Set<String> inUse = new LinkedHashSet<>();
            List<String> requests = new ArrayList<>();
            records.fieldValues(type.id(), field.key()).forEach((code, value) -> {
                List<String> held = FieldValues.choicesIn(was.type().kind(), value).stream()
                        .filter(removed::contains).toList();
                if (!held.isEmpty()) requests.add(code);
                inUse.addAll(held);
            });
            if (!requests.isEmpty()) {
                problems.add("fields[" + i + "].choices", "field.choices.inUse",
                        inUse.stream().map(this::text).collect(Collectors.joining(", ")), requests.size(),
                        FieldValues.firstNames(requests));
            }
        }
        problems.throwIfAny();
    }

    private static List<RequestField> fields(RequestTypeCommand command) {
        List<FieldDefinition> fields = command.fields();
        return java.util.stream.IntStream.range(0, fields.size()).mapToObj(i -> {
            FieldDefinition field = fields.get(i);
            String choices = field.type().hasChoices() ? String.join("\n", field.choices()) : null;
            return new RequestField(i, field.key(), field.section().strip(), field.label().strip(), field.type(),
                    field.required(), blankToNull(field.help()), choices,
                    field.type().isNumeric() ? field.min() : null, field.type().isNumeric() ? field.max() : null,
                    field.maxLength(), blankToNull(field.pattern()));
        }).toList();
    }

    private RequestTypeView view(RequestType type) {
        List<FieldDefinition> fields = type.fields().stream().map(field -> new FieldDefinition(field.key(),
                text(field.section()), text(field.label()), field.type(), field.required(), text(field.help()),
                field.choices() == null ? List.of() : Arrays.asList(field.choices().split("\n")), field.min(),
                field.max(), field.maxLength(), field.pattern())).toList();
        return new RequestTypeView(type.id(), type.code(), text(type.name()), text(type.description()),
                type.mandatory(), fields, type.version());
    }

    /**
     * The label of a form question in the reader's language, by its key: the first request type (by id) that asks
     * it; null when no form asks it (any more).
     */
    @Transactional(readOnly = true)
    String questionLabel(String key) {
        return types.findAll().stream().sorted(java.util.Comparator.comparing(RequestType::id))
                .flatMap(type -> type.fields().stream()).filter(field -> field.key().equals(key))
                .map(field -> text(field.label())).findFirst().orElse(null);
    }

    /** A text as the reader reads it: the shipped types' texts are message keys ({@code intake.default.*}). */
    String text(String stored) {
        if (stored == null || !stored.startsWith("intake.default.")) return stored;
        return messages.getMessage(stored, null, stored, LocaleContextHolder.getLocale());
    }

    private Map<String, String> snapshot(RequestType type) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("code", type.code());
        snapshot.put("name", type.name());
        snapshot.put("description", type.description());
        snapshot.put("mandatory", String.valueOf(type.mandatory()));
        snapshot.put("fields", type.fields().stream()
                .map(field -> field.key() + " (" + field.type() + (field.required() ? ", required" : "") + ")")
                .collect(Collectors.joining("; ")));
        return snapshot;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
