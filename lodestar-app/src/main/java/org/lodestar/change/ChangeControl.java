package org.lodestar.change;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lodestar.change.internal.ChangeRequest;
import org.lodestar.change.internal.ChangeRequests;
import org.lodestar.change.internal.ThresholdStore;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.AuditedChanges;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.planning.BaselineView;
import org.lodestar.planning.Baselines;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectView;
import org.lodestar.portfolio.Reference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change control: each project's change requests and their workflow. A request is raised and revised as a draft by
 * the project's editors, submitted (and routed by the PMO's {@link ChangeThresholds}: above either threshold to the
 * steering committee), approved, rejected or deferred by whoever its route names ({@link ChangeRights}), and
 * implemented by the project's editors. A request with a schedule impact re-baselines the plan when it is
 * implemented (or at once, when approved with {@code rebaseline}): planning saves the current schedule as a new
 * baseline and the request records its number. Every act is audited in its transaction, from the version read.
 */
@Service
public class ChangeControl {

    static final String AUDIT_TYPE = "change-request";
    static final String THRESHOLD_AUDIT_TYPE = "change-threshold";

    private final ChangeRequests requests;
    private final ThresholdStore thresholds;
    private final ChangeRights rights;
    private final ProjectRegistry projects;
    private final Baselines baselines;
    private final People people;
    private final CurrentUser currentUser;
    private final InputValidation validation;
    private final AuditedChanges changes;
    private final AuditTrail audit;
    private final Clock clock;
    private final AuditedChanges.Kind<ChangeRequest> kind;

    ChangeControl(ChangeRequests requests, ThresholdStore thresholds, ChangeRights rights, ProjectRegistry projects,
                  Baselines baselines, People people, CurrentUser currentUser, InputValidation validation,
                  AuditedChanges changes, AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.thresholds = thresholds;
        this.rights = rights;
        this.projects = projects;
        this.baselines = baselines;
        this.people = people;
        this.currentUser = currentUser;
        this.validation = validation;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
        this.kind = new AuditedChanges.Kind<>(AUDIT_TYPE, requests::findById, requests::save, ChangeRequest::id,
                ChangeRequest::version, ChangeRequest::title, ChangeControl::snapshot);
    }

    /** The PMO's thresholds, for everyone who reads projects' detail. */
    @Transactional(readOnly = true)
    public ChangeThresholds thresholds() {
        rights.requireReadAny();
        return thresholds.current();
    }

    @Transactional
    public ChangeThresholds changeThresholds(ChangeThresholds command) {
        rights.requireKeepThresholds();
        ChangeThresholds before = thresholds.current();
        StaleVersionException.check(command.version(), before.version(), "change thresholds");
        validation.check(command);
        ChangeThresholds after = thresholds.save(command.costAmount(), command.scheduleDays(), before.version(),
                Instant.now(clock));
        audit.updated(THRESHOLD_AUDIT_TYPE, 1, "change thresholds", thresholdSnapshot(before), thresholdSnapshot(after));
        return after;
    }

    /** The project's change log: its change requests, newest first. */
    @Transactional(readOnly = true)
    public List<ChangeRequestView> list(long project) {
        Actor actor = rights.requireRead(project);
        ProjectView shown = projects.get(new ProjectId(project));
        Map<Long, Person> names = people.byId();
        return requests.findByProjectOrderByIdDesc(project).stream()
                .map(request -> view(request, shown, actor, names)).toList();
    }

    /**
     * Change requests across the projects the reader reads, filtered by state and route (both optional): submitted
     * ones routed to the steering committee are those awaiting it.
     */
    @Transactional(readOnly = true)
    public List<ChangeRequestView> search(ChangeState state, ChangeRouting routing) {
        return search(state, routing, null);
    }

    /** The same, narrowed to the projects of one portfolio when {@code portfolio} is given: its change log. */
    @Transactional(readOnly = true)
    public List<ChangeRequestView> search(ChangeState state, ChangeRouting routing, Long portfolio) {
        Actor actor = rights.requireReadAny();
        Map<Long, Person> names = people.byId();
        Map<Long, ProjectView> shown = new LinkedHashMap<>();
        List<ChangeRequest> found = state == null ? requests.findAll()
                : routing == null ? requests.findByStateOrderByIdAsc(state.name())
                : requests.findByStateAndRoutingOrderByIdAsc(state.name(), routing.name());
        return found.stream()
                .filter(request -> routing == null || request.routing() == routing)
                .filter(request -> rights.mayRead(actor, request.project()))
                .sorted(Comparator.comparing(ChangeRequest::id))
                .map(request -> view(request, shown.computeIfAbsent(request.project(),
                        project -> projects.get(new ProjectId(project))), actor, names))
                .filter(view -> portfolio == null || portfolio.equals(shown.get(view.projectId()).portfolio() == null
                        ? null : shown.get(view.projectId()).portfolio().id()))
                .toList();
    }

    @Transactional(readOnly = true)
    public ChangeRequestView get(long id) {
        ChangeRequest request = changes.load(kind, id);
        Actor actor = rights.requireRead(request.project());
        return view(request, projects.get(new ProjectId(request.project())), actor, people.byId());
    }

    /** Refuses (403) whoever may not write the request's project; asked before the body is read. */
    @Transactional(readOnly = true)
    public void authoriseWrite(long id) {
        rights.requireWrite(changes.load(kind, id).project());
    }

    /** Refuses (403) whoever the request's route does not name as its decider (a draft: its editors). */
    @Transactional(readOnly = true)
    public void authoriseDecision(long id) {
        ChangeRequest request = changes.load(kind, id);
        if (request.routing() == null) rights.requireWrite(request.project());
        else rights.requireDecide(request.project(), request.routing());
    }

    @Transactional
    public ChangeRequestView raise(long project, ChangeRequestCommand command) {
        Actor actor = rights.requireWrite(project);
        ChangeRequest.Content content = content(command);
        ChangeRequest saved = changes.create(kind, ChangeRequest.raise(project, content, actor.id().value(),
                Instant.now(clock)));
        return shown(saved);
    }

    @Transactional
    public ChangeRequestView revise(long id, ChangeRequestCommand command) {
        ChangeRequest request = changes.load(kind, id);
        rights.requireWrite(request.project());
        AuditedChanges.Change<ChangeRequest> change = changes.change(kind, request, command.version());
        ChangeRequest.Content content = content(command);
        return shown(change.apply(r -> r.revise(content, Instant.now(clock))));
    }

    /** Submits a draft (or resubmits a deferred request), routing it by the thresholds in force now. */
    @Transactional
    public ChangeRequestView submit(long id, Long version) {
        ChangeRequest request = changes.load(kind, id);
        rights.requireWrite(request.project());
        AuditedChanges.Change<ChangeRequest> change = changes.change(kind, request, version);
        ChangeRouting route = thresholds.current().route(request.costAmount(), request.scheduleDays());
        return shown(change.apply(r -> r.submit(route, Instant.now(clock))));
    }

    @Transactional
    public ChangeRequestView approve(long id, ChangeDecision decision) {
        ChangeRequest request = decided(id);
        AuditedChanges.Change<ChangeRequest> change = changes.change(kind, request, decision.version());
        validation.check(decision);
        boolean rebaseline = Boolean.TRUE.equals(decision.rebaseline());
        ChangeRequest approved = change.apply(r -> r.approve(blankToNull(decision.rationale()), rebaseline,
                currentUser.auditName(), Instant.now(clock)));
        if (rebaseline) approved = rebaseline(approved);
        return shown(approved);
    }

    @Transactional
    public ChangeRequestView reject(long id, ChangeDecision decision) {
        ChangeRequest request = decided(id);
        AuditedChanges.Change<ChangeRequest> change = changes.change(kind, request, decision.version());
        validation.check(decision);
        requireRationale(decision);
        return shown(change.apply(r -> r.reject(decision.rationale().strip(), currentUser.auditName(),
                Instant.now(clock))));
    }

    @Transactional
    public ChangeRequestView defer(long id, ChangeDecision decision) {
        ChangeRequest request = decided(id);
        AuditedChanges.Change<ChangeRequest> change = changes.change(kind, request, decision.version());
        validation.check(decision);
        return shown(change.apply(r -> r.defer(blankToNull(decision.rationale()), currentUser.auditName(),
                Instant.now(clock))));
    }

    /**
     * Marks an approved request implemented; one with a schedule impact that has not re-baselined the plan yet
     * does so now.
     */
    @Transactional
    public ChangeRequestView implement(long id, Long version) {
        ChangeRequest request = changes.load(kind, id);
        rights.requireWrite(request.project());
        AuditedChanges.Change<ChangeRequest> change = changes.change(kind, request, version);
        ChangeRequest implemented = change.apply(r -> r.implement(Instant.now(clock)));
        if (implemented.scheduleDays() != 0 && implemented.baselineNumber() == null) {
            implemented = rebaseline(implemented);
        }
        return shown(implemented);
    }

    private ChangeRequest rebaseline(ChangeRequest request) {
        BaselineView baseline = baselines.saveNext(new ProjectId(request.project()),
                "CR-" + request.id() + " " + abbreviate(request.title(), 100));
        ChangeRequest again = changes.load(kind, request.id());
        return changes.change(kind, again, again.version())
                .apply(r -> r.rebaselined(baseline.number(), baseline.savedAt()));
    }

    private ChangeRequest decided(long id) {
        ChangeRequest request = changes.load(kind, id);
        if (request.routing() == null) rights.requireWrite(request.project());
        else rights.requireDecide(request.project(), request.routing());
        return request;
    }

    private static void requireRationale(ChangeDecision decision) {
        if (decision.rationale() == null || decision.rationale().isBlank()) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("rationale",
                    "change.validation.rationale")));
        }
    }

    private ChangeRequest.Content content(ChangeRequestCommand command) {
        validation.check(command);
        return new ChangeRequest.Content(command.title().strip(), blankToNull(command.description()),
                command.reason().strip(), blankToNull(command.scopeImpact()), command.scheduleDays(),
                command.costAmount(), blankToNull(command.options()));
    }

    private ChangeRequestView shown(ChangeRequest request) {
        return view(request, projects.get(new ProjectId(request.project())), currentUser.actor(), people.byId());
    }

    private ChangeRequestView view(ChangeRequest r, ProjectView project, Actor actor, Map<Long, Person> names) {
        boolean editable = rights.mayWrite(actor, r.project());
        boolean decidable = r.state() == ChangeState.SUBMITTED && r.routing() != null
                && rights.mayDecide(actor, r.project(), r.routing());
        return new ChangeRequestView(r.id(), r.project(), project.code(), r.title(), r.description(), r.reason(),
                r.scopeImpact(), r.scheduleDays(), ThresholdStore.plain(r.costAmount()), project.currency(),
                r.options(), person(r.requestedBy(), names), r.state(), r.routing(), r.rebaseline(), r.rationale(),
                r.decidedBy(), r.decidedAt(), r.baselineNumber(), r.baselineSavedAt(), r.createdAt(), editable,
                decidable, r.version());
    }

    private static Reference person(Long id, Map<Long, Person> names) {
        if (id == null) return null;
        Person person = names.get(id);
        return new Reference(id, person == null ? null : person.username(), person == null ? "" : person.displayName());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static Map<String, String> snapshot(ChangeRequest r) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("project", String.valueOf(r.project()));
        fields.put("title", r.title());
        fields.put("description", Objects.toString(r.description(), ""));
        fields.put("reason", r.reason());
        fields.put("scopeImpact", Objects.toString(r.scopeImpact(), ""));
        fields.put("scheduleDays", String.valueOf(r.scheduleDays()));
        fields.put("costAmount", ThresholdStore.plain(r.costAmount()).toPlainString());
        fields.put("options", Objects.toString(r.options(), ""));
        fields.put("state", r.state().name());
        fields.put("routing", r.routing() == null ? "" : r.routing().name());
        fields.put("rebaseline", String.valueOf(r.rebaseline()));
        fields.put("rationale", Objects.toString(r.rationale(), ""));
        fields.put("decidedBy", Objects.toString(r.decidedBy(), ""));
        fields.put("baseline", r.baselineNumber() == null ? "" : String.valueOf(r.baselineNumber()));
        return fields;
    }

    private static Map<String, String> thresholdSnapshot(ChangeThresholds t) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("costAmount", t.costAmount().toPlainString());
        fields.put("scheduleDays", String.valueOf(t.scheduleDays()));
        return fields;
    }
}
