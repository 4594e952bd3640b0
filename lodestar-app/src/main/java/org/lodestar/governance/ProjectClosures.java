package org.lodestar.governance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lodestar.governance.internal.ProjectClosure;
import org.lodestar.governance.internal.ProjectClosureStore;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.InvalidInputException.FieldProblem;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.platform.Texts;
import org.lodestar.portfolio.ProjectAct;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectRights;
import org.lodestar.portfolio.ProjectView;
import org.lodestar.portfolio.Reference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's closure: the project's editors write the closure report (checklist answers, objectives met, final
 * dates and cost, lessons, to whom the benefits were handed over) while the project runs; the gate board
 * ({@code ProjectRight.DECIDE_GATES}) accepts it, which closes the project through the registry
 * ({@link ProjectAct#CLOSE}) in the same transaction. Afterwards the project is read-only wherever governance
 * writes ({@link ClosedProjects}). Audited in each transaction; 400 naming each bad or missing field, 409 when
 * stale, accepted already, or the project's state refuses.
 */
@Service
public class ProjectClosures {

    public static final String AUDIT_TYPE = "projectClosure";
    private static final BigDecimal MAX_COST = new BigDecimal("10000000000000");

    private final ProjectClosureStore store;
    private final ProjectRegistry registry;
    private final ProjectRights rights;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    ProjectClosures(ProjectClosureStore store, ProjectRegistry registry, ProjectRights rights, People people,
                    AuditTrail audit, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.rights = rights;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** The project's closure report (state null when none is written); for readers of its detail. */
    @Transactional(readOnly = true)
    public ClosureView get(ProjectId id) {
        Actor actor = rights.require(id, ProjectRight.READ_DETAIL);
        return view(registry.get(id), store.findById(id.value()).orElse(null), actor);
    }

    /**
     * Writes the closure report as a whole (the project's editors): the first draft without a version, later ones
     * from theirs (else 409). 409 when the project is closed or cancelled or the report accepted; 400 naming each
     * unknown checklist item, too long text, a finish before the start, or a cost out of bounds.
     */
    @Transactional
    public ClosureView write(ProjectId id, ClosureCommand.Write command) {
        Actor actor = rights.require(id, ProjectRight.EDIT);
        ProjectView project = registry.get(id);
        ClosedProjects.requireOpen(project);
        if (project.state().name().equals("CANCELLED")) {
            throw new ConflictException("governance.ended", new Object[] {project.code()},
                    Map.of("state", project.state().name()), "project " + project.code() + " has ended");
        }
        Optional<ProjectClosure> existing = store.findById(id.value());
        if (existing.isPresent()) {
            StaleVersionException.check(command.version(), existing.get().version(), "closure of " + project.code());
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Answer> checklist = new LinkedHashMap<>();
        if (command.checklist() != null) {
            command.checklist().forEach((key, answer) -> {
                if (Arrays.stream(ClosureItem.values()).noneMatch(item -> item.name().equals(key))) {
                    problems.add(new FieldProblem("checklist." + key, "validation.reference.unknown"));
                } else if (answer != null) {
                    checklist.put(key, answer);
                }
            });
        }
        String objectives = text(command.objectivesMet(), "objectivesMet", 4000, problems);
        String lessons = text(command.lessons(), "lessons", 4000, problems);
        String benefitsOwner = text(command.benefitsOwner(), "benefitsOwner", 200, problems);
        if (command.finalStart() != null && command.finalFinish() != null
                && command.finalFinish().isBefore(command.finalStart())) {
            problems.add(new FieldProblem("finalFinish", "governance.closure.finishBeforeStart"));
        }
        BigDecimal cost = command.finalCost();
        if (cost != null && (cost.signum() < 0 || cost.compareTo(MAX_COST) >= 0
                || cost.stripTrailingZeros().scale() > 2)) {
            problems.add(new FieldProblem("finalCost", "governance.closure.cost"));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        Instant now = Instant.now(clock);
        ProjectClosure closure = existing.orElseGet(() -> ProjectClosure.draft(id.value(), now));
        Map<String, String> before = existing.isPresent() ? snapshot(closure) : null;
        closure.write(checklist, objectives, command.finalStart(), command.finalFinish(), cost, lessons,
                benefitsOwner, existing.isPresent() ? command.version() : null, now);
        closure = store.save(closure);
        if (before == null) audit.created(AUDIT_TYPE, id.value(), project.code() + " " + project.name(),
                snapshot(closure));
        else audit.updated(AUDIT_TYPE, id.value(), project.code() + " " + project.name(), before, snapshot(closure));
        return view(project, closure, actor);
    }

    /**
     * The gate board accepts the closure report from its version and the project is closed through the registry,
     * in this transaction. 409 when there is no report, it is stale or accepted already, or the project's state
     * does not allow closing; 400 naming each unanswered checklist item and each missing part of the report.
     */
    @Transactional
    public ClosureView accept(ProjectId id, ClosureCommand.Accept command) {
        Actor actor = rights.require(id, ProjectRight.DECIDE_GATES);
        ProjectView project = registry.get(id);
        ClosedProjects.requireOpen(project);
        ProjectClosure closure = store.findById(id.value()).orElseThrow(() ->
                new ConflictException("governance.closure.none", new Object[] {project.code()}, Map.of(),
                        "project " + project.code() + " has no closure report"));
        StaleVersionException.check(command.version(), closure.version(), "closure of " + project.code());
        if (!ProjectAct.CLOSE.allowedFrom(project.state())) {
            throw new ConflictException("governance.closure.cannotClose", new Object[] {project.code()},
                    Map.of("state", project.state().name()), "project " + project.code() + " cannot be closed");
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (ClosureItem item : ClosureItem.values()) {
            if (closure.answerTo(item.name()).isEmpty()) {
                problems.add(new FieldProblem("checklist." + item.name(), "governance.closure.unanswered"));
            }
        }
        if (closure.objectivesMet() == null) problems.add(new FieldProblem("objectivesMet", "validation.required"));
        if (closure.finalFinish() == null) problems.add(new FieldProblem("finalFinish", "validation.required"));
        if (closure.lessons() == null) problems.add(new FieldProblem("lessons", "validation.required"));
        if (closure.benefitsOwner() == null) problems.add(new FieldProblem("benefitsOwner", "validation.required"));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        Map<String, String> before = snapshot(closure);
        closure.accept(actor.id().value(), command.version(), Instant.now(clock));
        closure = store.save(closure);
        audit.updated(AUDIT_TYPE, id.value(), project.code() + " " + project.name(), before, snapshot(closure));
        ProjectView closed = registry.take(id, ProjectAct.CLOSE, project.version());
        return view(closed, closure, actor);
    }

    private static String text(String value, String field, int max, List<FieldProblem> problems) {
        String text = Texts.blankToNull(value);
        if (text != null && text.length() > max) problems.add(new FieldProblem(field, "governance.text.tooLong", max));
        return text;
    }

    private ClosureView view(ProjectView project, ProjectClosure closure, Actor reader) {
        ProjectId id = new ProjectId(project.id());
        boolean running = ProjectAct.CLOSE.allowedFrom(project.state()) || project.state().name().equals("PROPOSED");
        boolean draft = closure == null || closure.state() == ClosureState.DRAFT;
        List<String> acts = new ArrayList<>();
        if (running && draft && rights.may(reader, id, ProjectRight.EDIT)) acts.add("write");
        if (closure != null && draft && ProjectAct.CLOSE.allowedFrom(project.state())
                && rights.may(reader, id, ProjectRight.DECIDE_GATES)) {
            acts.add("accept");
        }
        List<ClosureView.Line> lines = Arrays.stream(ClosureItem.values())
                .map(item -> new ClosureView.Line(item, closure == null ? null
                        : closure.answerTo(item.name()).orElse(null))).toList();
        if (closure == null) {
            return new ClosureView(project.id(), project.code(), project.name(), project.currency(), null, lines,
                    null, null, null, null, null, null, null, null, acts, 0);
        }
        Reference acceptedBy = null;
        if (closure.acceptedBy() != null) {
            Person person = people.byId().get(closure.acceptedBy());
            if (person != null) acceptedBy = new Reference(person.id().value(), person.username(), person.displayName());
        }
        return new ClosureView(project.id(), project.code(), project.name(), project.currency(), closure.state(),
                lines, closure.objectivesMet(), closure.finalStart(), closure.finalFinish(), closure.finalCost(),
                closure.lessons(), closure.benefitsOwner(), acceptedBy, closure.acceptedAt(), acts,
                closure.version());
    }

    private static Map<String, String> snapshot(ProjectClosure closure) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("state", closure.state().name());
        snapshot.put("checklist", closure.answers().stream().map(answer -> answer.itemKey() + " " + answer.answer())
                .sorted().collect(Collectors.joining(", ")));
        snapshot.put("objectivesMet", closure.objectivesMet());
        snapshot.put("finalStart", closure.finalStart() == null ? null : closure.finalStart().toString());
        snapshot.put("finalFinish", closure.finalFinish() == null ? null : closure.finalFinish().toString());
        snapshot.put("finalCost", closure.finalCost() == null ? null : closure.finalCost().toPlainString());
        snapshot.put("lessons", closure.lessons());
        snapshot.put("benefitsOwner", closure.benefitsOwner());
        snapshot.put("acceptedBy", closure.acceptedBy() == null ? null : "#" + closure.acceptedBy());
        return snapshot;
    }
}
