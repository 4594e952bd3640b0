package org.lodestar.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request with its method, path, status, duration and user as key-value pairs (fields of their
 * own in structured JSON logs). It wraps every other filter, so refusals by the security or size filters are
 * logged too, and a request that fails with an exception is logged as 500. Query strings are left out: they may
 * carry search terms people typed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLoggingFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("org.lodestar.requests");
    /** Set by the security filters (RequestUserFilter) once they know who the request runs as. */
    private static final String USER_ATTRIBUTE = "org.lodestar.requestUser";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        int status = 500;
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
        }
    }
}
