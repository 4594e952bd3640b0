package org.lodestar.platform;

import org.springframework.security.access.AccessDeniedException;

/**
 * The one place that refuses an act: every module's rights policy asks its question and calls
 * {@link #require(boolean, Actor, String)}, which answers 403 (Spring Security's {@link AccessDeniedException})
 * with a message naming who was refused what. Controllers never throw it themselves (an ArchUnit rule checks).
 */
public final class Rights {

    private Rights() {
    }

    /**
     * Refuses the act unless {@code allowed}.
     *
     * @param what the act and its object in words, e.g. {@code edit project PRJ-0001}
     * @throws AccessDeniedException when not allowed
     */
    public static void require(boolean allowed, Actor actor, String what) {
        if (!allowed) throw denied(actor == null ? "nobody signed in" : actor.username(), what);
    }

    /** The refusal itself, for the few places that cannot phrase it as a condition (nobody signed in). */
    static AccessDeniedException denied(String who, String what) {
        return new AccessDeniedException(who + " may not " + what);
    }
}
