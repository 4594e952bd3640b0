package org.lodestar.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * While the database cannot be reached, every request answers 503 with Retry-After (a problem for API calls, a short
 * page otherwise) instead of a 500 after the container's error page fails too. It wraps the session and security
 * filters, which are the first to need the database (a signed-in request reads its session row), and sees what a
 * page's controller throws; API controllers answer outages themselves ({@link ApiProblemAdvice}). The answer is
 * written here, in the language the browser asks for: the error page would need the database again (the user's
 * language is kept there).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final MessageSource messages;

    DatabaseOutageFilter(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseOutage.causes(failure) || response.isCommitted()) throw failure;
            log.warn("The database cannot be reached: {}", failure.getMessage());
            unavailable(request, response);
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String requestId = response.getHeader(RequestLoggingFilter.REQUEST_ID);
        response.reset();
        if (requestId != null) response.setHeader(RequestLoggingFilter.REQUEST_ID, requestId);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Locale locale = request.getLocale();
        String detail = messages.getMessage("problem.unavailable", null, locale);
        PrintWriter out = response.getWriter();
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            out.print("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\""
                    + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        } else {
            response.setContentType("text/html");
            String title = HtmlUtils.htmlEscape(messages.getMessage("error.unavailable.title", null, locale));
            out.print("<!DOCTYPE html><html lang=\"" + HtmlUtils.htmlEscape(locale.getLanguage()) + "\"><head>"
                    + "<meta charset=\"utf-8\"><title>" + title + " · Lodestar</title>"
                    + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/css/lodestar.css\"></head>"
                    + "<body><main class=\"message-page\"><h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(detail)
                    + "</p></main></body></html>");
        }
        out.flush();
    }
}
