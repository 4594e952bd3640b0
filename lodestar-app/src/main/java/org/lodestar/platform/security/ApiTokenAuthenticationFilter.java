package org.lodestar.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lodestar.platform.ApiTokens;
import org.lodestar.platform.internal.Users;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API calls that carry {@code Authorization: Bearer lst_...} (a personal API token). */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final Users users;
    private final AuthenticationEntryPoint entryPoint;
    private final SignInThrottle throttle;

    ApiTokenAuthenticationFilter(ApiTokens tokens, Users users, AuthenticationEntryPoint entryPoint,
                                 SignInThrottle throttle) {
        this.tokens = tokens;
        this.users = users;
        this.entryPoint = entryPoint;
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        try {
            throttle.check(null, request.getRemoteAddr());
        } catch (SignInThrottle.Locked locked) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, locked);
            return;
        }
        var principal = tokens.authenticate(header.substring(7).strip())
                .flatMap(users::findById)
                .filter(user -> user.enabled())
                .map(AccountDetailsService::principal);
        if (principal.isEmpty()) {
            // tokens tried at random count against the client address, like wrong passwords
            throttle.failed(null, request.getRemoteAddr());
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("invalid API token"));
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                principal.get(), null, principal.get().getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        chain.doFilter(request, response);
    }
}
