package org.lodestar.raid;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.SpreadsheetCsv;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.raid.internal.Assumption;
import org.lodestar.raid.internal.Assumptions;
import org.lodestar.raid.internal.Decision;
import org.lodestar.raid.internal.Decisions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each project's assumptions and decisions logs, under the rights of the other RAID logs ({@link RaidRights}):
 * assumptions are recorded, changed while open, then validated or invalidated once; decisions are recorded and
 * corrected. Every change is audited in its transaction, from the version the writer read.
 */
@Service
public class RaidLogs {

    static final String ASSUMPTION = "raid-assumption";
    static final String DECISION = "raid-decision";

    private final Assumptions assumptions;
    private final Decisions decisions;
    private final RaidRights rights;
    private final People people;
    private final InputValidation validation;
    private final AuditTrail audit;
    private final Clock clock;

    RaidLogs(Assumptions assumptions, Decisions decisions, RaidRights rights, People people,
             InputValidation validation, AuditTrail audit, Clock clock) {
        this.assumptions = assumptions;
        this.decisions = decisions;
        this.rights = rights;
        this.people = people;
        this.validation = validation;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The project's assumptions, optionally of one state, by validate-by date (undated last; {@code sort=title} by
     * title), reversed when {@code descending}.
     */
    @Transactional(readOnly = true)
    public List<AssumptionView> assumptions(long project, AssumptionState state, String sort, boolean descending) {
        Actor actor = rights.requireRead(project);
        boolean editable = rights.mayWrite(actor, project);
        Map<Long, Person> names = people.byId();
        LocalDate today = LocalDate.now(clock);
        Comparator<AssumptionView> order = "title".equals(sort)
                ? Comparator.comparing(AssumptionView::title, String.CASE_INSENSITIVE_ORDER)
                : Comparator.comparing(AssumptionView::validateBy, Comparator.nullsLast(Comparator.naturalOrder()));
        if (descending) order = order.reversed();
        return assumptions.findByProjectOrderByIdAsc(project).stream()
                .filter(a -> state == null || a.state() == state)
                .map(a -> view(a, editable, names, today)).sorted(order.thenComparingLong(AssumptionView::id))
                .toList();
    }

    @Transactional(readOnly = true)
    public String assumptionsCsv(long project, AssumptionState state, String sort, boolean descending) {
        List<List<String>> rows = new ArrayList<>();
        for (AssumptionView a : assumptions(project, state, sort, descending)) {
            rows.add(List.of(String.valueOf(a.id()), a.title(), Objects.toString(a.description(), ""),
                    a.owner() == null ? "" : a.owner().name(), Objects.toString(a.validateBy(), ""),
                    a.state().name(), Objects.toString(a.note(), ""), String.valueOf(a.overdue())));
        }
        return SpreadsheetCsv.document(List.of("id", "title", "description", "owner", "validateBy", "state", "note",
                "overdue"), rows);
    }

    @Transactional(readOnly = true)
    public AssumptionView assumption(long id) {
        Assumption assumption = loadAssumption(id);
        Actor actor = rights.requireRead(assumption.project());
        return view(assumption, rights.mayWrite(actor, assumption.project()), people.byId(), LocalDate.now(clock));
    }

    @Transactional
    public AssumptionView recordAssumption(long project, AssumptionCommand command) {
        rights.requireWrite(project);
        validate(command);
        Assumption assumption = assumptions.save(Assumption.record(project, command.title().strip(),
                RiskRegister.blankToNull(command.description()), command.ownerId(), command.validateBy(),
                Instant.now(clock)));
        audit.created(ASSUMPTION, assumption.id(), assumption.title(), snapshot(assumption));
        return view(assumption, true, people.byId(), LocalDate.now(clock));
    }

    @Transactional
    public AssumptionView changeAssumption(long id, AssumptionCommand command) {
        Assumption assumption = versioned(id, command.version());
        validate(command);
        Map<String, String> before = snapshot(assumption);
        assumption.change(command.title().strip(), RiskRegister.blankToNull(command.description()),
                command.ownerId(), command.validateBy(), Instant.now(clock));
        return saved(assumption, before);
    }

    /** Validates ({@code holds}) or invalidates an open assumption. */
    @Transactional
    public AssumptionView conclude(long id, boolean holds, AssumptionVerdict verdict) {
        Assumption assumption = versioned(id, verdict.version());
        validation.check(verdict);
        Map<String, String> before = snapshot(assumption);
        assumption.conclude(holds, RiskRegister.blankToNull(verdict.note()), Instant.now(clock));
        return saved(assumption, before);
    }

    /** Refuses (403) whoever may not write the assumption's project; asked before what was sent is read. */
    @Transactional(readOnly = true)
    public void authoriseAssumption(long id) {
        rights.requireWrite(loadAssumption(id).project());
    }

    /** The project's decisions, newest first ({@code sort=title}: by title), reversed when {@code ascending}. */
    @Transactional(readOnly = true)
    public List<DecisionView> decisions(long project, Long decidedById, String sort, boolean ascending) {
        Actor actor = rights.requireRead(project);
        boolean editable = rights.mayWrite(actor, project);
        Map<Long, Person> names = people.byId();
        Comparator<DecisionView> order = "title".equals(sort)
                ? Comparator.comparing(DecisionView::title, String.CASE_INSENSITIVE_ORDER)
                : Comparator.comparing(DecisionView::decidedOn).reversed();
        if (ascending) order = order.reversed();
        return decisions.findByProjectOrderByDecidedOnDescIdDesc(project).stream()
                .filter(d -> decidedById == null || decidedById.equals(d.decidedBy()))
                .map(d -> view(d, editable, names)).sorted(order).toList();
    }

    @Transactional(readOnly = true)
    public String decisionsCsv(long project, Long decidedById, String sort, boolean ascending) {
        List<List<String>> rows = new ArrayList<>();
        for (DecisionView d : decisions(project, decidedById, sort, ascending)) {
            rows.add(List.of(String.valueOf(d.id()), d.title(), d.decidedBy() == null ? "" : d.decidedBy().name(),
                    d.decidedOn().toString(), Objects.toString(d.options(), ""), d.chosen(),
                    Objects.toString(d.rationale(), "")));
        }
        return SpreadsheetCsv.document(List.of("id", "title", "decidedBy", "decidedOn", "options", "chosen", "rationale"),
                rows);
    }

    @Transactional(readOnly = true)
    public DecisionView decision(long id) {
        Decision decision = loadDecision(id);
        Actor actor = rights.requireRead(decision.project());
        return view(decision, rights.mayWrite(actor, decision.project()), people.byId());
    }

    @Transactional
    public DecisionView recordDecision(long project, RaidDecisionCommand command) {
        rights.requireWrite(project);
        validate(command);
        Decision decision = decisions.save(Decision.record(project, command.title().strip(), command.decidedById(),
                command.decidedOn(), RiskRegister.blankToNull(command.options()), command.chosen().strip(),
                RiskRegister.blankToNull(command.rationale()), Instant.now(clock)));
        audit.created(DECISION, decision.id(), decision.title(), snapshot(decision));
        return view(decision, true, people.byId());
    }

    @Transactional
    public DecisionView correctDecision(long id, RaidDecisionCommand command) {
        Decision decision = loadDecision(id);
        rights.requireWrite(decision.project());
        StaleVersionException.check(command.version(), decision.version(), "decision " + id);
        validate(command);
        Map<String, String> before = snapshot(decision);
        decision.correct(command.title().strip(), command.decidedById(), command.decidedOn(),
                RiskRegister.blankToNull(command.options()), command.chosen().strip(),
                RiskRegister.blankToNull(command.rationale()), Instant.now(clock));
        Decision saved = decisions.save(decision);
        audit.updated(DECISION, saved.id(), saved.title(), before, snapshot(saved));
        return view(saved, true, people.byId());
    }

    @Transactional(readOnly = true)
    public void authoriseDecision(long id) {
        rights.requireWrite(loadDecision(id).project());
    }

    private void validate(AssumptionCommand command) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        RiskRegister.checkPerson(people, "ownerId", command.ownerId(), problems);
        RiskRegister.checkDate("validateBy", command.validateBy(), problems);
        problems.throwIfAny();
    }

    private void validate(RaidDecisionCommand command) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        RiskRegister.checkPerson(people, "decidedById", command.decidedById(), problems);
        RiskRegister.checkDate("decidedOn", command.decidedOn(), problems);
        problems.throwIfAny();
    }

    private Assumption versioned(long id, Long version) {
        Assumption assumption = loadAssumption(id);
        rights.requireWrite(assumption.project());
        StaleVersionException.check(version, assumption.version(), "assumption " + id);
        return assumption;
    }

    private AssumptionView saved(Assumption assumption, Map<String, String> before) {
        Assumption saved = assumptions.save(assumption);
        audit.updated(ASSUMPTION, saved.id(), saved.title(), before, snapshot(saved));
        return view(saved, true, people.byId(), LocalDate.now(clock));
    }

    private Assumption loadAssumption(long id) {
        return assumptions.findById(id).orElseThrow(() -> new NotFoundException("assumption " + id));
    }

    private Decision loadDecision(long id) {
        return decisions.findById(id).orElseThrow(() -> new NotFoundException("decision " + id));
    }

    private static Map<String, String> snapshot(Assumption a) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("project", String.valueOf(a.project()));
        fields.put("title", a.title());
        fields.put("description", Objects.toString(a.description(), ""));
        fields.put("owner", Objects.toString(a.ownerId(), ""));
        fields.put("validateBy", Objects.toString(a.validateBy(), ""));
        fields.put("state", a.state().name());
        fields.put("note", Objects.toString(a.note(), ""));
        return fields;
    }

    private static Map<String, String> snapshot(Decision d) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("project", String.valueOf(d.project()));
        fields.put("title", d.title());
        fields.put("decidedBy", Objects.toString(d.decidedBy(), ""));
        fields.put("decidedOn", d.decidedOn().toString());
        fields.put("options", Objects.toString(d.options(), ""));
        fields.put("chosen", d.chosen());
        fields.put("rationale", Objects.toString(d.rationale(), ""));
        return fields;
    }

    private static AssumptionView view(Assumption a, boolean editable, Map<Long, Person> names, LocalDate today) {
        boolean overdue = a.state() == AssumptionState.OPEN && a.validateBy() != null && a.validateBy().isBefore(today);
        return new AssumptionView(a.id(), a.project(), a.title(), a.description(),
                RiskRegister.person(a.ownerId(), names), a.validateBy(), a.state(), a.note(), overdue, editable,
                a.version());
    }

    private static DecisionView view(Decision d, boolean editable, Map<Long, Person> names) {
        return new DecisionView(d.id(), d.project(), d.title(), RiskRegister.person(d.decidedBy(), names),
                d.decidedOn(), d.options(), d.chosen(), d.rationale(), editable, d.version());
    }
}
