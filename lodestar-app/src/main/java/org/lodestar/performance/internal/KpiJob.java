package org.lodestar.performance.internal;

import java.time.Duration;
import org.lodestar.performance.KpiComputation;
import org.lodestar.platform.JobLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Computes the KPIs of the month every night on whichever node takes the job's lock ({@link JobLock}, leased for
 * twenty hours, so one round a day across nodes). A round computed twice stores the same month twice over, the
 * second replacing the first, so nothing is counted twice.
 */
@Component
class KpiJob {

    static final String JOB = "kpi-computation";

    private final JobLock lock;
    private final KpiComputation computation;
    private final boolean enabled;

    KpiJob(JobLock lock, KpiComputation computation, @Value("${lodestar.performance.kpis:true}") boolean enabled) {
        this.lock = lock;
        this.computation = computation;
        this.enabled = enabled;
    }

    @Scheduled(cron = "${lodestar.performance.kpis-cron:0 30 2 * * *}")
    void run() {
        if (!enabled) return;
        lock.runExclusively(JOB, Duration.ofHours(20), computation::computeCurrent);
    }
}
