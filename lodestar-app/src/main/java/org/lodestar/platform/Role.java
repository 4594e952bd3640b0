package org.lodestar.platform;

/** What a person does in the PMO; a person may hold several roles. */
public enum Role {
    ADMINISTRATOR, PMO, PORTFOLIO_MANAGER, PROJECT_MANAGER, RESOURCE_MANAGER, EXECUTIVE, TEAM_MEMBER, REQUESTER;

    /** The Spring Security authority of this role, e.g. {@code ROLE_PMO}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Key of the role's name in the message bundles. */
    public String messageKey() {
        return "role." + name();
    }
}
