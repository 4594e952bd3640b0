package org.lodestar.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Comparator;
import org.springframework.stereotype.Component;

/**
 * Checks a command's Bean Validation annotations inside the service, so that the web UI and the API obey one set
 * of rules; violations become an {@link InvalidInputException} with messages in the request's locale.
 */
@Component
public class InputValidation {

    private final Validator validator;

    InputValidation(Validator validator) {
        this.validator = validator;
    }

    /** Adds a problem per violated constraint; the message is already interpolated in the request's locale. */
    public void check(Object command, InvalidInputException.Collector problems) {
        gateValues(command, problems);
        validator.validate(command).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> violation) -> violation.getPropertyPath().toString()))
                .forEach(violation -> problems.addWritten(path(violation), violation.getMessage()));
    }

    public void check(Object command) {
        var problems = new InvalidInputException.Collector();
        check(command, problems);
        problems.throwIfAny();
    }

    /**
     * The JSON gate's rules for what came through a form: text people type has no control characters (tab and line
     * breaks aside) and no half of a surrogate pair ({@link Texts#isPlainText}), and dates lie within 1900-2999.
     * Checks every text and date component of a record command.
     */
    private static void gateValues(Object command, InvalidInputException.Collector problems) {
        if (!(command instanceof Record)) return;
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            if (component.getType() != String.class && component.getType() != LocalDate.class) continue;
            try {
                Object value = component.getAccessor().invoke(command);
                if (value instanceof String text && !Texts.isPlainText(text)) {
                    problems.add(component.getName(), "validation.text.control");
                } else if (value instanceof LocalDate day
                        && (day.isBefore(FieldValues.FIRST_DATE) || day.isAfter(FieldValues.LAST_DATE))) {
                    problems.add(component.getName(), "validation.gate.date");
                }
            } catch (ReflectiveOperationException unreadable) {
                throw new IllegalStateException("cannot read " + component, unreadable);
            }
        }
    }

    /** {@code tags[2].<list element>} and the like become plain property paths: {@code tags[2]}. */
    private static String path(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
    }
}
