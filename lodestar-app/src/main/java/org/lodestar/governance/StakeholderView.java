package org.lodestar.governance;

/** A stakeholder in the project's register. */
public record StakeholderView(long id, long projectId, String name, String role, Level interest, Level influence,
                              Engagement engagement, long version) {
}
