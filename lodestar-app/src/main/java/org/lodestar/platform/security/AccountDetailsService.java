package org.lodestar.platform.security;

import org.lodestar.platform.Actor;
import org.lodestar.platform.UserId;
import org.lodestar.platform.internal.User;
import org.lodestar.platform.internal.Users;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for form login and HTTP Basic; people without a password cannot sign in. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final Users users;

    AccountDetailsService(Users users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        User user = users.findByUsername(username)
                .filter(found -> found.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
        return principal(user);
    }

    static LodestarPrincipal principal(User user) {
        Actor actor = new Actor(new UserId(user.id()), user.username(), user.displayName(), user.roleSet());
        return new LodestarPrincipal(actor, user.passwordHash(), user.enabled());
    }
}
