package org.lodestar.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs scheduled work on one node at a time when every node schedules it: a round runs only on the node that moves
 * the job's {@code job_lock} row forward (a conditional {@code UPDATE}, which exactly one node wins), and the
 * others skip that round. Each round is counted in the metrics: {@code lodestar.job.runs} (a timer, by job and
 * outcome {@code completed} or {@code failed}) on the node that ran it, {@code lodestar.job.skips} on the others.
 */
@Service
public class JobLock {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String node;
    private final MeterRegistry meters;

    JobLock(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, MeterRegistry meters) {
        this.meters = meters;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.node = NodeName.create(120);
    }

    /**
     * Runs the work if no node holds the job's lock, holding it for {@code lease} from now. The lease is not given
     * back when the work is done, so it is also the shortest time between two rounds (a job scheduled hourly on
     * every node leases a little less than an hour); when the work fails, the lock is freed for the next round.
     * The lock is taken and freed in transactions of its own, committed at once, so call this outside a transaction.
     *
     * @param name the job, at most 60 characters; its row is created at the first round
     * @return whether the work ran here
     */
    public boolean runExclusively(String name, Duration lease, Runnable work) {
        Instant now = Instant.now(clock);
        Instant until = now.plus(lease);
        if (!Boolean.TRUE.equals(ownTransaction.execute(status -> take(name, now, until)))) {
            meters.counter("lodestar.job.skips", "job", name).increment();
            return false;
        }
        Timer.Sample run = Timer.start(meters);
        try {
            work.run();
            run.stop(meters.timer("lodestar.job.runs", "job", name, "outcome", "completed"));
            return true;
        } catch (RuntimeException | Error failed) {
            run.stop(meters.timer("lodestar.job.runs", "job", name, "outcome", "failed"));
            ownTransaction.executeWithoutResult(status -> free(name, until));
            throw failed;
        }
    }

    private boolean take(String name, Instant now, Instant until) {
        int taken = jdbc.sql("update job_lock set locked_until = :until, locked_by = :node "
                        + "where name = :job and locked_until < :now")
                .param("until", Timestamp.from(until)).param("node", node).param("job", name)
                .param("now", Timestamp.from(now)).update();
        if (taken == 1) return true;
        boolean known = jdbc.sql("select count(*) from job_lock where name = :job").param("job", name)
                .query(Long.class).single() > 0;
        if (known) return false;
        try {
            // the first round of a new job: of two nodes inserting its row, the primary key lets one through
            return jdbc.sql("insert into job_lock (name, locked_until, locked_by) values (:job, :until, :node)")
                    .param("job", name).param("until", Timestamp.from(until)).param("node", node).update() == 1;
        } catch (DataIntegrityViolationException takenMeanwhile) {
            return false;
        }
    }

    private void free(String name, Instant until) {
        jdbc.sql("update job_lock set locked_until = :past where name = :job and locked_by = :node "
                        + "and locked_until = :until")
                .param("past", Timestamp.from(Instant.EPOCH)).param("job", name).param("node", node)
                .param("until", Timestamp.from(until)).update();
    }
}
