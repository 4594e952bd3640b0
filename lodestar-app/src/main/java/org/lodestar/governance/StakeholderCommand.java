package org.lodestar.governance;

/** A stakeholder of a project as written; {@code version} is the one a change was made from. */
public record StakeholderCommand(String name, String role, Level interest, Level influence, Engagement engagement,
                                 Long version) {
}
