package org.lodestar.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the start-up work one node at a time: before the first application runner (the first administrator, the
 * demo organisation and every module's demo loader, which each look whether their data is there yet), a node locks
 * the {@code start_lock} row ({@code select ... for update}, which H2 and PostgreSQL both hold until the
 * transaction ends) on a connection of its own, and gives it back once the application is ready (or stops). Two
 * nodes started together on an empty database thus create the demo once: the second waits, then finds it loaded.
 * Flyway's migrations before it are already guarded by Flyway's own lock.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstStartLock implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FirstStartLock.class);
    /** How long a node waits for another one's start-up work (the demo takes well under a minute). */
    private static final Duration WAIT = Duration.ofMinutes(10);
    /** Lock wait timeouts: H2's (LOCK_TIMEOUT), PostgreSQL's (lock_timeout, statement_timeout): wait again. */
    private static final Set<String> BUSY = Set.of("HYT00", "55P03", "57014");

    private final DataSource dataSource;
    private Connection held;

    FirstStartLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments arguments) throws SQLException, InterruptedException {
        long began = System.nanoTime();
        long deadline = began + WAIT.toNanos();
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            while (true) {
                try (Statement statement = connection.createStatement()) {
                    statement.executeQuery("select name from start_lock where name = 'first-start' for update").close();
                    break;
                } catch (SQLException busy) {
                    connection.rollback();
                    if (!BUSY.contains(busy.getSQLState()) || System.nanoTime() > deadline) throw busy;
                    log.info("Another node is starting on this database; waiting for its start-up work.");
                    Thread.sleep(250);
                }
            }
        } catch (SQLException | InterruptedException | RuntimeException failed) {
            connection.close();
            throw failed;
        }
        synchronized (this) {
            held = connection;
        }
        long waited = (System.nanoTime() - began) / 1_000_000;
        if (waited > 1000) log.info("Took the start-up lock after waiting {} ms.", waited);
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void release() {
        if (held == null) return;
        try (Connection connection = held) {
            held = null;
            connection.commit();
        } catch (SQLException failed) {
            // closing the connection ends its transaction and frees the row all the same
            log.warn("Could not commit the start-up lock's transaction: {}", failed.getMessage());
        }
    }

    @Override
    public void destroy() {
        release();
    }
}
