package org.lodestar.status.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.lodestar.platform.JobLock;
import org.lodestar.platform.RunAs;
import org.lodestar.status.ReportingCycles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Sends the due and overdue reminders every hour on whichever node takes the job's lock first ({@link JobLock}); the
 * others skip that round. Reminders go out once per project and period, so a round that runs twice sends nothing
 * twice.
 */
@Component
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
    static final String JOB = "status-reminders";

    private final JobLock lock;
    private final Notifier notifier;
    private final ReportingCycles cycles;
    private final RunAs runAs;
    private final Clock clock;
    private final boolean enabled;

    ReminderJob(JobLock lock, Notifier notifier, ReportingCycles cycles, RunAs runAs, Clock clock,
                @Value("${lodestar.status.reminders:true}") boolean enabled) {
        this.lock = lock;
        this.notifier = notifier;
        this.cycles = cycles;
        this.runAs = runAs;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Scheduled(cron = "${lodestar.status.reminders-cron:0 5 * * * *}")
    void run() {
        if (!enabled) return;
        lock.runExclusively(JOB, Duration.ofMinutes(50), () -> {
            // the cycles name portfolios and programmes, which are read with someone's rights: the administrator's
            int sent;
            try {
                sent = runAs.call("admin", () -> notifier.remind(cycles.activeCycles(), LocalDate.now(clock)));
            } catch (UsernameNotFoundException firstStartNotDone) {
                log.info("Status report reminders wait: the first start has not made the administrator yet.");
                return;
            }
            if (sent > 0) log.info("Sent {} status report reminders.", sent);
        });
    }
}
