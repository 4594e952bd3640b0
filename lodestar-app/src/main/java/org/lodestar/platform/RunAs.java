package org.lodestar.platform;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs background work (start-up data, scheduled jobs) as a named account, so that it obeys the same rights and
 * is audited under that name like any request.
 */
@Component
public class RunAs {

    private final UserDetailsService accounts;

    RunAs(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    public <T> T call(String username, Supplier<T> task) {
        UserDetails account = accounts.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return task.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
