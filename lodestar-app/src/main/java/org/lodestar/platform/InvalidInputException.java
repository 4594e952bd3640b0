package org.lodestar.platform;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.BeansException;
import org.springframework.validation.Errors;

/**
 * Input that breaks a rule the annotations on a request cannot express (a finish before its start, a programme
 * of another portfolio). Carries one entry per offending field; messages are bundle keys with arguments.
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
            try {
                errors.rejectValue(field, problem.messageKey(), problem.arguments(), problem.messageKey());
            } catch (BeansException notAFieldOfTheForm) {
                errors.reject(problem.messageKey(), problem.arguments(), problem.messageKey());
            }
        }
    }

    /** One field's problem: a message key of the bundles and its arguments. */
    public record FieldProblem(String field, String messageKey, Object... arguments) {
        @Override
        public String toString() {
            return field + ": " + messageKey;
        }
    }

    /** Collects problems and throws them together, so that a form shows every error at once. */
    public static final class Collector {
        private final List<FieldProblem> problems = new ArrayList<>();

        public Collector add(String field, String messageKey, Object... arguments) {
            problems.add(new FieldProblem(field, messageKey, arguments));
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
