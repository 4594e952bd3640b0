package org.lodestar.governance;

/** How engaged a stakeholder is with a project (the PMBOK's engagement levels). */
public enum Engagement {
    UNAWARE, RESISTANT, NEUTRAL, SUPPORTIVE, LEADING;

    public String messageKey() {
        return "governance.engagement." + name();
    }
}
