package org.lodestar.finance.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The version of each project's finance inputs ({@code finance_inputs}): raised by the stores in the transaction of
 * every change to a budget line, an actual cost, an earning method or an earning milestone, so that a position kept
 * from them can tell it is out of date.
 */
@Component
public class FinanceInputs {

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    FinanceInputs(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** What changed. */
    enum Input { BUDGET_LINE, ACTUAL_COST, EARNING_METHOD }

    /** Raises the project's version (the first change creates its row). */
    void changed(long project, Input input) {
        if (raise(project, input)) return;
        try {
            // a savepoint, so that losing the race to create the row leaves the caller's transaction usable
            savepoint.executeWithoutResult(status -> jdbc.sql("insert into finance_inputs "
                            + "(project, version, budgeted, costed) values (:p, 1, :b, :c)")
                    .param("p", project).param("b", input == Input.BUDGET_LINE)
                    .param("c", input == Input.ACTUAL_COST).update());
        } catch (DuplicateKeyException raced) {
            raise(project, input);
        }
    }

    private boolean raise(long project, Input input) {
        return jdbc.sql("update finance_inputs set version = version + 1, budgeted = (budgeted or :b), "
                        + "costed = (costed or :c) where project = :p")
                .param("p", project).param("b", input == Input.BUDGET_LINE).param("c", input == Input.ACTUAL_COST)
                .update() == 1;
    }

    /** How many exchange rates are stored: rates are only ever added, so the count changes with every new one. */
    public long exchangeRates() {
        return jdbc.sql("select count(*) from exchange_rate").query(Long.class).single();
    }
}
