package org.lodestar.platform;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The person behind the current request, as established by Spring Security (form login, Basic or API token). */
@Component
public class CurrentUser {

    /** The signed-in actor; throws {@link AccessDeniedException} when nobody is signed in. */
    public Actor actor() {
        return find().orElseThrow(() -> Rights.denied("nobody", "act without signing in"));
    }

    public Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }

    /** The username recorded in the audit trail: the actor's, or {@code system} for background work. */
    public String auditName() {
        return find().map(Actor::username).orElse("system");
    }

    /** Implemented by the security principal so that other modules never see Spring Security's user types. */
    public interface ActorPrincipal {
        Actor actor();
    }
}
