package org.lodestar.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestar.engine.health.Rag;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.status.internal.HealthSnapshots;
import org.lodestar.status.internal.ProjectFacts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The computed health of every open project as of one moment, for the organisation's dashboard: measuring every
 * project on each view costs the dashboard most of its time, so a job takes a snapshot every minute
 * ({@link #take}) and the dashboard reads it and says as of when. A snapshot is read only on the day it measured
 * for and while it is younger than {@code lodestar.status.health-snapshot-max-age}; otherwise, and for a project
 * opened since, health is measured at the read. A project's own health is always measured at the read.
 */
@Service
public class HealthSnapshot {

    private final ComputedHealth health;
    private final HealthSnapshots snapshots;
    private final ProjectFacts facts;
    private final Clock clock;
    private final Duration maxAge;

    HealthSnapshot(ComputedHealth health, HealthSnapshots snapshots, ProjectFacts facts, Clock clock,
                   @Value("${lodestar.status.health-snapshot-max-age:3m}") Duration maxAge) {
        this.health = health;
        this.snapshots = snapshots;
        this.facts = facts;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /**
     * Computed ratings by project (null: nothing measured), and when they were measured: {@code asOf} is the
     * snapshot's time when some rating came from it, null when every one was measured at this read.
     */
    public record Dated(Map<Long, Rag> ratings, Instant asOf) {
    }

    /**
     * The computed health of these projects (and perhaps of others), from the snapshot where it is fresh. No rights
     * checks.
     */
    @Transactional(readOnly = true)
    public Dated read(Collection<Long> projects, LocalDate today) {
        Optional<HealthSnapshots.Round> round = snapshots.round()
                .filter(taken -> taken.day().equals(today)
                        && !taken.takenAt().isBefore(Instant.now(clock).minus(maxAge)));
        // the whole snapshot as read, rather than a copy of the projects asked for: a dashboard asks for nearly all
        Map<Long, Rag> ratings = round.isPresent() ? snapshots.ratings() : new HashMap<>();
        List<Long> unmeasured = new ArrayList<>();
        for (Long project : projects) {
            if (!ratings.containsKey(project)) unmeasured.add(project);
        }
        if (!unmeasured.isEmpty()) {
            health.forProjects(unmeasured, today).forEach((project, measured) -> ratings.put(project,
                    measured.computed()));
        }
        boolean fromSnapshot = unmeasured.size() < projects.size();
        return new Dated(ratings, fromSnapshot ? round.get().takenAt() : null);
    }

    /** Measures every open project and stores the ratings as the new snapshot; answers how many it measured. */
    public int take() {
        Instant takenAt = Instant.now(clock);
        LocalDate day = LocalDate.ofInstant(takenAt, clock.getZone());
        List<Long> open = facts.all().stream()
                .filter(project -> project.state() == ProjectState.ACTIVE || project.state() == ProjectState.ON_HOLD)
                .map(ProjectFacts.Fact::id).toList();
        Map<Long, Rag> ratings = new HashMap<>();
        health.forProjects(open, day).forEach((project, measured) -> ratings.put(project, measured.computed()));
        snapshots.store(new HealthSnapshots.Round(takenAt, day), ratings);
        return open.size();
    }
}
