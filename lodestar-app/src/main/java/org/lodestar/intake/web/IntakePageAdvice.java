package org.lodestar.intake.web;

import org.lodestar.intake.IllegalTransitionException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Error pages for the intake pages: a workflow act the request's state does not allow is a conflict (409). */
@ControllerAdvice(assignableTypes = {RequestsController.class, ScoringController.class, ScenariosController.class})
class IntakePageAdvice {

    @ExceptionHandler(IllegalTransitionException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String illegalTransition() {
        return "error/409";
    }
}
