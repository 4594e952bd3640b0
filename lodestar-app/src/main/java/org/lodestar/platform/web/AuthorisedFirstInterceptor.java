package org.lodestar.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.lodestar.platform.AuthorisedFirst;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Runs a controller's {@link AuthorisedFirst} check before Spring binds the handler's arguments, so that a body or
 * parameter that cannot be read is never answered 400 to someone who may not take the act at all.
 */
class AuthorisedFirstInterceptor implements HandlerInterceptor {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    @SuppressWarnings("unchecked")
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!READS.contains(request.getMethod()) && handler instanceof HandlerMethod method
                && method.getBean() instanceof AuthorisedFirst controller) {
            Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            controller.authorise(method.getMethod().getName(),
                    variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of());
        }
        return true;
    }
}
