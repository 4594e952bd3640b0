package org.lodestar.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Notes who a request runs as in a request attribute, for the request log written outside the security filters. */
class RequestUserFilter extends OncePerRequestFilter {

    /** The request attribute holding the username ({@code -} for anonymous requests). */
    static final String ATTRIBUTE = "org.lodestar.requestUser";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean known = authentication != null && !(authentication instanceof AnonymousAuthenticationToken);
        request.setAttribute(ATTRIBUTE, known ? authentication.getName() : "-");
        chain.doFilter(request, response);
    }
}
