package org.lodestar.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
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
        controlCharacters(command, problems);
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
     * Text people type has no control characters (tab and line breaks aside): a NUL byte, say, is stored by H2 but
     * refused by PostgreSQL, and shows as nothing on screen. Checks every text component of a record command.
     */
    private static void controlCharacters(Object command, InvalidInputException.Collector problems) {
        if (!(command instanceof Record)) return;
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            if (component.getType() != String.class) continue;
            try {
                String text = (String) component.getAccessor().invoke(command);
                if (text != null && text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                    problems.add(component.getName(), "validation.text.control");
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
