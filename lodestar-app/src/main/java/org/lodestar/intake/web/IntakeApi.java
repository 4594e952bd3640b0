package org.lodestar.intake.web;

import java.net.URI;
import org.lodestar.intake.IllegalTransitionException;
import org.lodestar.intake.InfeasibleScenarioException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Base of the intake API controllers: the problems only intake raises. They are handled here, in the controllers,
 * because the platform's problem advice answers every other exception first.
 */
abstract class IntakeApi {

    private final MessageSource messages;

    IntakeApi(MessageSource messages) {
        this.messages = messages;
    }

    /** A workflow act the request's state does not allow: 409, naming the state and the act. */
    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail illegalTransition(IllegalTransitionException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text("intake.problem.transition",
                text(exception.state().messageKey()), text("intake.transition." + exception.action())));
        problem.setType(URI.create("https://lodestar.dev/problems/illegal-transition"));
        problem.setProperty("state", exception.state().name());
        return problem;
    }

    /** A scenario no selection can satisfy: 422 naming the constraint. */
    @ExceptionHandler(InfeasibleScenarioException.class)
    ProblemDetail infeasible(InfeasibleScenarioException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                text(exception.messageKey(), exception.arguments()));
        problem.setType(URI.create("https://lodestar.dev/problems/infeasible-scenario"));
        return problem;
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
