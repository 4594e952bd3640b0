package org.lodestar.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestar.engine.health.Rag;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.status.HealthIndicatorSource.IndicatorDefinition;
import org.lodestar.status.HealthIndicatorSource.Measurement;
import org.lodestar.status.internal.LatestStatus;
import org.lodestar.status.internal.Thresholds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Health computed from the data: every {@link HealthIndicatorSource} bean measures its indicators, the thresholds
 * the PMO set (or the sources' defaults) turn each value into a rating, and the project's computed health is the
 * worst of them. Compared with the latest published report to flag reports that say better than the data.
 */
@Service
public class ComputedHealth {

    static final String AUDIT_TYPE = "health-threshold";

    private final List<HealthIndicatorSource> sources;
    private final Thresholds thresholds;
    private final LatestStatus latest;
    private final ProjectRegistry projects;
    private final InputValidation validation;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ComputedHealth(List<HealthIndicatorSource> sources, Thresholds thresholds, LatestStatus latest,
                   ProjectRegistry projects, InputValidation validation, AuditTrail audit, CurrentUser currentUser,
                   Clock clock) {
        this.sources = List.copyOf(sources);
        this.thresholds = thresholds;
        this.latest = latest;
        this.projects = projects;
        this.validation = validation;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether a reported rating is better than the computed one (both known). */
    public static boolean contradicts(Rag reported, Rag computed) {
        return reported != null && computed != null && reported.compareTo(computed) < 0;
    }

    /** One project's computed health with every indicator and its inputs; requesters may not read it. */
    @Transactional(readOnly = true)
    public ProjectHealth forProject(long project) {
        ReportingCycles.requireReader(currentUser.actor());
        projects.get(new ProjectId(project));
        return forProjects(List.of(project), LocalDate.now(clock)).get(project);
    }

    /**
     * The computed health of many projects at once, without rights checks: for the dashboard and background work,
     * whose callers checked them. Every project asked for has an entry.
     */
    @Transactional(readOnly = true)
    public Map<Long, ProjectHealth> forProjects(Collection<Long> ids, LocalDate today) {
        Map<String, ThresholdView> limits = thresholdsByKey();
        Map<Long, List<HealthIndicatorView>> measured = new HashMap<>();
        for (HealthIndicatorSource source : sources) {
            for (Measurement measurement : source.measure(ids, today)) {
                ThresholdView limit = limits.get(measurement.indicator());
                if (limit == null) continue; // a source measuring what it did not declare
                measured.computeIfAbsent(measurement.project(), id -> new ArrayList<>())
                        .add(rate(measurement, limit));
            }
        }
        Map<Long, LatestStatus.Latest> reported = latest.find(ids);
        Map<Long, ProjectHealth> health = new LinkedHashMap<>();
        Map<String, String> superseding = superseding();
        for (Long id : ids) {
            List<HealthIndicatorView> indicators = withoutSuperseded(measured.getOrDefault(id, List.of()),
                    superseding);
            Rag computed = null;
            for (HealthIndicatorView indicator : indicators) computed = Rag.worse(computed, indicator.rag());
            LatestStatus.Latest last = reported.get(id);
            health.put(id, ProjectHealth.of(id, computed, last == null ? null : last.overall(), indicators));
        }
        return health;
    }

    /**
     * One indicator of one project, measured by the source that declares it alone, against the thresholds in force:
     * for a page that shows one finding and need not measure every module's. Empty when it was not measured.
     * No rights checks: the caller checked them.
     */
    @Transactional(readOnly = true)
    public Optional<HealthIndicatorView> indicator(long project, String key, LocalDate today) {
        ThresholdView limit = thresholdsByKey().get(key);
        if (limit == null) return Optional.empty();
        for (Map.Entry<String, String> replaced : superseding().entrySet()) {
            if (replaced.getValue().equals(key) && indicator(project, replaced.getKey(), today).isPresent()) {
                return Optional.empty(); // a finer indicator measures this project instead
            }
        }
        for (HealthIndicatorSource source : sources) {
            if (source.definitions().stream().noneMatch(definition -> definition.key().equals(key))) continue;
            return source.measure(List.of(project), today).stream()
                    .filter(measurement -> measurement.indicator().equals(key)).findFirst()
                    .map(measurement -> rate(measurement, limit));
        }
        return Optional.empty();
    }

    /** Every source's superseding indicator with the one it replaces. */
    private Map<String, String> superseding() {
        Map<String, String> superseding = new HashMap<>();
        for (HealthIndicatorSource source : sources) superseding.putAll(source.supersedes());
        return superseding;
    }

    /**
     * A project's indicators without those replaced by a finer one measured for it ({@code superseding}: the finer
     * indicator's key to the replaced one's), so that, say, finance's CPI stands in for status's rough budget burn
     * where the project keeps finance data, and the burn still counts where it does not.
     */
    static List<HealthIndicatorView> withoutSuperseded(List<HealthIndicatorView> indicators,
                                                       Map<String, String> superseding) {
        if (superseding.isEmpty() || indicators.size() < 2) return indicators;
        java.util.Set<String> replaced = new java.util.HashSet<>();
        for (HealthIndicatorView indicator : indicators) {
            String gone = superseding.get(indicator.key());
            if (gone != null) replaced.add(gone);
        }
        if (replaced.isEmpty()) return indicators;
        return indicators.stream().filter(indicator -> !replaced.contains(indicator.key())).toList();
    }

    private static HealthIndicatorView rate(Measurement measurement, ThresholdView limit) {
        double value = measurement.value();
        Rag rag = value >= limit.redAt() ? Rag.RED : value >= limit.amberAt() ? Rag.AMBER : Rag.GREEN;
        return new HealthIndicatorView(measurement.indicator(), limit.unit(), value, limit.amberAt(), limit.redAt(),
                rag, measurement.inputs());
    }

    /** Every indicator the sources declare, with the thresholds in force. */
    @Transactional(readOnly = true)
    public List<ThresholdView> thresholds() {
        ReportingCycles.requireReader(currentUser.actor());
        return new ArrayList<>(thresholdsByKey().values());
    }

    /** Sets an indicator's thresholds (PMO); {@code version} is 0 while the defaults are in force. */
    @Transactional
    public ThresholdView setThresholds(String indicator, ThresholdCommand command) {
        OrganisationRights.require(currentUser.actor(), OrganisationAct.SET_HEALTH_THRESHOLDS);
        ThresholdView current = thresholdsByKey().get(indicator);
        if (current == null) throw new NotFoundException("indicator " + indicator);
        var problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        if (command.amberAt() != null && command.redAt() != null && command.amberAt() > command.redAt()) {
            problems.add("redAt", "status.validation.redBelowAmber");
        }
        problems.throwIfAny();
        StaleVersionException.check(command.version(), current.version(), "thresholds of " + indicator);
        if (!thresholds.store(indicator, command.amberAt(), command.redAt(), command.version())) {
            throw new StaleVersionException("thresholds of " + indicator, current.version() + 1);
        }
        audit.updated(AUDIT_TYPE, 0, indicator,
                Map.of("amberAt", Double.toString(current.amberAt()), "redAt", Double.toString(current.redAt())),
                Map.of("amberAt", Double.toString(command.amberAt()), "redAt", Double.toString(command.redAt())));
        return thresholdsByKey().get(indicator);
    }

    private Map<String, ThresholdView> thresholdsByKey() {
        Map<String, Thresholds.Stored> stored = thresholds.all();
        Map<String, ThresholdView> byKey = new LinkedHashMap<>();
        sources.stream().flatMap(source -> source.definitions().stream())
                .sorted(Comparator.comparing(IndicatorDefinition::key))
                .forEach(definition -> {
                    Thresholds.Stored set = stored.get(definition.key());
                    byKey.put(definition.key(), new ThresholdView(definition.key(), definition.unit(),
                            set != null ? set.amberAt() : definition.amberAt(),
                            set != null ? set.redAt() : definition.redAt(), definition.amberAt(),
                            definition.redAt(), set != null, set != null ? set.version() : 0));
                });
        return byKey;
    }
}
