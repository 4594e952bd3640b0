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

    BudgetLineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return keys.getKey().longValue();
    }

    /** Whether the project has any line at all. */
    public boolean hasAny(long project) {
        return jdbc.sql("select count(*) from budget_line where project = :p").param("p", project).query(Long.class)
                .single() > 0;
    }

    /** Whether any project has a budget line (the demo fills an empty database only). */
    public boolean anyAtAll() {
        return jdbc.sql("select count(*) from budget_line").query(Long.class).single() > 0;
    }
}
