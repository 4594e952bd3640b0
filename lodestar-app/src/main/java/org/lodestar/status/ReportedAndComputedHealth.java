package org.lodestar.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lodestar.portfolio.HealthReading;
import org.lodestar.portfolio.ProjectHealthSource;
import org.lodestar.status.internal.LatestStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Status's answer to portfolio's {@link ProjectHealthSource}: reported health from the latest published reports
 * ({@code status_latest}), computed health from {@link ComputedHealth}. Pages and the API of portfolio show these.
 */
@Component
class ReportedAndComputedHealth implements ProjectHealthSource {

    private final LatestStatus latest;
    private final ComputedHealth computed;
    private final Clock clock;

    ReportedAndComputedHealth(LatestStatus latest, ComputedHealth computed, Clock clock) {
        this.latest = latest;
        this.computed = computed;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, HealthReading> healthOf(Collection<Long> projects, boolean withComputed) {
        Map<Long, HealthReading> health = new LinkedHashMap<>();
        if (withComputed) {
            computed.forProjects(projects, LocalDate.now(clock))
                    .forEach((id, project) -> health.put(id, new HealthReading(project.reported(), project.computed())));
            return health;
        }
        Map<Long, LatestStatus.Latest> reported = latest.find(projects);
        for (Long id : projects) {
            LatestStatus.Latest last = reported.get(id);
            health.put(id, new HealthReading(last == null ? null : last.overall(), null));
        }
        return health;
    }
}
