package org.lodestar.platform.security;

import java.util.Collection;
import java.util.List;
import org.lodestar.platform.Actor;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security sees them. */
record LodestarPrincipal(Actor actor, String passwordHash, boolean enabled)
        implements UserDetails, CurrentUser.ActorPrincipal {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = actor.roles().stream()
                .map(Role::authority).map(SimpleGrantedAuthority::new).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "LodestarPrincipal[" + actor.username() + "]"; // never the hash
    }
}
