package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

class JobLockIntegrationTests extends IntegrationTestSupport {

    @Autowired
    JobLock lock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void ofTwoNodesStartingTheSameRoundTogetherOneRunsIt() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(2);
        CountDownLatch loserDone = new CountDownLatch(1);
        // two beans, as two nodes have, on the one database
        List<JobLock> nodes = List.of(lock, new JobLock(jdbc, transactions, Clock.systemUTC(), new SimpleMeterRegistry()));

        List<CompletableFuture<Boolean>> callers = nodes.stream().map(node -> CompletableFuture.supplyAsync(() -> {
            await(start);
            boolean ran = node.runExclusively("test-concurrent", Duration.ofMinutes(5), () -> {
                rounds.incrementAndGet();
                // the winner holds the round until the other caller has given up: both were inside at once
                awaitLoser(loserDone);
            });
            if (!ran) loserDone.countDown();
            return ran;
        })).toList();

        List<Boolean> ran = callers.stream().map(CompletableFuture::join).toList();
        assertThat(ran).containsExactlyInAnyOrder(true, false);
        assertThat(rounds).hasValue(1);
    }

    @Test
    void theNextRoundRunsOnceTheLeaseHasRunOut() {
        MovableClock clock = new MovableClock(Instant.parse("2026-03-02T10:05:00Z"));
        JobLock node = new JobLock(jdbc, transactions, clock, new SimpleMeterRegistry());
        AtomicInteger rounds = new AtomicInteger();

        boolean first = node.runExclusively("test-lease", Duration.ofMinutes(50), rounds::incrementAndGet);
        clock.now = clock.now.plus(Duration.ofMinutes(49));
        boolean withinLease = node.runExclusively("test-lease", Duration.ofMinutes(50), rounds::incrementAndGet);
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        boolean afterLease = node.runExclusively("test-lease", Duration.ofMinutes(50), rounds::incrementAndGet);

        assertThat(List.of(first, withinLease, afterLease)).containsExactly(true, false, true);
        assertThat(rounds).hasValue(2);
    }

    @Test
    void aFailedRoundFreesTheLockForTheNext() {
        MovableClock clock = new MovableClock(Instant.parse("2026-03-02T10:05:00Z"));
        JobLock node = new JobLock(jdbc, transactions, clock, new SimpleMeterRegistry());

        assertThatThrownBy(() -> node.runExclusively("test-failure", Duration.ofMinutes(50), () -> {
            throw new IllegalStateException("mail server down");
        })).hasMessage("mail server down");
        clock.now = clock.now.plus(Duration.ofMinutes(1));

        assertThat(node.runExclusively("test-failure", Duration.ofMinutes(50), () -> { })).isTrue();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static void awaitLoser(CountDownLatch loserDone) {
        try {
            loserDone.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
