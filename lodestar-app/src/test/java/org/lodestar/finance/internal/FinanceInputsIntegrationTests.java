package org.lodestar.finance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lodestar.portfolio.ProjectFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The version of a project's finance inputs: raised by every change, and created by the first, even when two first
 * changes run at once (the second's insert loses to the first's key, and its transaction goes on to raise it).
 */
class FinanceInputsIntegrationTests extends PageTestSupport {

    @Autowired
    FinanceInputs inputs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private long project(String name) {
        Api.Response created = Api.as(port, "pmo").post("/api/v1/projects",
                ProjectFixtures.json(ProjectFixtures.newProject(name, 1)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** The project's row, as "version budgeted costed". */
    private String row(long project) {
        return jdbc.sql("select version, budgeted, costed from finance_inputs where project = :p")
                .param("p", project)
                .query((rs, n) -> rs.getLong(1) + " " + rs.getBoolean(2) + " " + rs.getBoolean(3)).single();
    }

    @Test
    void everyChangeRaisesTheVersionAndNamesWhatTheProjectHas() {
        long project = project("Finance inputs, one at a time");
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        transaction.executeWithoutResult(status -> inputs.changed(project, FinanceInputs.Input.EARNING_METHOD));
        assertThat(row(project)).isEqualTo("1 false false");
        transaction.executeWithoutResult(status -> inputs.changed(project, FinanceInputs.Input.ACTUAL_COST));
        transaction.executeWithoutResult(status -> inputs.changed(project, FinanceInputs.Input.BUDGET_LINE));
        transaction.executeWithoutResult(status -> inputs.changed(project, FinanceInputs.Input.EARNING_METHOD));

        assertThat(row(project)).isEqualTo("4 true true");
    }

    @Test
    void twoFirstChangesAtOnceAreBothCountedAndNeitherFails() throws Exception {
        long project = project("Finance inputs, two at once");
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> transaction.executeWithoutResult(status -> {
                inputs.changed(project, FinanceInputs.Input.BUDGET_LINE);
                firstInserted.countDown();
                await(commitFirst);
            }));
            assertThat(firstInserted.await(30, TimeUnit.SECONDS)).isTrue();
            // the second finds no row to raise and inserts one, which waits for the first's uncommitted key
            Future<?> second = threads.submit(() -> transaction.executeWithoutResult(
                    status -> inputs.changed(project, FinanceInputs.Input.ACTUAL_COST)));
            Thread.sleep(500);
            commitFirst.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertThat(row(project)).isEqualTo("2 true true");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
