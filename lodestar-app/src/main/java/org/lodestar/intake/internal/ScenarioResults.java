package org.lodestar.intake.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lodestar.engine.select.Selection;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last solve of each scenario ({@code scenario_result}), keyed by the fingerprint of its inputs and shared by
 * every node. Each call runs in a transaction of its own, committed at once, so that other nodes see a claim or a
 * result as soon as it is made.
 */
@Repository
public class ScenarioResults {

    /** A scenario's last solve: being solved ({@code selection} null) or solved. */
    public record Solve(String fingerprint, boolean solving, String node, Instant startedAt, int limitMs,
                        Long bestObjective, Selection selection, long millis) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    ScenarioResults(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Optional<Solve> find(long scenario) {
        return ownTransaction.execute(status -> jdbc.sql("""
                        select fingerprint, state, node, started_at, limit_ms, best_objective, status, objective, bound,
                               options, millis
                        from scenario_result where scenario = :scenario""")
                .param("scenario", scenario)
                .query((rs, n) -> {
                    boolean solving = "SOLVING".equals(rs.getString("state"));
                    Selection selection = solving ? null : new Selection(options(rs.getString("options")),
                            rs.getLong("objective"), rs.getDouble("bound"), Selection.Status.valueOf(rs.getString("status")));
                    long best = rs.getLong("best_objective");
                    return new Solve(rs.getString("fingerprint"), solving, rs.getString("node"),
                            rs.getTimestamp("started_at").toInstant(), rs.getInt("limit_ms"),
                            rs.wasNull() ? null : best, selection, rs.getLong("millis"));
                }).optional());
    }

    /**
     * Claims the solve of these inputs for {@code node}: wins when the row holds other inputs, or the same inputs
     * in a solve started before {@code abandonedBefore} (its node stopped), or when there is no row yet (of two
     * nodes inserting it, the primary key lets one through). Exactly one of concurrent claimers wins.
     */
    public boolean claim(long scenario, String fingerprint, String node, Instant now, int limitMs,
                         Instant abandonedBefore) {
        return Boolean.TRUE.equals(ownTransaction.execute(status -> {
            int taken = jdbc.sql("""
                            update scenario_result set fingerprint = :fingerprint, state = 'SOLVING', node = :node,
                                   started_at = :now, limit_ms = :limit, best_objective = null, status = null,
                                   objective = null, bound = null, options = null, millis = null
                            where scenario = :scenario
                              and (fingerprint <> :fingerprint or (state = 'SOLVING' and started_at < :abandoned))""")
                    .param("fingerprint", fingerprint).param("node", node).param("now", Timestamp.from(now))
                    .param("limit", limitMs).param("scenario", scenario)
                    .param("abandoned", Timestamp.from(abandonedBefore)).update();
            if (taken == 1) return true;
            boolean known = jdbc.sql("select count(*) from scenario_result where scenario = :scenario")
                    .param("scenario", scenario).query(Long.class).single() > 0;
            if (known) return false;
            try {
                return jdbc.sql("""
                                insert into scenario_result (scenario, fingerprint, state, node, started_at, limit_ms)
                                values (:scenario, :fingerprint, 'SOLVING', :node, :now, :limit)""")
                        .param("scenario", scenario).param("fingerprint", fingerprint).param("node", node)
                        .param("now", Timestamp.from(now)).param("limit", limitMs).update() == 1;
            } catch (DataIntegrityViolationException claimedMeanwhile) {
                return false;
            }
        }));
    }

    /** The best objective found so far by the solve this node claimed. */
    public void progress(long scenario, String fingerprint, String node, long bestObjective) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                        update scenario_result set best_objective = :best
                        where scenario = :scenario and fingerprint = :fingerprint and node = :node and state = 'SOLVING'""")
                .param("best", bestObjective).param("scenario", scenario).param("fingerprint", fingerprint)
                .param("node", node).update());
    }

    /** Stores the answer of the solve this node claimed (unless another node took it over meanwhile). */
    public void solved(long scenario, String fingerprint, String node, Selection selection, long millis) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                        update scenario_result set state = 'SOLVED', status = :status, objective = :objective,
                               bound = :bound, options = :options, millis = :millis
                        where scenario = :scenario and fingerprint = :fingerprint and node = :node and state = 'SOLVING'""")
                .param("status", selection.status().name()).param("objective", selection.value())
                .param("bound", Double.isNaN(selection.bound()) ? 0.0 : selection.bound())
                .param("options", Arrays.stream(selection.options()).mapToObj(Integer::toString)
                        .collect(Collectors.joining(",")))
                .param("millis", millis).param("scenario", scenario).param("fingerprint", fingerprint)
                .param("node", node).update());
    }

    /** Gives up the solve this node claimed (it failed), so that the next read tries again. */
    public void abandon(long scenario, String fingerprint, String node) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                        delete from scenario_result
                        where scenario = :scenario and fingerprint = :fingerprint and node = :node and state = 'SOLVING'""")
                .param("scenario", scenario).param("fingerprint", fingerprint).param("node", node).update());
    }

    private static int[] options(String text) {
        if (text == null || text.isEmpty()) return new int[0];
        return Arrays.stream(text.split(",")).mapToInt(Integer::parseInt).toArray();
    }
}
