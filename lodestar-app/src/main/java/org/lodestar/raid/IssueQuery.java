package org.lodestar.raid;

import java.util.Set;

/**
 * Filters and order of a project's issues log; every filter is optional. {@code sort} is one of {@link #SORTS}
 * (default {@code due}, issues without a due date last).
 */
public record IssueQuery(IssueState state, IssuePriority priority, Long ownerId, String sort, Boolean descending) {

    public static final Set<String> SORTS = Set.of("due", "priority", "title", "state", "created");

    public IssueQuery {
        sort = sort != null && SORTS.contains(sort) ? sort : "due";
        descending = descending != null && descending;
    }

    public static IssueQuery all() {
        return new IssueQuery(null, null, null, null, null);
    }
}
