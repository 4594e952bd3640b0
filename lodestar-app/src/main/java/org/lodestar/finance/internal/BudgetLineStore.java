package org.lodestar.finance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Projects' budget lines ({@code budget_line}). */
@Component
public class BudgetLineStore {

    private final JdbcClient jdbc;
    private final FinanceInputs inputs;

    BudgetLineStore(JdbcClient jdbc, FinanceInputs inputs) {
        this.jdbc = jdbc;
        this.inputs = inputs;
    }

    public record Stored(long id, String category, LocalDate month, String kind, BigDecimal amount, String note) {
    }

    public List<Stored> forProject(long project) {
        return jdbc.sql("select id, category, period_month, kind, amount, note from budget_line where project = :p "
                        + "order by period_month, category, id")
                .param("p", project)
                .query((rs, row) -> new Stored(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getBigDecimal(5), rs.getString(6)))
                .list();
    }

    public boolean hasOriginal(long project, String category, LocalDate month) {
        return jdbc.sql("select count(*) from budget_line where project = :p and category = :c "
                        + "and period_month = :m and kind = 'ORIGINAL'")
                .param("p", project).param("c", category).param("m", month).query(Long.class).single() > 0;
    }

    public long insert(long project, String category, LocalDate month, String kind, BigDecimal amount, String note) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into budget_line (project, category, period_month, kind, amount, note) "
                        + "values (:p, :c, :m, :k, :a, :n)")
                .param("p", project).param("c", category).param("m", month).param("k", kind).param("a", amount)
                .param("n", note)
                .update(keys, "id");
        inputs.changed(project, FinanceInputs.Input.BUDGET_LINE);
        return keys.getKey().longValue();
    }

    /**
     * Stores a line fed by another module's event, named by its {@code source} (unique per project), if the project
     * still exists (an event may be heard after its project was deleted); returns its id, or empty when the project
     * is gone.
     */
    public java.util.Optional<Long> insertFed(long project, String category, LocalDate month, String kind,
                                              BigDecimal amount, String note, String source) {
        int inserted = jdbc.sql("insert into budget_line (project, category, period_month, kind, amount, note, source) "
                        + "select :p, :c, :m, :k, :a, :n, :s from project where id = :p")
                .param("p", project).param("c", category).param("m", month).param("k", kind).param("a", amount)
                .param("n", note).param("s", source).update();
        if (inserted == 0) return java.util.Optional.empty();
        inputs.changed(project, FinanceInputs.Input.BUDGET_LINE);
        return java.util.Optional.of(jdbc.sql("select id from budget_line where project = :p and source = :s")
                .param("p", project).param("s", source).query(Long.class).single());
    }

    /** Whether a line fed from this source is already on the project's budget. */
    public boolean hasSource(long project, String source) {
        return jdbc.sql("select count(*) from budget_line where project = :p and source = :s")
                .param("p", project).param("s", source).query(Long.class).single() > 0;
    }

    /** Whether the project has any line at all. */
    public boolean hasAny(long project) {
        return jdbc.sql("select count(*) from budget_line where project = :p").param("p", project).query(Long.class)
                .single() > 0;
    }

    /**
     * Whether any project has a budget line entered by a person (the demo fills an empty database only; lines fed by
     * events, such as a demo request converted before the finance demo ran, do not count).
     */
    public boolean anyAtAll() {
        return jdbc.sql("select count(*) from budget_line where source is null").query(Long.class).single() > 0;
    }
}
