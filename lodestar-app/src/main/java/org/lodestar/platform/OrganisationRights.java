package org.lodestar.platform;

import org.springframework.stereotype.Component;

/**
 * The organisation-level rights of the current actor ({@link OrganisationAct}): asked by services before they read
 * or validate anything, so that someone who may not act at all is refused (403) whatever they sent.
 */
@Component
public class OrganisationRights {

    private final CurrentUser currentUser;

    OrganisationRights(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Whether the signed-in actor may take the act; false when nobody is signed in. */
    public boolean may(OrganisationAct act) {
        return currentUser.find().map(act::allows).orElse(false);
    }

    /**
     * The signed-in actor, if they may take the act.
     *
     * @throws org.springframework.security.access.AccessDeniedException otherwise (403)
     */
    public Actor require(OrganisationAct act) {
        return require(currentUser.actor(), act);
    }

    /**
     * The actor, if they may take the act.
     *
     * @throws org.springframework.security.access.AccessDeniedException otherwise (403)
     */
    public static Actor require(Actor actor, OrganisationAct act) {
        Rights.require(act.allows(actor), actor, act.words());
        return actor;
    }
}
