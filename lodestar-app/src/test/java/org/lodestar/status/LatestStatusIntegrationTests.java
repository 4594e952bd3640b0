package org.lodestar.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.status.StatusFixtures.activeProjectOfPm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lodestar.engine.health.Rag;
import org.lodestar.platform.People;
import org.lodestar.platform.RunAs;
import org.lodestar.status.internal.LatestStatus;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's pre-aggregate, {@code status_latest}: one row per project kept current in the transaction that
 * submits or publishes, so it must follow publishing in any order, corrections, and writers racing each other.
 */
class LatestStatusIntegrationTests extends PageTestSupport {

    private static final LocalDate FIRST = LocalDate.of(2026, 3, 6);
    private static final LocalDate SECOND = FIRST.plusWeeks(1);

    @Autowired
    People people;

    @Autowired
    RunAs runAs;

    @Autowired
    StatusReports reports;

    @Autowired
    LatestStatus latest;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aLaterPeriodBecomesTheLatestAndAnEarlierOnePublishedAfterItOnlyJoinsTheTrend() {
        long project = activeProjectOfPm(port, people, "Latest in any order", 100_000);
        publish(submit(draft(project, SECOND, Rag.GREEN)));
        publish(submit(draft(project, FIRST, Rag.RED)));

        LatestStatus.Latest row = latest.find(List.of(project)).get(project);
        assertThat(row.periodEnd()).isEqualTo(SECOND);
        assertThat(row.overall()).isEqualTo(Rag.GREEN);
        assertThat(row.lastSubmittedPeriod()).isEqualTo(SECOND);
        assertThat(recent(row)).containsExactly(SECOND + "=GREEN", FIRST + "=RED");
    }

    @Test
    void aPublishedCorrectionReplacesTheRevisionItSupersedesEverywhere() {
        long project = activeProjectOfPm(port, people, "Latest corrected", 100_000);
        ReportView original = publish(submit(draft(project, FIRST, Rag.AMBER)));
        ReportView correction = runAs.call("pm", () -> {
            ReportView revision = reports.revise(original.id());
            return reports.edit(revision.id(), command(Rag.RED, revision.version()));
        });
        ReportView published = publish(submit(correction));

        LatestStatus.Latest row = latest.find(List.of(project)).get(project);
        assertThat(row.report()).isEqualTo(published.id());
        assertThat(row.overall()).isEqualTo(Rag.RED);
        assertThat(recent(row)).as("the superseded revision leaves the trend").containsExactly(FIRST + "=RED");
        assertThat(runAs.call("pmo", () -> reports.get(original.id())).superseded()).isTrue();
    }

    @Test
    void twoFirstReportsOfAProjectSubmittedAtOnceBothLand() throws Exception {
        long project = activeProjectOfPm(port, people, "Latest first race", 100_000);
        ReportView first = draft(project, FIRST, Rag.GREEN);
        ReportView second = draft(project, SECOND, Rag.AMBER);
        CountDownLatch firstInserted = new CountDownLatch(1);
        // the first submit inserts the project's row and holds its transaction open while the second runs
        CompletableFuture<ReportView> holder = CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactions)
                .execute(status -> runAs.call("pm", () -> {
                    ReportView submitted = reports.submit(first.id(), first.version());
                    firstInserted.countDown();
                    pause(1_500);
                    return submitted;
                })));
        assertThat(firstInserted.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<ReportView> racer = CompletableFuture.supplyAsync(() ->
                runAs.call("pm", () -> reports.submit(second.id(), second.version())));

        assertThat(holder.get(60, TimeUnit.SECONDS).state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(racer.get(60, TimeUnit.SECONDS).state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(latest.find(List.of(project)).get(project).lastSubmittedPeriod()).isEqualTo(SECOND);
    }

    @Test
    void reportsOfOneProjectPublishedAtOnceLeaveTheLatestPeriodAndTheWholeTrend() throws Exception {
        long project = activeProjectOfPm(port, people, "Latest publish race", 100_000);
        List<ReportView> submitted = new ArrayList<>();
        for (int week = 0; week < 4; week++) {
            submitted.add(submit(draft(project, FIRST.plusWeeks(week), week % 2 == 0 ? Rag.GREEN : Rag.RED)));
        }
        CyclicBarrier start = new CyclicBarrier(submitted.size());
        List<CompletableFuture<ReportView>> publishing = new ArrayList<>();
        for (ReportView report : submitted) {
            publishing.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return publish(report);
            }));
        }
        for (CompletableFuture<ReportView> each : publishing) {
            assertThat(each.get(60, TimeUnit.SECONDS).state()).isEqualTo(ReportState.PUBLISHED);
        }

        LatestStatus.Latest row = latest.find(List.of(project)).get(project);
        LocalDate last = FIRST.plusWeeks(3);
        assertThat(row.periodEnd()).isEqualTo(last);
        assertThat(row.report()).isEqualTo(submitted.get(3).id());
        assertThat(row.overall()).isEqualTo(Rag.RED);
        assertThat(recent(row)).containsExactly(last + "=RED", FIRST.plusWeeks(2) + "=GREEN",
                FIRST.plusWeeks(1) + "=RED", FIRST + "=GREEN");
    }

    private ReportView draft(long project, LocalDate period, Rag overall) {
        return runAs.call("pm", () -> {
            ReportView started = reports.start(project, period);
            return reports.edit(started.id(), command(overall, started.version()));
        });
    }

    private ReportView submit(ReportView draft) {
        return runAs.call("pm", () -> reports.submit(draft.id(), draft.version()));
    }

    private ReportView publish(ReportView submitted) {
        return runAs.call("pmo", () -> reports.publish(submitted.id(), submitted.version()));
    }

    private static ReportCommand command(Rag overall, long version) {
        Rating green = new Rating(Rag.GREEN, null);
        return new ReportCommand(new Rating(overall, overall == Rag.GREEN ? null : "As reported"), green, green,
                green, green, green, green, "Done", "Next", null, null, 50, BigDecimal.valueOf(1_000), null,
                BigDecimal.valueOf(90_000), List.of(), version);
    }

    private static List<String> recent(LatestStatus.Latest row) {
        List<String> recent = new ArrayList<>();
        row.forEachRecent((epochDay, rag) -> recent.add(LocalDate.ofEpochDay(epochDay) + "=" + rag));
        return recent;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
