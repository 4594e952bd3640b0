package org.lodestar.reporting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.lodestar.platform.JobLock;
import org.lodestar.reporting.ReportDistributions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails the distributions due today every morning, on whichever node takes the job's lock ({@link JobLock}, leased
 * for twenty hours: one round a day across nodes); a distribution sent today is not sent again.
 */
@Component
class DistributionJob {

    private static final Logger log = LoggerFactory.getLogger(DistributionJob.class);
    static final String JOB = "report-distribution";

    private final JobLock lock;
    private final ReportDistributions distributions;
    private final Clock clock;
    private final boolean enabled;

    DistributionJob(JobLock lock, ReportDistributions distributions, Clock clock,
                    @Value("${lodestar.reporting.distribution:true}") boolean enabled) {
        this.lock = lock;
        this.distributions = distributions;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Scheduled(cron = "${lodestar.reporting.distribution-cron:0 0 6 * * *}")
    void run() {
        if (!enabled) return;
        lock.runExclusively(JOB, Duration.ofHours(20), () -> {
            int sent = distributions.sendDue(LocalDate.now(clock));
            if (sent > 0) log.info("Mailed {} scheduled reports.", sent);
        });
    }
}
