package org.lodestar.finance.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lodestar.platform.IdList;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Budgeted projects' earned value positions as last computed ({@code earned_value_position}), with what they came
 * from.
 */
@Component
public class EarnedValuePositionStore {

    /**
     * A position: the stamp of the inputs it was computed from, that of the resources' rates (null: no assignment
     * weighed the tasks), the day it was computed for (null: the plan's status date dated it), and the result.
     */
    public record Stored(long project, long inputs, Long rates, LocalDate datedOn, LocalDate statusDate,
                         boolean earned, double bac, double pv, double ev, double ac) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    EarnedValuePositionStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A budgeted project: its finance inputs' version ({@link FinanceInputs}) and its stored position, if any. */
    public record Budgeted(long project, long inputsVersion, Stored stored) {
    }

    /** Those of the projects that have a budget (all of them when {@code projects} is null), in project order. */
    public List<Budgeted> budgeted(IdList projects) {
        String sql = "select i.project, i.version, p.inputs, p.rates, p.dated_on, p.status_date, p.earned, p.bac, "
                + "p.pv, p.ev, p.ac from finance_inputs i left join earned_value_position p on p.project = i.project "
                + "where i.budgeted" + (projects == null ? "" : projects.and("i.project")) + " order by i.project";
        List<Budgeted> budgeted = new ArrayList<>();
        (projects == null ? jdbc.sql(sql) : projects.bind(jdbc.sql(sql))).query((RowCallbackHandler) rs -> {
            long project = rs.getLong(1);
            if (projects != null && !projects.keeps(project)) return;
            long inputs = rs.getLong(3);
            Stored stored = rs.wasNull() ? null : new Stored(project, inputs, rs.getObject(4, Long.class),
                    rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getBoolean(7),
                    rs.getDouble(8), rs.getDouble(9), rs.getDouble(10), rs.getDouble(11));
            budgeted.add(new Budgeted(project, rs.getLong(2), stored));
        });
        return budgeted;
    }

    /**
     * Stores these positions in place of the projects' earlier ones, in a transaction of its own. A position that
     * cannot be stored (its project was deleted meanwhile, or another node stored it first) is left out: the next
     * read computes it again.
     */
    public void save(List<Stored> positions, Instant at) {
        try {
            ownTransaction.executeWithoutResult(status -> positions.forEach(position -> write(position, at)));
        } catch (DataIntegrityViolationException one) {
            for (Stored position : positions) {
                try {
                    ownTransaction.executeWithoutResult(status -> write(position, at));
                } catch (DataIntegrityViolationException skipped) {
                    // left out, as said above
                }
            }
        }
    }

    private void write(Stored position, Instant at) {
        String columns = "inputs = :inputs, rates = :rates, dated_on = :dated, status_date = :status, "
                + "earned = :earned, bac = :bac, pv = :pv, ev = :ev, ac = :ac, computed_at = :at";
        var update = jdbc.sql("update earned_value_position set " + columns + " where project = :project");
        if (bind(update, position, at).update() == 1) return;
        var insert = jdbc.sql("insert into earned_value_position (project, inputs, rates, dated_on, status_date, "
                + "earned, bac, pv, ev, ac, computed_at) values (:project, :inputs, :rates, :dated, :status, :earned, "
                + ":bac, :pv, :ev, :ac, :at)");
        bind(insert, position, at).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Stored position, Instant at) {
        return statement.param("project", position.project()).param("inputs", position.inputs())
                .param("rates", position.rates(), java.sql.Types.BIGINT)
                .param("dated", position.datedOn(), java.sql.Types.DATE).param("status", position.statusDate())
                .param("earned", position.earned()).param("bac", position.bac()).param("pv", position.pv())
                .param("ev", position.ev()).param("ac", position.ac()).param("at", Timestamp.from(at));
    }
}
