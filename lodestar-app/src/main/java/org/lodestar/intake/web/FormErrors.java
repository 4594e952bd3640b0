package org.lodestar.intake.web;

import java.util.List;
import org.lodestar.platform.InvalidInputException;
import org.springframework.beans.BeansException;
import org.springframework.validation.Errors;

/**
 * Puts a service's problems beside the form fields: a request's form values are reported by their exact path
 * ({@code values[users]}), which the platform's general mapping would fold into the whole map.
 */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(InvalidInputException invalid, Errors errors) {
        for (InvalidInputException.FieldProblem problem : invalid.problems()) {
            if (problem.field().startsWith("values[")) {
                try {
                    errors.rejectValue(problem.field(), problem.messageKey() == null ? "invalid" : problem.messageKey(),
                            problem.arguments(), problem.message() != null ? problem.message() : problem.messageKey());
                    continue;
                } catch (BeansException notAFieldOfTheForm) {
                    // falls through to the general mapping
                }
            }
            new InvalidInputException(List.of(problem)).rejectInto(errors);
        }
    }
}
