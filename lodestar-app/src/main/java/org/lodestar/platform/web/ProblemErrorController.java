package org.lodestar.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Errors that happen before any controller is chosen (an unknown API path, a method the path does not take, a
 * failure in a filter) reach the servlet's error page. Browsers get the HTML error pages as before; every other
 * client gets an RFC 9457 problem in its language, like the answers of the controllers. A browser's upload refused as
 * too large on a page of {@code lodestar.upload-paths} (by the size filter or the multipart limit, before its
 * controller) is sent back to that page's form ({@code ?refused=too-large}), which says so, rather than to the error
 * page.
 */
@Controller
@RequestMapping("${spring.web.error.path:/error}")
class ProblemErrorController extends BasicErrorController {

    private final MessageSource messages;
    private final List<Pattern> uploadPages;

    ProblemErrorController(ErrorAttributes errorAttributes, WebProperties web, List<ErrorViewResolver> resolvers,
                           MessageSource messages, @Value("${lodestar.upload-paths:}") List<String> uploadPaths) {
        super(errorAttributes, web.getError(), resolvers);
        this.messages = messages;
        this.uploadPages = uploadPaths.stream().filter(path -> !path.isBlank() && !path.contains("/api/"))
                .map(Pattern::compile).toList();
    }

    @Override
    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (getStatus(request) == HttpStatus.CONTENT_TOO_LARGE && uri != null) {
            String path = uri.toString().substring(request.getContextPath().length());
            if (uploadPages.stream().anyMatch(page -> page.matcher(path).matches())) {
                RedirectView back = new RedirectView(path + "?refused=too-large", true);
                back.setStatusCode(HttpStatus.SEE_OTHER);
                return new ModelAndView(back);
            }
        }
        return super.errorHtml(request, response);
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
