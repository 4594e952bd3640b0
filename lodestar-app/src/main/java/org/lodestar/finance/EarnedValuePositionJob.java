package org.lodestar.finance;

import java.time.Duration;
import org.lodestar.platform.JobLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Stores the earned value positions that are missing or out of date ({@link EarnedValuePositions#refresh}) every
 * minute, on whichever node takes the job's lock ({@link JobLock}), so that computed health reads stored positions:
 * after a change, within a minute; after midnight, those that no status date dates. Until then a read computes
 * them, so a position read is never out of date, only slower.
 */
@Component
class EarnedValuePositionJob {

    static final String JOB = "earned-value-positions";

    private final JobLock lock;
    private final EarnedValuePositions positions;
    private final boolean enabled;

    EarnedValuePositionJob(JobLock lock, EarnedValuePositions positions,
                           @Value("${lodestar.finance.positions:true}") boolean enabled) {
        this.lock = lock;
        this.positions = positions;
        this.enabled = enabled;
    }

    @Scheduled(cron = "${lodestar.finance.positions-cron:30 * * * * *}")
    void run() {
        if (!enabled) return;
        lock.runExclusively(JOB, Duration.ofSeconds(50), positions::refresh);
    }
}
