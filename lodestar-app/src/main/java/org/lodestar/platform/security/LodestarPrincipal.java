package org.lodestar.platform.security;

import java.util.Collection;
import org.lodestar.platform.Actor;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security sees them. It lives in the shared web session, so it is serializable
 * and drops the password hash once authentication is done.
 */
final class LodestarPrincipal implements UserDetails, CredentialsContainer, CurrentUser.ActorPrincipal {

    private static final long serialVersionUID = 1L;

    private final Actor actor;
    private final boolean enabled;
    private String passwordHash;

    LodestarPrincipal(Actor actor, String passwordHash, boolean enabled) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
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
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "LodestarPrincipal[" + actor.username() + "]"; // never the hash
    }
}
