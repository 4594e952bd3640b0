package org.lodestar.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows audit entries in the reader's language: record types, field names and stored values (constants, dates,
 * yes/no, role lists) through the message bundles. The audit trail itself stores language-neutral text, so that
 * each reader sees history in their own language. Used in templates as {@code @history}.
 */
@Component("history")
public class HistoryLabels {

    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z_]*");
    /** Fields that hold dates and yes/no: only these are reformatted, never free text that looks alike. */
    private static final Set<String> DATES = Set.of("plannedStart", "plannedFinish", "forecastStart", "forecastFinish",
            "actualStart", "actualFinish");
    private static final Set<String> YES_NO = Set.of("enabled", "required", "active");

    /** Where each record type's field names are found in the bundles, most specific first. */
    private static final Map<String, List<String>> FIELD_PREFIXES = Map.of(
            "project", List.of("project."),
            "portfolio", List.of("portfolio.", "project."),
            "programme", List.of("portfolio.", "project."),
            "objective", List.of("project."),
            "customField", List.of("customField."),
            "user", List.of("person."),
            "apiToken", List.of("account.token"));

    /** Where the constants stored in a field are named: {@code state} ACTIVE is project.state.ACTIVE. */
    private static final Map<String, String> CONSTANT_PREFIXES = Map.of(
            "state", "project.state.", "phase", "project.phase.", "priority", "project.priority.",
            "health", "rag.", "type", "customField.type.", "roles", "role.", "requestState", "intake.state.");

    private final MessageSource messages;
    private final Formats formats;

    HistoryLabels(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public String type(String entityType) {
        return message("audit.type." + entityType, entityType);
    }

    /** A field's name; custom fields are stored as {@code custom.<label>} and shown by their label. */
    public String field(String entityType, String field) {
        if (field.startsWith("custom.")) return field.substring("custom.".length());
        for (String prefix : FIELD_PREFIXES.getOrDefault(entityType, List.of())) {
            String name = message(prefix + (prefix.endsWith(".") ? field : capitalised(field)), null);
            if (name != null) return name;
        }
        return message("audit.field." + field, field);
    }

    /** A stored value as the reader reads it; empty for no value. */
    public String value(String entityType, String field, String stored) {
        if (stored == null) return "";
        if (field.equals("password")) return message("history.password." + stored, stored);
        if (YES_NO.contains(field) && (stored.equals("true") || stored.equals("false"))) {
            return message("value." + (stored.equals("true") ? "yes" : "no"), stored);
        }
        if (DATES.contains(field)) {
            try {
                return formats.date(LocalDate.parse(stored));
            } catch (DateTimeParseException notADate) {
                return stored;
            }
        }
        String constants = CONSTANT_PREFIXES.get(field);
        if (constants != null) {
            return Arrays.stream(stored.split(", "))
                    .map(value -> CONSTANT.matcher(value).matches() ? message(constants + value, value) : value)
                    .collect(Collectors.joining(", "));
        }
        return stored;
    }

    private String message(String key, String fallback) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, fallback, locale);
    }

    private static String capitalised(String field) {
        return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
