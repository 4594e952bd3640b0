package org.lodestar.platform;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Set;

/** The signed-in person on whose behalf a request runs. */
public record Actor(UserId id, String username, String displayName, Set<Role> roles) implements Serializable {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    public boolean isAdministrator() {
        return has(Role.ADMINISTRATOR);
    }

    /** Administrators and PMO staff run the registry: they may change any record in it. */
    public boolean runsTheRegistry() {
        return hasAny(Role.ADMINISTRATOR, Role.PMO);
    }

    /** Whether the actor may do the organisation-level act named, for pages: {@code actor.may('READ_PERFORMANCE')}. */
    public boolean may(String act) {
        return OrganisationAct.valueOf(act).allows(this);
    }

    /**
     * A person who only files requests sees public summaries, never budgets or custom fields: the actor lacks
     * {@link OrganisationAct#READ_PROJECT_DETAIL}.
     */
    public boolean seesSummariesOnly() {
        return !OrganisationAct.READ_PROJECT_DETAIL.allows(this);
    }
}
