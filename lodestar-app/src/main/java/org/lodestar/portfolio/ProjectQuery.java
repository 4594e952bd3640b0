package org.lodestar.portfolio;

import java.util.Set;
import org.lodestar.engine.health.Rag;

/**
 * Filters, order and page of a project list; every filter is optional. {@code text} searches name, code,
 * description and custom field values; missing paging parameters mean the first page of 25; {@code mine} keeps the projects the reader manages or is a member of.
 * {@code health} filters, and the sort {@code health} orders, by reported health (the latest published report's).
 */
public record ProjectQuery(String text, Long portfolioId, Long programmeId, ProjectState state, LifecyclePhase phase,
                           Priority priority, Rag health, Long managerId, String tag, Boolean mine,
                           String sort, Boolean descending, Integer page, Integer size) {

    /** Columns a list can be sorted by. */
    public static final Set<String> SORTS = Set.of("code", "name", "portfolio", "programme", "manager", "phase",
            "state", "priority", "health", "plannedStart", "plannedFinish", "budget");
    public static final int MAX_SIZE = 200;
    /** The largest page an export may ask for. */
    public static final int MAX_EXPORT_SIZE = 10_000;

    public ProjectQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        tag = tag == null || tag.isBlank() ? null : tag.strip();
        sort = sort != null && SORTS.contains(sort) ? sort : "code";
        mine = mine != null && mine;
        descending = descending != null && descending;
        page = page == null ? 0 : Math.max(page, 0);
        size = size == null || size <= 0 ? 25 : Math.min(size, MAX_EXPORT_SIZE);
    }

    public static ProjectQuery all() {
        return new ProjectQuery(null, null, null, null, null, null, null, null, null, false, "code", false, 0, 25);
    }

    /** The same query with a list page size at most {@link #MAX_SIZE}. */
    public ProjectQuery forList() {
        return size() <= MAX_SIZE ? this : withPage(page(), MAX_SIZE);
    }

    public ProjectQuery withPage(int newPage, int newSize) {
        return new ProjectQuery(text, portfolioId, programmeId, state, phase, priority, health, managerId, tag, mine,
                sort, descending, newPage, newSize);
    }
}
