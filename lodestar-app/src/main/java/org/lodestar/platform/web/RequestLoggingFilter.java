package org.lodestar.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request with its method, path, status, duration and user as key-value pairs (fields of their
 * own in structured JSON logs). Query strings are left out: they may carry search terms people typed.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1) // inside Spring Security, so the user is known
class RequestLoggingFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("org.lodestar.requests");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            String path = request.getRequestURI();
            if (!path.startsWith("/css/") && !path.startsWith("/js/") && !path.startsWith("/webjars/")) {
                var authentication = SecurityContextHolder.getContext().getAuthentication();
                log.atInfo()
                        .addKeyValue("method", request.getMethod())
                        .addKeyValue("path", path)
                        .addKeyValue("status", response.getStatus())
                        .addKeyValue("durationMs", (System.nanoTime() - start) / 1_000_000)
                        .addKeyValue("user", authentication == null ? "-" : authentication.getName())
                        .log("{} {} {}", request.getMethod(), path, response.getStatus());
            }
        }
    }
}
