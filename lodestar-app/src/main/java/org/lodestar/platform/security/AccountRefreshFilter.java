package org.lodestar.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.lodestar.platform.internal.User;
import org.lodestar.platform.internal.Users;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A web session remembers who signed in, not what they may do: on every request the account is read again, so a
 * change of roles applies at once and a disabled or removed account is signed out at its next click.
 */
class AccountRefreshFilter extends OncePerRequestFilter {

    private final Users users;

    AccountRefreshFilter(Users users) {
        this.users = users;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.equals("/favicon.svg");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LodestarPrincipal principal) {
            Optional<User> account = users.findById(principal.actor().id().value())
                    .filter(user -> user.enabled() && user.passwordHash() != null);
            if (account.isEmpty()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) session.invalidate();
            } else {
                LodestarPrincipal current = AccountDetailsService.principal(account.get());
                current.eraseCredentials();
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
                        .authenticated(current, null, current.getAuthorities()));
            }
        }
        chain.doFilter(request, response);
    }
}
