package org.lodestar.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.lodestar.platform.FieldRule;
import org.lodestar.platform.FieldValues;
import org.lodestar.platform.InvalidInputException;

/**
 * The rules of a request type's form applied to a request's values, through the platform's {@link FieldValues}:
 * every value must suit its field (a number in its bounds, a choice among the choices, a link that is a web
 * address...) whenever it is saved; required fields must be filled only for submission. Problems are reported by
 * field as {@code values[key]}.
 */
final class FieldCheck {

    private FieldCheck() {
    }

    /** The values in their stored form (blanks dropped, numbers and multi-choices normalised); a problem per bad value. */
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
            String value = FieldValues.check(path, rule(field), raw, people::contains, problems);
            if (value != null) clean.put(key, value);
        });
        return clean;
    }

    /** Adds a problem for each required field that is empty (attachments: without a file). */
    static void complete(RequestTypeView type, Map<String, String> values, Set<String> attachedFields,
                         InvalidInputException.Collector problems) {
        for (FieldDefinition field : type.fields()) {
            if (!field.required()) continue;
            boolean filled = field.type() == FieldType.ATTACHMENT ? attachedFields.contains(field.key())
                    : !FieldValues.isEmpty(values.get(field.key()));
            if (!filled) problems.add("values[" + field.key() + "]", "intake.validation.required", field.label());
        }
    }

    /** The platform's rule for a form field. */
    static FieldRule rule(FieldDefinition field) {
        return new FieldRule(field.type().kind(), field.choices(), field.min(), field.max(), field.maxLength(),
                field.pattern());
    }
}
