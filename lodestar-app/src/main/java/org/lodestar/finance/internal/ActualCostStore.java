package org.lodestar.finance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Projects' actual costs ({@code actual_cost}). */
@Component
public class ActualCostStore {

    private final JdbcClient jdbc;
    private final FinanceInputs inputs;

    ActualCostStore(JdbcClient jdbc, FinanceInputs inputs) {
        this.jdbc = jdbc;
        this.inputs = inputs;
    }

    /** A cost; {@code supplier} and {@code invoice} are set when it is a supplier's invoice. */
    public record Stored(long id, LocalDate postedOn, String category, BigDecimal amount, String reference,
                         Long supplier, String invoice) {
    }

    public List<Stored> forProject(long project) {
        return jdbc.sql("select id, posted_on, category, amount, reference, supplier, invoice from actual_cost "
                        + "where project = :p order by posted_on, id")
                .param("p", project)
                .query((rs, row) -> new Stored(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getBigDecimal(4), rs.getString(5), rs.getObject(6, Long.class), rs.getString(7)))
                .list();
    }

    /** Stores a supplier's invoice as a cost; returns its id. */
    public long insertInvoice(long project, LocalDate postedOn, String category, BigDecimal amount, String reference,
                              long supplier, String invoice) {
        return insertInvoice(project, postedOn, category, amount, reference, supplier, invoice, null);
    }

    /** Stores a supplier's invoice as a cost, matched to a purchase order when one is given; returns its id. */
    public long insertInvoice(long project, LocalDate postedOn, String category, BigDecimal amount, String reference,
                              long supplier, String invoice, Long purchaseOrder) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into actual_cost (project, posted_on, category, amount, reference, supplier, invoice, "
                        + "purchase_order) values (:p, :d, :c, :a, :r, :s, :i, :o)")
                .param("p", project).param("d", postedOn).param("c", category).param("a", amount)
                .param("r", reference).param("s", supplier).param("i", invoice).param("o", purchaseOrder)
                .update(keys, "id");
        inputs.changed(project, FinanceInputs.Input.ACTUAL_COST);
        return keys.getKey().longValue();
    }

    public Set<String> references(long project) {
        return new HashSet<>(jdbc.sql("select reference from actual_cost where project = :p")
                .param("p", project).query(String.class).list());
    }

    public void insert(long project, LocalDate postedOn, String category, BigDecimal amount, String reference) {
        jdbc.sql("insert into actual_cost (project, posted_on, category, amount, reference) "
                        + "values (:p, :d, :c, :a, :r)")
                .param("p", project).param("d", postedOn).param("c", category).param("a", amount)
                .param("r", reference).update();
        inputs.changed(project, FinanceInputs.Input.ACTUAL_COST);
    }

    /** Stores a cost posted against a plan task (a timesheet's hours on the task). */
    public void insertForTask(long project, LocalDate postedOn, String category, BigDecimal amount, String reference,
                              long task) {
        jdbc.sql("insert into actual_cost (project, posted_on, category, amount, reference, task) "
                        + "values (:p, :d, :c, :a, :r, :t)")
                .param("p", project).param("d", postedOn).param("c", category).param("a", amount)
                .param("r", reference).param("t", task).update();
        inputs.changed(project, FinanceInputs.Input.ACTUAL_COST);
    }

    /** The project's costs that name a plan task: cost id → task id. */
    public Map<Long, Long> tasks(long project) {
        Map<Long, Long> tasks = new HashMap<>();
        jdbc.sql("select id, task from actual_cost where project = :p and task is not null")
                .param("p", project)
                .query((rs, row) -> tasks.put(rs.getLong(1), rs.getLong(2))).list();
        return tasks;
    }

    /** Whether the project has any line at all. */
    public boolean hasAny(long project) {
        return jdbc.sql("select count(*) from actual_cost where project = :p").param("p", project).query(Long.class)
                .single() > 0;
    }
}
