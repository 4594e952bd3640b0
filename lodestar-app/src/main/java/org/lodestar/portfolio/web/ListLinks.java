package org.lodestar.portfolio.web;

import org.lodestar.portfolio.ProjectQuery;
import org.springframework.web.util.UriComponentsBuilder;

/** Builds the links of a project list (sort, pages, export) that keep its current filters. */
public final class ListLinks {

    private final String path;
    private final ProjectQuery query;

    ListLinks(String path, ProjectQuery query) {
        this.path = path;
        this.query = query;
    }

    /** The list sorted by {@code column}; clicking the current sort column again reverses it. */
    public String sortBy(String column) {
        boolean descending = column.equals(query.sort()) && !query.descending();
        return build(path, column, descending, 0, query.size());
    }

    public String page(int page) {
        return build(path, query.sort(), query.descending(), page, query.size());
    }

    public String export() {
        return build("/projects/export.csv", query.sort(), query.descending(), 0, query.size());
    }

    /** "ascending", "descending" or "none": the aria-sort value of a column header. */
    public String ariaSort(String column) {
        if (!column.equals(query.sort())) return "none";
        return query.descending() ? "descending" : "ascending";
    }

    private String build(String target, String sort, boolean descending, int page, int size) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(target);
        add(uri, "text", query.text());
        add(uri, "portfolioId", query.portfolioId());
        add(uri, "programmeId", query.programmeId());
        add(uri, "state", query.state());
        add(uri, "phase", query.phase());
        add(uri, "priority", query.priority());
        add(uri, "health", query.health());
        add(uri, "managerId", query.managerId());
        add(uri, "tag", query.tag());
        if (query.mine()) uri.queryParam("mine", true);
        uri.queryParam("sort", sort);
        if (descending) uri.queryParam("descending", true);
        if (page > 0) uri.queryParam("page", page);
        if (size != 25) uri.queryParam("size", size);
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) uri.queryParam(name, value);
    }
}
