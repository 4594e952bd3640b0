package org.lodestar.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.StaleVersionException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure of an API call into an RFC 9457 problem: 400 with one entry per field, 403, 404, 409 for a
 * stale version, never a stack trace. Messages follow the caller's locale.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private static final URI VALIDATION = URI.create("https://lodestar.dev/problems/validation");
    private static final URI STALE = URI.create("https://lodestar.dev/problems/stale-version");

    private final MessageSource messages;

    ApiProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    /** One field's error in a problem's {@code errors} list. */
    record FieldError(String field, String message) {
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException exception) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldError> errors = exception.problems().stream()
                .map(problem -> new FieldError(problem.field(),
                        messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(), locale)))
                .toList();
        return validationProblem(errors);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldError> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), messages.getMessage(error, locale)))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    /**
     * Unreadable bodies: malformed JSON gets a plain 400; a value of the wrong type (text for a number, an unknown
     * state) gets a 400 naming the field, like any other invalid field.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (exception.getMostSpecificCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = fieldPath(mismatch.getPath());
            String message = messages.getMessage("validation.json.type", new Object[] {field},
                    LocaleContextHolder.getLocale());
            return ResponseEntity.badRequest().body(validationProblem(List.of(new FieldError(field, message))));
        }
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON."));
    }

    private static String fieldPath(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) field.append('.');
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException exception) {
        String message = messages.getMessage("validation.type", new Object[] {String.valueOf(exception.getValue())},
                LocaleContextHolder.getLocale());
        return validationProblem(List.of(new FieldError(exception.getName(), message)));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You do not have the rights for this request.");
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage()
                + ". Reload it, apply your change again and send it with the new version.");
        problem.setType(STALE);
        problem.setProperty("currentVersion", exception.currentVersion());
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail staleRace() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The record was changed by someone else. Reload it and apply your change again.");
        problem.setType(STALE);
        return problem;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail conflict() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The change conflicts with existing data (a duplicate code, or a record still in use).");
    }

    private static ProblemDetail validationProblem(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has invalid fields.");
        problem.setType(VALIDATION);
        problem.setTitle("Invalid input");
        problem.setProperties(Map.of("errors", errors));
        return problem;
    }
}
