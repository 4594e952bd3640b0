package org.lodestar.platform.web;

import org.lodestar.platform.ConflictException;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.platform.UnprocessableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Error pages for the web UI (API calls get problem details from {@link ApiProblemAdvice} instead). Forms handle
 * their own validation and stale versions where they can show them beside the input; what reaches here gets a page
 * that says what happened and what to do.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(WebErrorAdvice.class);

    /** Forms bind lists by index: a crafted index must not grow a list without bound. */
    @InitBinder
    void boundLists(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(200);
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler({StaleVersionException.class, OptimisticLockingFailureException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String stale() {
        return "error/409";
    }

    /** A change the record's state refuses (an act its state does not allow, a delete others depend on). */
    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String stateConflict() {
        return "error/409";
    }

    /** A change that breaks a business rule as a whole (a dependency cycle). */
    @ExceptionHandler(UnprocessableException.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    String unprocessable() {
        return "error/4xx";
    }

    /** A unique value taken by someone else at the same moment (validation checked it just before). */
    @ExceptionHandler(DuplicateKeyException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(DuplicateKeyException exception) {
        log.warn("A change was refused by the database: {}", exception.getMostSpecificCause().getMessage());
        return "error/409";
    }

    /**
     * Input no field of the form can produce (a forged choice): forms that take typed text show its problems beside
     * the field themselves.
     */
    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalidInput() {
        return "error/400";
    }

    /** A form field name the binder cannot follow ({@code objectiveIds[abc]}, an index past the limit). */
    @ExceptionHandler({InvalidPropertyException.class, NumberFormatException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badForm() {
        return "error/400";
    }
}
