package org.lodestar.timesheets.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.lodestar.platform.JobLock;
import org.lodestar.timesheets.TimesheetReminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds people of last week's missing timesheets every Monday morning, on whichever node takes the job's lock
 * first ({@link JobLock}, leased for six days, so one round a week across nodes); reminders go out once per person
 * and week, so a round that runs twice sends nothing twice.
 */
@Component
class TimesheetReminderJob {

    private static final Logger log = LoggerFactory.getLogger(TimesheetReminderJob.class);
    static final String JOB = "timesheet-reminders";

    private final JobLock lock;
    private final TimesheetReminders reminders;
    private final Clock clock;
    private final boolean enabled;

    TimesheetReminderJob(JobLock lock, TimesheetReminders reminders, Clock clock,
                         @Value("${lodestar.timesheets.reminders:true}") boolean enabled) {
        this.lock = lock;
        this.reminders = reminders;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Scheduled(cron = "${lodestar.timesheets.reminders-cron:0 0 9 * * MON}")
    void run() {
        if (!enabled) return;
        lock.runExclusively(JOB, Duration.ofDays(6), () -> {
            int sent = reminders.remind(LocalDate.now(clock));
            if (sent > 0) log.info("Sent {} timesheet reminders.", sent);
        });
    }
}
