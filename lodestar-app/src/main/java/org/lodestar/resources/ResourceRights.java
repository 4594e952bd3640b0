package org.lodestar.resources;

import org.lodestar.platform.Actor;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.springframework.stereotype.Component;

/**
 * The rights policy of the resource pool: resource managers, the PMO and administrators keep it
 * ({@link OrganisationAct#KEEP_RESOURCE_POOL}); everyone who reads projects' detail reads it (not those who only
 * file requests, since it holds people's rates and absences).
 */
@Component
public class ResourceRights {

    private final CurrentUser currentUser;

    ResourceRights(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public Actor requireRead() {
        Actor actor = currentUser.actor();
        OrganisationRights.require(actor, OrganisationAct.READ_PROJECT_DETAIL);
        return actor;
    }

    public Actor requireKeep() {
        Actor actor = currentUser.actor();
        OrganisationRights.require(actor, OrganisationAct.KEEP_RESOURCE_POOL);
        return actor;
    }

    public boolean mayKeep(Actor actor) {
        return OrganisationAct.KEEP_RESOURCE_POOL.allows(actor);
    }
}
