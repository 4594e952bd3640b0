package org.lodestar.portfolio.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.lodestar.portfolio.ProjectQuery;

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
        StringBuilder uri = new StringBuilder(target).append('?');
        add(uri, "text", query.text());
        add(uri, "portfolioId", query.portfolioId());
        add(uri, "programmeId", query.programmeId());
        add(uri, "state", query.state());
        add(uri, "phase", query.phase());
        add(uri, "priority", query.priority());
        add(uri, "health", query.health());
        add(uri, "managerId", query.managerId());
        add(uri, "tag", query.tag());
        if (query.mine()) add(uri, "mine", true);
        add(uri, "sort", sort);
        if (descending) add(uri, "descending", true);
        if (page > 0) add(uri, "page", page);
        if (size != 25) add(uri, "size", size);
        return uri.substring(0, uri.length() - 1);
    }

    /** Form encoding, so that a search for {@code C++} comes back as {@code C++}, not {@code C  }. */
    private static void add(StringBuilder uri, String name, Object value) {
        if (value != null) {
            uri.append(name).append('=').append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8)).append('&');
        }
    }
}
