package org.lodestar.platform.web;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.platform.UnprocessableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns failures of API calls into RFC 9457 problems in the caller's language: 400 with one entry per field, 403,
 * 404, 409 for a stale version or conflicting data, 413, 503 with Retry-After while the database cannot be reached,
 * and 500 for anything unexpected (logged, never a stack
 * trace in the answer). Calls refused by the security filters get their problems from {@code ProblemResponses}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);
    private static final URI VALIDATION = URI.create("https://lodestar.dev/problems/validation");
    private static final URI STALE = URI.create("https://lodestar.dev/problems/stale-version");
    private static final URI UNPROCESSABLE = URI.create("https://lodestar.dev/problems/business-rule");
    private static final URI CONFLICT = URI.create("https://lodestar.dev/problems/state-conflict");

    private final MessageSource messages;

    ApiProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    /** One field's error in a problem's {@code errors} list. */
    record FieldError(String field, String message) {
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException exception) {
        return validationProblem(exception.problems().stream()
                .map(problem -> new FieldError(problem.field(), problem.text(messages, LocaleContextHolder.getLocale())))
                .toList());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale())))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    /**
     * Unreadable bodies: a value of the wrong type (text for a number, an unknown state) names its field like any
     * other invalid field; a body past the size limit is 413; anything else is malformed JSON.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(exception, RequestSizeLimitFilter.RequestTooLargeException.class)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(problem(HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge"));
        }
        JacksonException refused = deepest(exception, JacksonException.class);
        if (refused != null && !refused.getPath().isEmpty()
                && (!(refused instanceof StreamReadException) || refused instanceof InputCoercionException)) {
            String field = fieldPath(refused.getPath());
            return ResponseEntity.badRequest().body(validationProblem(List.of(new FieldError(field, refusal(refused, field)))));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "problem.badJson"));
    }

    /** Why the gate or Jackson refused a value: the gate's own reason, else one by the type the field expects. */
    private String refusal(JacksonException refused, String field) {
        if (refused instanceof JsonInputGate.RefusedValue gate) return text(gate.messageKey);
        Class<?> type = refused instanceof MismatchedInputException mismatch ? mismatch.getTargetType()
                : refused instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
        if (type == null) return text("validation.json.type", field);
        if (AsciiNumbersInterceptor.INTEGERS.contains(type)) return text("validation.gate.integer");
        if (type == LocalDate.class) return text("validation.gate.date");
        if (type == BigDecimal.class || type == Double.class || type == double.class) return text("validation.gate.number");
        return text("validation.json.type", field);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException exception) {
        return validationProblem(List.of(new FieldError(exception.getName(),
                text("validation.type", String.valueOf(exception.getValue())))));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound() {
        return problem(HttpStatus.NOT_FOUND, "problem.notFound");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden() {
        return problem(HttpStatus.FORBIDDEN, "problem.forbidden");
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException exception) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "problem.stale");
        problem.setType(STALE);
        problem.setProperty("currentVersion", exception.currentVersion());
        return problem;
    }

    /** A business rule the request breaks as a whole (a dependency cycle): 422 with what is involved. */
    @ExceptionHandler(UnprocessableException.class)
    ProblemDetail unprocessable(UnprocessableException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                text(exception.messageKey(), exception.arguments()));
        problem.setType(UNPROCESSABLE);
        exception.properties().forEach(problem::setProperty);
        return problem;
    }

    /** A change the record's state refuses as a whole (an act its state does not allow): 409 with what is in the way. */
    @ExceptionHandler(ConflictException.class)
    ProblemDetail stateConflict(ConflictException exception) {
        Object[] arguments = exception.arguments();
        for (int i = 0; i < arguments.length; i++) {
            // a list of things in the way reads as one phrase: "2 published status reports, 1 baseline"
            if (arguments[i] instanceof List<?> parts) {
                arguments[i] = String.join(", ", parts.stream().map(part -> part instanceof MessageSourceResolvable name
                        ? messages.getMessage(name, LocaleContextHolder.getLocale()) : String.valueOf(part)).toList());
            }
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                text(exception.messageKey(), arguments));
        problem.setType(CONFLICT);
        exception.properties().forEach(problem::setProperty);
        return problem;
    }

    /** The race between the version check and the conditional update: someone saved in between. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail staleRace() {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "problem.stale");
        problem.setType(STALE);
        return problem;
    }

    /** A unique value (a code) taken by someone else at the same moment: validation checked it just before. */
    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail conflict(DuplicateKeyException exception) {
        log.warn("A change was refused by the database: {}", exception.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "problem.conflict");
    }

    /**
     * The database cannot be reached (restarting, failing over, its connections exhausted): 503 with Retry-After,
     * since the same request may well succeed in a moment; nothing was written (the transaction never began or was
     * rolled back with the lost connection).
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception exception) {
        return unavailable(exception);
    }

    /** A rollback that failed after the statement lost its connection is the same outage, else a logged 500. */
    @ExceptionHandler(TransactionSystemException.class)
    ResponseEntity<ProblemDetail> transactionFailed(TransactionSystemException exception) {
        if (DatabaseOutage.is(exception)) return unavailable(exception.getApplicationException());
        log.error("Unexpected failure of an API call", exception);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal"));
    }

    private ResponseEntity<ProblemDetail> unavailable(Throwable exception) {
        log.warn("The database cannot be reached: {}", exception.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable"));
    }

    /** Request parameters out of their declared range ({@code @Min}, {@code @Max}). */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail outOfRange(ConstraintViolationException exception) {
        return validationProblem(exception.getConstraintViolations().stream()
                .map(violation -> new FieldError(lastNode(violation.getPropertyPath().toString()), violation.getMessage()))
                .toList());
    }

    /** Parameters the servlet container cannot decode (bad percent-encoding, say). */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail undecodable() {
        return problem(HttpStatus.BAD_REQUEST, "problem.badRequest");
    }

    /** Anything else: a status the exception declares, or a logged 500. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception) {
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(exception.getClass(), ResponseStatus.class);
        if (declared != null && !declared.code().is5xxServerError()) {
            return problem(HttpStatus.valueOf(declared.code().value()), "problem.other");
        }
        log.error("Unexpected failure of an API call", exception);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal");
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private ProblemDetail problem(HttpStatus status, String key) {
        return ProblemDetail.forStatusAndDetail(status, text(key));
    }

    private ProblemDetail validationProblem(List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.validation");
        problem.setType(VALIDATION);
        problem.setTitle("Invalid input");
        problem.setProperties(Map.of("errors", errors));
        return problem;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** The innermost cause of this type: a date Jackson cannot read is a JacksonException around a DateTimeException. */
    private static <T extends Throwable> T deepest(Throwable exception, Class<T> type) {
        T found = null;
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) found = type.cast(cause);
        }
        return found;
    }

    private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) return true;
        }
        return false;
    }

    static String fieldPath(List<JacksonException.Reference> path) {
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
}
