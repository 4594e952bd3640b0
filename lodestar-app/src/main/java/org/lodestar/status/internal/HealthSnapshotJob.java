package org.lodestar.status.internal;

import java.time.Duration;
import org.lodestar.platform.JobLock;
import org.lodestar.status.HealthSnapshot;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes the snapshot of computed health ({@link HealthSnapshot#take}) every minute, on whichever node takes the
 * job's lock ({@link JobLock}).
 */
@Component
class HealthSnapshotJob {

    static final String JOB = "health-snapshot";

    private final JobLock lock;
    private final HealthSnapshot snapshot;
    private final boolean enabled;

    HealthSnapshotJob(JobLock lock, HealthSnapshot snapshot,
                      @Value("${lodestar.status.health-snapshot:true}") boolean enabled) {
        this.lock = lock;
        this.snapshot = snapshot;
        this.enabled = enabled;
    }

    @Scheduled(cron = "${lodestar.status.health-snapshot-cron:40 * * * * *}")
    void run() {
        if (!enabled) return;
        lock.runExclusively(JOB, Duration.ofSeconds(50), snapshot::take);
    }
}
