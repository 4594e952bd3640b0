package org.lodestar.intake;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lodestar.platform.InvalidInputException;

/**
 * The rules of a request type's form applied to a request's values: every value must suit its field (a number in
 * its bounds, a choice among the choices, a link that is a web address...) whenever it is saved; required fields
 * must be filled only for submission. Problems are reported by field as {@code values[key]}.
 */
final class FieldCheck {

    static final int DEFAULT_TEXT_LENGTH = 200;
    static final int DEFAULT_LONG_TEXT_LENGTH = 4000;
    private static final BigDecimal NUMBER_LIMIT = new BigDecimal("1000000000000000");

    private FieldCheck() {
    }

    /** The values in their stored form (blanks dropped, multi-choices normalised); adds a problem per bad value. */
    static Map<String, String> clean(RequestTypeView type, Map<String, String> values, Set<Long> people,
                                     InvalidInputException.Collector problems) {
        Map<String, String> clean = new LinkedHashMap<>();
        values.forEach((key, raw) -> {
            String path = "values[" + key + "]";
            FieldDefinition field = type.field(key);
            if (field == null || field.type() == FieldType.ATTACHMENT) {
                problems.add(path, "intake.validation.unknownField", key);
                return;
            }
            if (raw == null || raw.isBlank()) return;
            String value = raw.strip();
            String problem = problem(field, value, people);
            if (problem != null) {
                problems.add(path, problem, bounds(field));
            } else {
                clean.put(key, field.type() == FieldType.MULTI_CHOICE ? normalisedChoices(value) : value);
            }
        });
        return clean;
    }

    /** Adds a problem for each required field that is empty (attachments: without a file). */
    static void complete(RequestTypeView type, Map<String, String> values, Set<String> attachedFields,
                         InvalidInputException.Collector problems) {
        for (FieldDefinition field : type.fields()) {
            if (!field.required()) continue;
            boolean filled = field.type() == FieldType.ATTACHMENT ? attachedFields.contains(field.key())
                    : values.get(field.key()) != null && !values.get(field.key()).isBlank();
            if (!filled) problems.add("values[" + field.key() + "]", "intake.validation.required", field.label());
        }
    }

    private static String problem(FieldDefinition field, String value, Set<Long> people) {
        return switch (field.type()) {
            case TEXT, LONG_TEXT -> text(field, value);
            case NUMBER, MONEY -> number(field, value);
            case DATE -> date(value);
            case CHOICE -> field.choices().contains(value) ? null : "intake.validation.choice";
            case MULTI_CHOICE -> Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty())
                    .allMatch(field.choices()::contains) ? null : "intake.validation.choice";
            case PERSON -> person(value, people);
            case LINK -> link(value);
            case ATTACHMENT -> "intake.validation.unknownField";
        };
    }

    private static String text(FieldDefinition field, String value) {
        int max = field.maxLength() != null ? field.maxLength()
                : field.type() == FieldType.TEXT ? DEFAULT_TEXT_LENGTH : DEFAULT_LONG_TEXT_LENGTH;
        if (value.length() > max) return "intake.validation.tooLong";
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) return "validation.text.control";
        if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(value).matches()) {
            return "intake.validation.pattern";
        }
        return null;
    }

    private static String number(FieldDefinition field, String value) {
        if (value.length() > 30) return "intake.validation.number";
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            return "intake.validation.number";
        }
        if (number.abs().compareTo(NUMBER_LIMIT) >= 0 || number.scale() > 2) return "intake.validation.number";
        if (field.min() != null && number.compareTo(field.min()) < 0) return "intake.validation.range";
        if (field.max() != null && number.compareTo(field.max()) > 0) return "intake.validation.range";
        return null;
    }

    private static String date(String value) {
        try {
            LocalDate date = LocalDate.parse(value);
            return date.getYear() < 1900 || date.getYear() > 2999 ? "validation.date.range" : null;
        } catch (DateTimeParseException notADate) {
            return "intake.validation.date";
        }
    }

    private static String person(String value, Set<Long> people) {
        try {
            return people.contains(Long.parseLong(value)) ? null : "intake.validation.person";
        } catch (NumberFormatException notAnId) {
            return "intake.validation.person";
        }
    }

    private static String link(String value) {
        if (value.length() > 500) return "intake.validation.tooLong";
        try {
            URI uri = new URI(value);
            boolean web = ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
            return web ? null : "intake.validation.link";
        } catch (URISyntaxException notALink) {
            return "intake.validation.link";
        }
    }

    private static String normalisedChoices(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).distinct()
                .collect(Collectors.joining(","));
    }

    /** The arguments of a problem's message: the field's bounds, for range problems. */
    private static Object[] bounds(FieldDefinition field) {
        return new Object[] {field.min() == null ? "" : field.min().toPlainString(),
                field.max() == null ? "" : field.max().toPlainString()};
    }

    static List<String> multiChoices(String stored) {
        return stored == null ? List.of() : Arrays.stream(stored.split(",")).filter(v -> !v.isEmpty()).toList();
    }
}
