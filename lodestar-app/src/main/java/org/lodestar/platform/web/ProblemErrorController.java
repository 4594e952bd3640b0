package org.lodestar.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that happen before any controller is chosen (an unknown API path, a method the path does not take, a
 * failure in a filter) reach the servlet's error page. Browsers get the HTML error pages as before; every other
 * client gets an RFC 9457 problem in its language, like the answers of the controllers.
 */
@Controller
@RequestMapping("${spring.web.error.path:/error}")
class ProblemErrorController extends BasicErrorController {

    private final MessageSource messages;

    ProblemErrorController(ErrorAttributes errorAttributes, WebProperties web, List<ErrorViewResolver> resolvers,
                           MessageSource messages) {
        super(errorAttributes, web.getError(), resolvers);
        this.messages = messages;
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) return new ResponseEntity<>(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage(detailKey(status), null, status.getReasonPhrase(),
                LocaleContextHolder.getLocale()));
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) problem.put("instance", path.toString());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** {@code /error} asked for by a client rather than forwarded by the container: there is nothing there. */
    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) return HttpStatus.NOT_FOUND;
        return super.getStatus(request);
    }

    private static String detailKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "problem.notFound";
            case METHOD_NOT_ALLOWED -> "problem.methodNotAllowed";
            case FORBIDDEN -> "problem.forbidden";
            case CONTENT_TOO_LARGE -> "problem.tooLarge";
            case URI_TOO_LONG -> "problem.addressTooLong";
            case BAD_REQUEST -> "problem.badRequest";
            default -> status.is5xxServerError() ? "problem.internal" : "problem.other";
        };
    }
}
