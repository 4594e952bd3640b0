package org.lodestar.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditedChanges;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.portfolio.PortfolioView;
import org.lodestar.portfolio.Reference;
import org.lodestar.status.internal.Cycles;
import org.lodestar.status.internal.ReportingCycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting cycles the PMO sets: how often projects report, on which day, which projects, and when they are
 * reminded. Everyone but requesters reads them; the PMO and administrators change them.
 */
@Service
public class ReportingCycles {

    static final String AUDIT_TYPE = "reporting-cycle";

    private final Cycles cycles;
    private final PortfolioRegistry portfolios;
    private final InputValidation validation;
    private final AuditedChanges changes;
    private final AuditedChanges.Kind<ReportingCycle> cycleRecords;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReportingCycles(Cycles cycles, PortfolioRegistry portfolios, InputValidation validation, AuditedChanges changes,
                    CurrentUser currentUser, Clock clock) {
        this.cycles = cycles;
        this.portfolios = portfolios;
        this.validation = validation;
        this.changes = changes;
        this.cycleRecords = new AuditedChanges.Kind<>(AUDIT_TYPE, cycles::findById, cycles::save, ReportingCycle::id,
                ReportingCycle::version, ReportingCycle::name, ReportingCycles::snapshot);
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CycleView> all() {
        requireReader(currentUser.actor());
        return views();
    }

    @Transactional(readOnly = true)
    public CycleView get(long id) {
        requireReader(currentUser.actor());
        return view(load(id), targets());
    }

    @Transactional
    public CycleView create(CycleCommand command) {
        requirePmo(currentUser.actor());
        validate(command);
        ReportingCycle cycle = changes.create(cycleRecords, ReportingCycle.create(command, Instant.now(clock)));
        return view(cycle, targets());
    }

    @Transactional
    public CycleView change(long id, CycleCommand command) {
        requirePmo(currentUser.actor());
        AuditedChanges.Change<ReportingCycle> change = changes.change(cycleRecords, load(id), command.version());
        validate(command);
        ReportingCycle changed = change.apply(cycle -> cycle.change(command, command.version(), Instant.now(clock)));
        return view(changed, targets());
    }

    /**
     * The active cycle that applies to a project of this portfolio and programme: the programme's own cycle before
     * the portfolio's, before an organisation-wide one. Reads without rights checks (background work uses it).
     */
    @Transactional(readOnly = true)
    public Optional<CycleView> cycleFor(long portfolio, Long programme) {
        return pick(activeCycles(), portfolio, programme);
    }

    /**
     * The active cycles, for callers that resolve many projects at once; their scope targets carry the id only
     * (no names), which is all {@link #pick} needs, so that no portfolio is read.
     */
    @Transactional(readOnly = true)
    public List<CycleView> activeCycles() {
        return cycles.findAllByOrderByName().stream().filter(ReportingCycle::active)
                .map(cycle -> view(cycle, Map.of(cycle.scope() + ":" + cycle.scopeId(),
                        new Reference(cycle.scopeId() == null ? 0 : cycle.scopeId(), null, null))))
                .toList();
    }

    /** The cycle among these that applies to a project: the most specific active one. */
    public static Optional<CycleView> pick(List<CycleView> cycles, long portfolio, Long programme) {
        return cycles.stream().filter(CycleView::active).filter(cycle -> cycle.covers(portfolio, programme))
                .max(Comparator.comparingInt(CycleView::specificity).thenComparing(CycleView::id,
                        Comparator.reverseOrder()));
    }

    /** The period a report written today is for: the next due date of the project's cycle (weekly on Friday without one). */
    public static LocalDate currentPeriod(Optional<CycleView> cycle, LocalDate today) {
        return cycle.map(CycleView::cadence).orElse(DEFAULT_CADENCE).dueOnOrAfter(today);
    }

    /** Without a cycle, a project reports weekly on Fridays. */
    public static final Cadence DEFAULT_CADENCE = new Cadence(Frequency.WEEKLY, 5);

    private List<CycleView> views() {
        Map<String, Reference> targets = targets();
        return cycles.findAllByOrderByName().stream().map(cycle -> view(cycle, targets)).toList();
    }

    private void validate(CycleCommand command) {
        var problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        if (command.frequency() != null && command.dueDay() != null && command.frequency() != Frequency.MONTHLY
                && command.dueDay() > 7 && !problems.has("dueDay")) {
            problems.add("dueDay", "status.validation.dueDayOfWeek");
        }
        if (command.scope() != null && command.scope() != CycleScope.ALL) {
            if (command.scopeId() == null) problems.add("scopeId", "status.validation.scopeRequired");
            else if (!targets().containsKey(command.scope() + ":" + command.scopeId())) {
                problems.add("scopeId", "status.validation.scopeUnknown");
            }
        }
        problems.throwIfAny();
    }

    /** Portfolios and programmes by "PORTFOLIO:id" and "PROGRAMME:id". */
    private Map<String, Reference> targets() {
        Map<String, Reference> targets = new LinkedHashMap<>();
        for (PortfolioView portfolio : portfolios.portfolios()) {
            targets.put("PORTFOLIO:" + portfolio.id(), new Reference(portfolio.id(), portfolio.code(), portfolio.name()));
        }
        for (PortfolioView programme : portfolios.programmes(null)) {
            targets.put("PROGRAMME:" + programme.id(), new Reference(programme.id(), programme.code(), programme.name()));
        }
        return targets;
    }

    private ReportingCycle load(long id) {
        return changes.load(cycleRecords, id);
    }

    private static CycleView view(ReportingCycle cycle, Map<String, Reference> targets) {
        Reference target = cycle.scopeId() == null ? null : targets.get(cycle.scope() + ":" + cycle.scopeId());
        return new CycleView(cycle.id(), cycle.name(), cycle.frequency(), cycle.dueDay(), cycle.scope(), target,
                cycle.remindDaysBefore(), cycle.remindOverdue(), cycle.active(), cycle.version());
    }

    /** Status reporting is project detail: everyone reads it but those who see public summaries only. */
    static void requireReader(Actor actor) {
        OrganisationRights.require(actor, OrganisationAct.READ_PROJECT_DETAIL);
    }

    static void requirePmo(Actor actor) {
        OrganisationRights.require(actor, OrganisationAct.SET_REPORTING_CYCLES);
    }

    private static Map<String, String> snapshot(ReportingCycle cycle) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("name", cycle.name());
        snapshot.put("frequency", cycle.frequency().name());
        snapshot.put("dueDay", Integer.toString(cycle.dueDay()));
        snapshot.put("scope", cycle.scope().name());
        snapshot.put("scopeId", cycle.scopeId() == null ? null : cycle.scopeId().toString());
        snapshot.put("remindDaysBefore", Integer.toString(cycle.remindDaysBefore()));
        snapshot.put("remindOverdue", Boolean.toString(cycle.remindOverdue()));
        snapshot.put("active", Boolean.toString(cycle.active()));
        return snapshot;
    }
}
