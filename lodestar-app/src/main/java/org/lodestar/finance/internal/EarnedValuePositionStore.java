package org.lodestar.finance.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.IdList;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Earned value positions of projects with a budget or costs as last computed ({@code earned_value_position}),
 * with what they came from, and their monthly curves apart ({@code earned_value_curve}): computed health reads every
 * position on each dashboard read, the roll-up alone the curves.
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

    /**
     * A position's monthly curves, which the roll-up adds up: where its planned value came from (BASELINE, BUDGET),
     * and the planned value and the cost of each month from {@code first} on.
     */
    public record Curve(String source, YearMonth first, double[] pvByMonth, double[] acByMonth) {
    }

    /** A position with its curves, to store. */
    public record Computed(Stored position, Curve curve) {
    }

    /**
     * A project with a budget or costs: its finance inputs' version ({@link FinanceInputs}) and its stored position
     * (null: none).
     */
    public record Tracked(long project, long inputsVersion, Stored stored) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    EarnedValuePositionStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Those of the projects (all of them when {@code projects} is null) that have a budget, or with
     * {@code orCosts} a budget or costs, in project order.
     */
    public List<Tracked> tracked(IdList projects, boolean orCosts) {
        if (projects != null && projects.isEmpty()) return List.of();
        String sql = "select i.project, i.version, p.inputs, p.rates, p.dated_on, p.status_date, p.earned, p.bac, "
                + "p.pv, p.ev, p.ac from finance_inputs i "
                + "left join earned_value_position p on p.project = i.project "
                + "where (i.budgeted" + (orCosts ? " or i.costed)" : ")")
                + (projects == null ? "" : projects.and("i.project")) + " order by i.project";
        List<Tracked> tracked = new ArrayList<>();
        (projects == null ? jdbc.sql(sql) : projects.bind(jdbc.sql(sql))).query((RowCallbackHandler) rs -> {
            long project = rs.getLong(1);
            if (projects != null && !projects.keeps(project)) return;
            long inputs = rs.getLong(3);
            Stored stored = rs.wasNull() ? null : new Stored(project, inputs, rs.getObject(4, Long.class),
                    rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getBoolean(7),
                    rs.getDouble(8), rs.getDouble(9), rs.getDouble(10), rs.getDouble(11));
            tracked.add(new Tracked(project, rs.getLong(2), stored));
        });
        return tracked;
    }

    /** The stored curves of those of the projects that have a stored position. */
    public Map<Long, Curve> curves(IdList projects) {
        if (projects.isEmpty()) return Map.of();
        Map<Long, Curve> curves = new HashMap<>();
        projects.bind(jdbc.sql("select project, source, first_month, pv_by_month, ac_by_month "
                        + "from earned_value_curve" + projects.where("project")))
                .query((RowCallbackHandler) rs -> {
                    if (!projects.keeps(rs.getLong(1))) return;
                    curves.put(rs.getLong(1), new Curve(rs.getString(2),
                            YearMonth.from(rs.getObject(3, LocalDate.class)), numbers(rs.getString(4)),
                            numbers(rs.getString(5))));
                });
        return curves;
    }

    /** Numbers written with {@link Double#toString}, which reads back to the same double. */
    static String text(double[] numbers) {
        StringBuilder text = new StringBuilder(numbers.length * 10);
        for (int i = 0; i < numbers.length; i++) {
            if (i > 0) text.append(',');
            text.append(numbers[i]);
        }
        return text.toString();
    }

    static double[] numbers(String text) {
        if (text.isEmpty()) return new double[0];
        String[] parts = text.split(",");
        double[] numbers = new double[parts.length];
        for (int i = 0; i < parts.length; i++) numbers[i] = Double.parseDouble(parts[i]);
        return numbers;
    }

    /**
     * Stores these positions in place of the projects' earlier ones, in a transaction of its own. A position that
     * cannot be stored (its project was deleted meanwhile, or another node stored it first) is left out: the next
     * read computes it again.
     */
    public void save(List<Computed> positions, Instant at) {
        try {
            ownTransaction.executeWithoutResult(status -> positions.forEach(position -> write(position, at)));
        } catch (DataIntegrityViolationException one) {
            for (Computed position : positions) {
                try {
                    ownTransaction.executeWithoutResult(status -> write(position, at));
                } catch (DataIntegrityViolationException skipped) {
                    // left out, as said above
                }
            }
        }
    }

    private void write(Computed position, Instant at) {
        var update = jdbc.sql("update earned_value_position set inputs = :inputs, rates = :rates, dated_on = :dated, "
                + "status_date = :status, earned = :earned, bac = :bac, pv = :pv, ev = :ev, ac = :ac, computed_at = :at "
                + "where project = :project");
        if (bind(update, position, at).update() == 1) {
            bind(jdbc.sql("update earned_value_curve set source = :source, first_month = :first, pv_by_month = :pvs, "
                    + "ac_by_month = :acs where project = :project"), position, at).update();
            return;
        }
        bind(jdbc.sql("insert into earned_value_position (project, inputs, rates, dated_on, status_date, earned, bac, "
                + "pv, ev, ac, computed_at) values (:project, :inputs, :rates, :dated, :status, :earned, :bac, :pv, "
                + ":ev, :ac, :at)"), position, at).update();
        bind(jdbc.sql("insert into earned_value_curve (project, source, first_month, pv_by_month, ac_by_month) "
                + "values (:project, :source, :first, :pvs, :acs)"), position, at).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Computed computed, Instant at) {
        Stored position = computed.position();
        Curve curve = computed.curve();
        return statement.param("project", position.project()).param("inputs", position.inputs())
                .param("source", curve.source()).param("first", curve.first().atDay(1))
                .param("pvs", text(curve.pvByMonth())).param("acs", text(curve.acByMonth()))
                .param("rates", position.rates(), java.sql.Types.BIGINT)
                .param("dated", position.datedOn(), java.sql.Types.DATE).param("status", position.statusDate())
                .param("earned", position.earned()).param("bac", position.bac()).param("pv", position.pv())
                .param("ev", position.ev()).param("ac", position.ac()).param("at", Timestamp.from(at));
    }
}
