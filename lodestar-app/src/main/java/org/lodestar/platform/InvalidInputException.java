package org.lodestar.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.BeansException;
import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;

/**
 * Input that breaks a rule: a Bean Validation constraint, or one the annotations cannot express (a finish before
 * its start, a programme of another portfolio). Carries one entry per offending field, so that a form shows each
 * error beside its field and the API lists them in its problem's {@code errors}.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /**
     * Adds the problems to a form's errors, so that the form shows each beside its field. A problem on a path the
     * form does not have (an element of a list it holds as text, say) goes to its base field, or else to the form.
     */
    public void rejectInto(Errors errors) {
        for (FieldProblem problem : problems) {
            String field = problem.field().startsWith("customFields[") ? problem.field()
                    : problem.field().replaceAll("\\[.*$", "");
            String defaultText = problem.message() != null ? problem.message() : problem.messageKey();
            try {
                errors.rejectValue(field, problem.messageKey(), problem.arguments(), defaultText);
            } catch (BeansException notAFieldOfTheForm) {
                errors.reject(problem.messageKey(), problem.arguments(), defaultText);
            }
        }
    }

    /**
     * One field's problem: either a message key of the bundles with its arguments, or (from Bean Validation) a
     * message already written in the request's language.
     */
    public record FieldProblem(String field, String messageKey, Object[] arguments, String message) {

        public FieldProblem(String field, String messageKey, Object... arguments) {
            this(field, messageKey, arguments, null);
        }

        /** A problem whose message is already written in the request's language. */
        public static FieldProblem written(String field, String message) {
            return new FieldProblem(field, null, new Object[0], message);
        }

        /** The message in the given language. */
        public String text(MessageSource messages, Locale locale) {
            return message != null ? message : messages.getMessage(messageKey, arguments, messageKey, locale);
        }

        @Override
        public String toString() {
            return field + ": " + (messageKey != null ? messageKey : message);
        }
    }

    /** Collects problems and throws them together, so that a form shows every error at once. */
    public static final class Collector {
        private final List<FieldProblem> problems = new ArrayList<>();

        public Collector add(String field, String messageKey, Object... arguments) {
            problems.add(new FieldProblem(field, messageKey, arguments));
            return this;
        }

        public Collector addWritten(String field, String message) {
            problems.add(FieldProblem.written(field, message));
            return this;
        }

        public boolean has(String field) {
            return problems.stream().anyMatch(problem -> problem.field().equals(field));
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) throw new InvalidInputException(problems);
        }
    }
}
