package org.lodestar.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request with its method, path, status, duration and user as key-value pairs (fields of their
 * own in structured JSON logs). It wraps every other filter, so refusals by the security or size filters are
 * logged too, and a request that fails with an exception is logged as 500. Query strings are left out: they may
 * carry search terms people typed.
 *
 * <p>Each request has an id: the {@code X-Request-Id} a load balancer or client sent (when it is a short token),
 * else a new one. It is answered in the same header and kept in the logging context ({@code requestId}) while the
 * request runs, so every line any node logs for it carries it, and one id follows a request across nodes and
 * retries.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLoggingFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("org.lodestar.requests");
    /** Set by the security filters (RequestUserFilter) once they know who the request runs as. */
    private static final String USER_ATTRIBUTE = "org.lodestar.requestUser";
    static final String REQUEST_ID = "X-Request-Id";
    static final String LOG_KEY = "requestId";
    /** An id a client may choose: short, and nothing that could forge or break a log line. */
    private static final Pattern ACCEPTED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        int status = 500;
        String id = request.getHeader(REQUEST_ID);
        if (id == null || !ACCEPTED_ID.matcher(id).matches()) id = UUID.randomUUID().toString();
        response.setHeader(REQUEST_ID, id);
        MDC.put(LOG_KEY, id);
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            String path = request.getRequestURI();
            if (!path.startsWith("/css/") && !path.startsWith("/js/") && !path.startsWith("/webjars/")) {
                Object user = request.getAttribute(USER_ATTRIBUTE);
                log.atInfo()
                        .addKeyValue("method", request.getMethod())
                        .addKeyValue("path", path)
                        .addKeyValue("status", status)
                        .addKeyValue("durationMs", (System.nanoTime() - start) / 1_000_000)
                        .addKeyValue("user", user == null ? "-" : user)
                        .log("{} {} {}", request.getMethod(), path, status);
            }
            MDC.remove(LOG_KEY);
        }
    }
}
