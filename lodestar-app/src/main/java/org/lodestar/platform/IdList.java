package org.lodestar.platform;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Narrows an SQL read to a list of ids without binding thousands of parameters. A short list becomes
 * {@code column in (:ids)}; a long one (the dashboard's 10,000 projects) adds no condition, and the rows read are
 * kept by {@link #keep}: reading a narrow table whole costs less than sending, parsing and planning an {@code in}
 * list of 10,000 values on every request (docs/benchmarks.md, "The dashboard at 10,000 projects, paged").
 */
public final class IdList {

    /** Lists longer than this read the whole table. */
    public static final int LONGEST_BOUND = 500;

    private final Collection<Long> ids;
    /** The ids of a long list, to filter the rows read; null for a short one, which the SQL filters. */
    private final Set<Long> wanted;

    private IdList(Collection<Long> ids) {
        this.ids = ids;
        this.wanted = ids.size() > LONGEST_BOUND ? new HashSet<>(ids) : null;
    }

    public static IdList of(Collection<Long> ids) {
        return new IdList(ids);
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /** {@code " where column in (:ids)"}, or nothing for a long list. */
    public String where(String column) {
        return wanted == null ? " where " + column + " in (:ids)" : "";
    }

    /** {@code " and column in (:ids)"}, or nothing for a long list. */
    public String and(String column) {
        return wanted == null ? " and " + column + " in (:ids)" : "";
    }

    /** Binds {@code :ids} when the SQL names it (a short list). */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return wanted == null ? statement.param("ids", ids) : statement;
    }

    /** The rows read whose id is in the list (all of them for a short list, which the SQL narrowed). */
    public <T> List<T> keep(List<T> rows, ToLongFunction<T> id) {
        return wanted == null ? rows : rows.stream().filter(row -> wanted.contains(id.applyAsLong(row))).toList();
    }

    /** Whether a row read for this id is wanted. */
    public boolean keeps(long id) {
        return wanted == null || wanted.contains(id);
    }
}
