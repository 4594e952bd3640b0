package org.lodestar.governance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lodestar.governance.internal.ChecklistAnswer;
import org.lodestar.governance.internal.GateAction;
import org.lodestar.governance.internal.GateActions;
import org.lodestar.governance.internal.GateReview;
import org.lodestar.governance.internal.GateReviews;
import org.lodestar.governance.internal.GovernedProject;
import org.lodestar.governance.internal.GovernedProjects;
import org.lodestar.governance.internal.ProjectDeliverable;
import org.lodestar.governance.internal.TailoringOverride;
import org.lodestar.methodology.Applicability;
import org.lodestar.methodology.Classification;
import org.lodestar.methodology.LifecycleView;
import org.lodestar.methodology.Lifecycles;
import org.lodestar.methodology.Tailoring;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.InvalidInputException.FieldProblem;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.Rights;
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
 * A project's governance: put on a lifecycle and classified (the gate board), its deliverables worked on by the
 * project and approved or waived by the board, its gates requested by the project, their checklists answered and
 * decided by the board. The board is who the rights policy says ({@link ProjectRight#DECIDE_GATES}: the PMO and
 * the managers of the project's portfolio). Only a Go moves the project to its next phase, through
 * {@link ProjectRegistry#enterPhase}; Stop cancels it. Every change is audited in its transaction.
 */
@Service
public class Governance {

    public static final String AUDIT_PROJECT = "projectGovernance";
    public static final String AUDIT_REVIEW = "gateReview";
    public static final String AUDIT_ACTION = "gateAction";

    private final GovernedProjects governed;
    private final GateReviews reviews;
    private final GateActions actions;
    private final Lifecycles lifecycles;
    private final Tailoring tailoring;
    private final ProjectRegistry registry;
    private final ProjectRights rights;
    private final People people;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    Governance(GovernedProjects governed, GateReviews reviews, GateActions actions, Lifecycles lifecycles,
               Tailoring tailoring, ProjectRegistry registry, ProjectRights rights, People people,
               CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.governed = governed;
        this.reviews = reviews;
        this.actions = actions;
        this.lifecycles = lifecycles;
        this.tailoring = tailoring;
        this.registry = registry;
        this.rights = rights;
        this.people = people;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The project's governance; {@code lifecycle} null when it is on none. Needs the right to read its detail. */
    @Transactional(readOnly = true)
    public GovernanceView get(ProjectId id) {
        Actor actor = rights.require(id, ProjectRight.READ_DETAIL);
        return view(registry.get(id), governed.findById(id.value()).orElse(null), actor);
    }

    /**
     * Refuses (403) whoever may take no part in the project's governance: neither edit the project nor sit on its
     * gate board (for the acts open to both: deliverables and checklists).
     */
    @Transactional(readOnly = true)
    public Actor requireParticipant(ProjectId id) {
        Actor actor = currentUser.actor();
        Rights.require(rights.may(actor, id, ProjectRight.EDIT) || rights.may(actor, id, ProjectRight.DECIDE_GATES),
                actor, "take part in the governance of project " + id.value());
        return actor;
    }

    /** Whether any project is on a lifecycle (the demo fills an empty database only). */
    @Transactional(readOnly = true)
    public boolean governsAny() {
        return governed.count() > 0;
    }

    /** Whether the project is on a lifecycle (its phase then changes only through its gates). */
    @Transactional(readOnly = true)
    public Optional<String> gateOf(ProjectId id) {
        return governed.findById(id.value()).map(project -> {
            LifecycleView lifecycle = lifecycles.get(project.lifecycle(), project.lifecycleVersion());
            LifecycleView.Phase phase = lifecycle.phases().get(project.phasePosition());
            return phase.gate().code() + " " + phase.gate().name();
        });
    }

    /**
     * Puts the project on the lifecycle's current version, classified by the questionnaire, in the phase that
     * matches its registry phase (else the first, which the project then enters). The gate board's act; 409 when
     * it is on a lifecycle already or closed or cancelled; 400 naming the lifecycle or each bad answer.
     */
    @Transactional
    public GovernanceView adopt(ProjectId id, GovernanceCommand.Adopt command) {
        Actor actor = rights.require(id, ProjectRight.DECIDE_GATES);
        ProjectView project = registry.get(id);
        if (governed.existsById(id.value())) {
            throw new ConflictException("governance.adopted", new Object[] {project.code()}, Map.of(),
                    "project " + project.code() + " is on a lifecycle already");
        }
        if (project.state().name().equals("CLOSED") || project.state().name().equals("CANCELLED")) {
            throw new ConflictException("governance.ended", new Object[] {project.code()},
                    Map.of("state", project.state().name()), "project " + project.code() + " has ended");
        }
        List<FieldProblem> problems = new ArrayList<>();
        LifecycleView lifecycle = null;
        if (command.lifecycleId() == null) {
            problems.add(new FieldProblem("lifecycleId", "validation.required"));
        } else {
            try {
                lifecycle = lifecycles.get(command.lifecycleId());
            } catch (NotFoundException unknown) {
                problems.add(new FieldProblem("lifecycleId", "validation.reference.unknown"));
            }
        }
        Classification classification = null;
        try {
            classification = tailoring.classify(command.answers());
        } catch (InvalidInputException bad) {
            problems.addAll(bad.problems());
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        LifecycleView.Phase start = lifecycle.phases().stream()
                .filter(phase -> phase.registryPhase() == project.phase()).findFirst()
                .orElse(lifecycle.phases().get(0));
        List<String> deliverables = lifecycle.phases().stream()
                .flatMap(phase -> phase.deliverables().stream()).map(LifecycleView.Item::key).toList();
        Instant now = Instant.now(clock);
        GovernedProject adopted = governed.save(GovernedProject.adopt(id.value(), lifecycle.id(),
                lifecycle.number(), start.position(), classification, deliverables, now));
        if (start.registryPhase() != project.phase()) {
            registry.enterPhase(id, start.registryPhase(), lifecycle.entryGate() == null ? lifecycle.name()
                    : lifecycle.entryGate());
        }
        audit.created(AUDIT_PROJECT, id.value(), project.code() + " " + lifecycle.name(),
                snapshot(adopted, lifecycle));
        return view(registry.get(id), adopted, actor);
    }

    /** Classifies the project again from the questionnaire (the gate board). */
    @Transactional
    public GovernanceView classify(ProjectId id, GovernanceCommand.Classify command) {
        Actor actor = rights.require(id, ProjectRight.DECIDE_GATES);
        GovernedProject project = load(id);
        StaleVersionException.check(command.version(), project.version(), "governance of project " + id.value());
        Classification classification = tailoring.classify(command.answers());
        LifecycleView lifecycle = lifecycleOf(project);
        Map<String, String> before = snapshot(project, lifecycle);
        project.from(command.version());
        project.classify(classification, Instant.now(clock));
        return saved(id, project, lifecycle, before, actor);
    }

    /**
     * Overrides the lifecycle's rule for one deliverable, checklist item or gate of the project, with a reason (the
     * gate board); {@code mandatory} null returns to the rule. 400 naming the key or the missing reason.
     */
    @Transactional
    public GovernanceView override(ProjectId id, GovernanceCommand.OverrideRule command) {
        Actor actor = rights.require(id, ProjectRight.DECIDE_GATES);
        GovernedProject project = load(id);
        StaleVersionException.check(command.version(), project.version(), "governance of project " + id.value());
        LifecycleView lifecycle = lifecycleOf(project);
        String reason = Texts.blankToNull(command.reason());
        List<FieldProblem> problems = new ArrayList<>();
        if (command.key() == null || name(lifecycle, command.key()) == null) {
            problems.add(new FieldProblem("key", command.key() == null ? "validation.required"
                    : "validation.reference.unknown"));
        }
        if (command.mandatory() != null && reason == null) {
            problems.add(new FieldProblem("reason", "governance.override.reasonRequired"));
        } else if (reason != null && reason.length() > 2000) {
            problems.add(new FieldProblem("reason", "governance.text.tooLong", 2000));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        Map<String, String> before = snapshot(project, lifecycle);
        project.from(command.version());
        project.override(command.key(), command.mandatory(), reason, Instant.now(clock));
        return saved(id, project, lifecycle, before, actor);
    }

    /**
     * Takes an act on one of the project's deliverables: working on and submitting are the project's editors',
     * approving, returning, waiving (with a reason) and reopening the gate board's. 409 when the deliverable's state
     * does not allow the act; 400 naming the key, act, link or reason.
     */
    @Transactional
    public GovernanceView deliverable(ProjectId id, GovernanceCommand.Deliverable command) {
        Actor actor = command.act() != null && command.act().board()
                ? rights.require(id, ProjectRight.DECIDE_GATES) : rights.require(id, ProjectRight.EDIT);
        GovernedProject project = load(id);
        StaleVersionException.check(command.version(), project.version(), "governance of project " + id.value());
        List<FieldProblem> problems = new ArrayList<>();
        if (command.key() == null || project.deliverable(command.key()).isEmpty()) {
            problems.add(new FieldProblem("key", command.key() == null ? "validation.required"
                    : "validation.reference.unknown"));
        }
        if (command.act() == null) problems.add(new FieldProblem("act", "validation.required"));
        String link = Texts.blankToNull(command.link());
        if (link != null && (link.length() > 1000 || !link.matches("(?i)https?://\\S+"))) {
            problems.add(new FieldProblem("link", "governance.link.invalid"));
        }
        String reason = Texts.blankToNull(command.reason());
        if (command.act() == DeliverableAct.WAIVE && reason == null) {
            problems.add(new FieldProblem("reason", "governance.waive.reasonRequired"));
        } else if (reason != null && reason.length() > 2000) {
            problems.add(new FieldProblem("reason", "governance.text.tooLong", 2000));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        LifecycleView lifecycle = lifecycleOf(project);
        Map<String, String> before = snapshot(project, lifecycle);
        project.from(command.version());
        project.act(command.key(), command.act(), link, reason, actor.id().value(), LocalDate.now(clock),
                Instant.now(clock));
        return saved(id, project, lifecycle, before, actor);
    }

    /**
     * Requests the gate that ends the project's phase (the project's editors). 409 when the project is on no
     * lifecycle, has finished it, or a review of its gate is open already.
     */
    @Transactional
    public GovernanceView requestGate(ProjectId id) {
        Actor actor = rights.require(id, ProjectRight.EDIT);
        GovernedProject project = load(id);
        ProjectView registered = registry.get(id);
        if (project.finished()) {
            throw new ConflictException("governance.finished", new Object[] {registered.code()}, Map.of(),
                    "project " + registered.code() + " has finished its lifecycle");
        }
        Optional<GateReview> open = reviews.findByProjectAndState(id.value(), ReviewState.REQUESTED);
        if (open.isPresent()) {
            throw new ConflictException("governance.review.open", new Object[] {open.get().gateCode()},
                    Map.of("gate", open.get().gateCode(), "review", open.get().id()),
                    "gate " + open.get().gateCode() + " is requested already");
        }
        LifecycleView lifecycle = lifecycleOf(project);
        LifecycleView.Phase phase = lifecycle.phases().get(project.phasePosition());
        GateReview review = reviews.save(GateReview.request(id.value(), phase.position(), phase.gate().code(),
                actor.id().value(), Instant.now(clock)));
        audit.created(AUDIT_REVIEW, review.id(), registered.code() + " " + phase.gate().code(),
                snapshot(review, lifecycle));
        return view(registered, project, actor);
    }

    /**
     * Answers items of the open review's checklist (the project's editors and the board); 400 naming each unknown
     * item or missing answer, 409 when no review is open.
     */
    @Transactional
    public GovernanceView answer(ProjectId id, GovernanceCommand.Checklist command) {
        Actor actor = requireParticipant(id);
        GovernedProject project = load(id);
        GateReview review = open(id);
        StaleVersionException.check(command.version(), review.version(), "gate review " + review.id());
        LifecycleView lifecycle = lifecycleOf(project);
        LifecycleView.Phase phase = lifecycle.phases().get(review.phasePosition());
        Map<String, Answer> answers = command.answers() == null ? Map.of() : command.answers();
        Map<String, String> notes = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        answers.forEach((key, answer) -> {
            if (phase.checklist().stream().noneMatch(item -> item.key().equals(key))) {
                problems.add(new FieldProblem("answers." + key, "validation.reference.unknown"));
            } else if (answer == null) {
                problems.add(new FieldProblem("answers." + key, "validation.required"));
            }
        });
        if (command.notes() != null) {
            command.notes().forEach((key, note) -> {
                String text = Texts.blankToNull(note);
                if (text != null && text.length() > 1000) {
                    problems.add(new FieldProblem("notes." + key, "governance.text.tooLong", 1000));
                }
                notes.put(key, text);
            });
        }
        if (answers.isEmpty()) problems.add(new FieldProblem("answers", "validation.required"));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        Map<String, String> before = snapshot(review, lifecycle);
        review.answer(answers, notes, command.version(), Instant.now(clock));
        review = reviews.save(review);
        audit.updated(AUDIT_REVIEW, review.id(), registry.get(id).code() + " " + review.gateCode(), before,
                snapshot(review, lifecycle));
        return view(registry.get(id), project, actor);
    }

    /**
     * The gate board's decision on the open review, with its rationale (and conditions for a Go with conditions).
     * Refused (400, naming each) when a mandatory checklist item has no answer, or, for a Go, a mandatory
     * deliverable of the phase is neither approved nor waived; a gate that tailoring makes optional is decided on
     * the board's judgement alone. A Go moves the project to its next phase (past the last gate, closes it); a Stop
     * cancels it; Hold and Recycle leave it where it is. 403 for whoever is not on the board.
     */
    @Transactional
    public GovernanceView decide(ProjectId id, GovernanceCommand.Decide command) {
        Actor actor = rights.require(id, ProjectRight.DECIDE_GATES);
        GovernedProject project = load(id);
        GateReview review = open(id);
        StaleVersionException.check(command.version(), review.version(), "gate review " + review.id());
        LifecycleView lifecycle = lifecycleOf(project);
        LifecycleView.Phase phase = lifecycle.phases().get(review.phasePosition());
        String rationale = Texts.blankToNull(command.rationale());
        String conditions = Texts.blankToNull(command.conditions());
        List<FieldProblem> problems = new ArrayList<>();
        if (command.decision() == null) problems.add(new FieldProblem("decision", "validation.required"));
        if (rationale == null) problems.add(new FieldProblem("rationale", "governance.rationale.required"));
        else if (rationale.length() > 4000) problems.add(new FieldProblem("rationale", "governance.text.tooLong", 4000));
        if (command.decision() == GateDecision.GO_WITH_CONDITIONS && conditions == null) {
            problems.add(new FieldProblem("conditions", "governance.conditions.required"));
        } else if (conditions != null && conditions.length() > 4000) {
            problems.add(new FieldProblem("conditions", "governance.text.tooLong", 4000));
        }
        if (command.decision() != null && mandatory(project, phase.gate().code(), phase.gate().mandatoryFrom())) {
            for (LifecycleView.Item item : phase.checklist()) {
                if (mandatory(project, item.key(), item.mandatoryFrom()) && review.answerTo(item.key()).isEmpty()) {
                    problems.add(new FieldProblem("checklist." + item.key(), "governance.checklist.unanswered",
                            item.name()));
                }
            }
            if (command.decision().passes()) {
                for (LifecycleView.Item item : phase.deliverables()) {
                    if (mandatory(project, item.key(), item.mandatoryFrom()) && !done(project, item.key())) {
                        problems.add(new FieldProblem("deliverables." + item.key(),
                                "governance.deliverable.unapproved", item.name()));
                    }
                }
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        ProjectView registered = registry.get(id);
        Instant now = Instant.now(clock);
        Map<String, String> projectBefore = snapshot(project, lifecycle);
        Map<String, String> reviewBefore = snapshot(review, lifecycle);
        String toPhase = null;
        String gate = phase.gate().code() + " " + phase.gate().name();
        if (command.decision().passes()) {
            project.pass(lifecycle.phases().size(), now);
            if (project.finished()) {
                if (ProjectAct.CLOSE.allowedFrom(registered.state())) {
                    registry.take(id, ProjectAct.CLOSE, registered.version());
                }
            } else {
                LifecycleView.Phase next = lifecycle.phases().get(project.phasePosition());
                toPhase = next.key();
                if (next.registryPhase() != registered.phase()) registry.enterPhase(id, next.registryPhase(), gate);
            }
        } else if (command.decision() == GateDecision.STOP) {
            project.stop(now);
            if (ProjectAct.CANCEL.allowedFrom(registered.state())) {
                registry.take(id, ProjectAct.CANCEL, registered.version());
            }
        }
        review.decide(command.decision(), rationale, conditions, actor.id().value(), phase.key(), toPhase,
                command.version(), now);
        review = reviews.save(review);
        audit.updated(AUDIT_REVIEW, review.id(), registered.code() + " " + review.gateCode(), reviewBefore,
                snapshot(review, lifecycle));
        if (command.decision() == GateDecision.GO_WITH_CONDITIONS) {
            Long owner = registered.manager() == null ? actor.id().value() : registered.manager().id();
            for (String line : conditions.split("\\R")) {
                if (line.isBlank()) continue;
                String text = line.strip().length() > 1000 ? line.strip().substring(0, 1000) : line.strip();
                GateAction action = actions.save(GateAction.of(id.value(), review.id(), text, owner,
                        command.dueBy(), now));
                audit.created(AUDIT_ACTION, action.id(), registered.code() + " " + review.gateCode(),
                        snapshot(action));
            }
        }
        if (project.finished() || toPhase != null) {
            project = governed.save(project);
            audit.updated(AUDIT_PROJECT, id.value(), registered.code() + " " + lifecycle.name(), projectBefore,
                    snapshot(project, lifecycle));
        }
        return view(registry.get(id), project, actor);
    }

    /**
     * Marks one of the project's actions (a condition of a Go) done, with an optional note (the project's editors
     * and the board). 400 naming an unknown action, 409 when it is done already or stale.
     */
    @Transactional
    public GovernanceView completeAction(ProjectId id, GovernanceCommand.CompleteAction command) {
        Actor actor = requireParticipant(id);
        GovernedProject project = load(id);
        GateAction action = command.actionId() == null ? null : actions.findById(command.actionId())
                .filter(found -> found.project() == id.value()).orElse(null);
        List<FieldProblem> problems = new ArrayList<>();
        if (action == null) {
            problems.add(new FieldProblem("actionId", command.actionId() == null ? "validation.required"
                    : "validation.reference.unknown"));
        }
        String note = Texts.blankToNull(command.note());
        if (note != null && note.length() > 1000) problems.add(new FieldProblem("note", "governance.text.tooLong", 1000));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        StaleVersionException.check(command.version(), action.version(), "action " + action.id());
        Map<String, String> before = snapshot(action);
        action.complete(actor.id().value(), note, command.version(), Instant.now(clock));
        action = actions.save(action);
        ProjectView registered = registry.get(id);
        audit.updated(AUDIT_ACTION, action.id(), registered.code() + " " + action.text(), before, snapshot(action));
        return view(registered, project, actor);
    }

    private static Map<String, String> snapshot(GateAction action) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("text", action.text());
        snapshot.put("owner", action.owner() == null ? null : "#" + action.owner());
        snapshot.put("due", action.due() == null ? null : action.due().toString());
        snapshot.put("done", String.valueOf(action.done()));
        snapshot.put("note", action.note());
        return snapshot;
    }

    private GovernanceView saved(ProjectId id, GovernedProject project, LifecycleView lifecycle,
                                 Map<String, String> before, Actor actor) {
        GovernedProject saved = governed.save(project);
        ProjectView registered = registry.get(id);
        audit.updated(AUDIT_PROJECT, id.value(), registered.code() + " " + lifecycle.name(), before,
                snapshot(saved, lifecycle));
        return view(registered, saved, actor);
    }

    /** The project's governance, for a write: 409 when it is on no lifecycle, or closed (read only). */
    private GovernedProject load(ProjectId id) {
        ClosedProjects.requireOpen(registry.get(id));
        return governed.findById(id.value()).orElseThrow(() -> new ConflictException("governance.none",
                new Object[] {id.value()}, Map.of(), "project " + id.value() + " is on no lifecycle"));
    }

    private GateReview open(ProjectId id) {
        return reviews.findByProjectAndState(id.value(), ReviewState.REQUESTED).orElseThrow(() ->
                new ConflictException("governance.review.none", new Object[] {}, Map.of(),
                        "project " + id.value() + " has no gate review open"));
    }

    private LifecycleView lifecycleOf(GovernedProject project) {
        return lifecycles.get(project.lifecycle(), project.lifecycleVersion());
    }

    private static boolean mandatory(GovernedProject project, String key, Applicability rule) {
        return project.overrideOf(key).map(TailoringOverride::mandatory)
                .orElse(rule.mandatoryFor(project.projectClass()));
    }

    private static boolean done(GovernedProject project, String key) {
        return project.deliverable(key).map(ProjectDeliverable::state)
                .map(state -> state == DeliverableState.APPROVED || state == DeliverableState.WAIVED).orElse(false);
    }

    private static GovernanceView.Compliance compliance(GovernedProject project, GateReview review,
                                                        LifecycleView.Phase phase) {
        List<String> unanswered = phase.checklist().stream()
                .filter(item -> mandatory(project, item.key(), item.mandatoryFrom())
                        && review.answerTo(item.key()).isEmpty())
                .map(LifecycleView.Item::name).toList();
        List<String> unapproved = phase.deliverables().stream()
                .filter(item -> mandatory(project, item.key(), item.mandatoryFrom()) && !done(project, item.key()))
                .map(LifecycleView.Item::name).toList();
        return new GovernanceView.Compliance(unanswered.isEmpty() && unapproved.isEmpty(), unanswered, unapproved);
    }

    /** The name of a deliverable, checklist item or gate of the lifecycle, or null when it has none of that key. */
    private static String name(LifecycleView lifecycle, String key) {
        for (LifecycleView.Phase phase : lifecycle.phases()) {
            if (phase.gate().code().equals(key)) return phase.gate().name();
            for (LifecycleView.Item item : phase.deliverables()) if (item.key().equals(key)) return item.name();
            for (LifecycleView.Item item : phase.checklist()) if (item.key().equals(key)) return item.name();
        }
        return null;
    }

    private GovernanceView view(ProjectView registered, GovernedProject project, Actor reader) {
        ProjectId id = new ProjectId(registered.id());
        boolean board = rights.may(reader, id, ProjectRight.DECIDE_GATES);
        boolean editor = rights.may(reader, id, ProjectRight.EDIT);
        List<String> acts = new ArrayList<>();
        if (project == null) {
            if (board && !registered.state().name().equals("CLOSED") && !registered.state().name().equals("CANCELLED")) {
                acts.add("adopt");
            }
            return new GovernanceView(registered.id(), registered.code(), registered.name(), null, null, null, null,
                    null, false, List.of(), List.of(), null, List.of(), List.of(), acts, 0);
        }
        LifecycleView lifecycle = lifecycleOf(project);
        Map<Long, Person> everyone = people.byId();
        LifecycleView.Phase current = lifecycle.phases().get(project.phasePosition());
        List<GateReview> history = reviews.findByProjectOrderByIdDesc(project.project());
        GateReview open = history.stream().filter(review -> review.state() == ReviewState.REQUESTED).findFirst()
                .orElse(null);
        if (board) acts.addAll(List.of("classify", "override", "decide-deliverables"));
        if (editor) acts.add("work");
        if (editor && open == null && !project.finished()) acts.add("request");
        if (open != null && (editor || board)) acts.add("answer");
        if (open != null && board) acts.add("decide");
        Map<Long, String> gates = new java.util.HashMap<>();
        history.forEach(review -> gates.put(review.id(), review.gateCode()));
        List<GovernanceView.Action> actionViews = actions.findByProjectOrderById(project.project()).stream()
                .map(action -> new GovernanceView.Action(action.id(), gates.get(action.gateReview()), action.text(),
                        person(everyone, action.owner()), action.due(), action.done(),
                        person(everyone, action.doneBy()), action.doneAt(), action.note(), action.version()))
                .toList();
        if ((editor || board) && actionViews.stream().anyMatch(action -> !action.done())) acts.add("complete");
        List<GovernanceView.Deliverable> deliverables = new ArrayList<>();
        for (LifecycleView.Phase phase : lifecycle.phases()) {
            for (LifecycleView.Item item : phase.deliverables()) {
                ProjectDeliverable stored = project.deliverable(item.key()).orElse(null);
                DeliverableState state = stored == null ? DeliverableState.NOT_STARTED : stored.state();
                List<DeliverableAct> allowed = DeliverableAct.actsFrom(state).stream()
                        .filter(act -> act.board() ? board : editor).toList();
                deliverables.add(new GovernanceView.Deliverable(item.key(), item.name(), phase.key(), phase.name(),
                        mandatory(project, item.key(), item.mandatoryFrom()), state,
                        stored == null ? null : stored.link(), stored == null ? null : stored.reason(),
                        stored == null ? null : person(everyone, stored.decidedBy()),
                        stored == null ? null : stored.decidedOn(), stored == null ? List.of() : allowed));
            }
        }
        List<GovernanceView.RuleOverride> overrides = project.overrides().stream()
                .sorted(Comparator.comparing(TailoringOverride::itemKey))
                .map(override -> new GovernanceView.RuleOverride(override.itemKey(), name(lifecycle, override.itemKey()),
                        override.mandatory(), override.reason())).toList();
        List<GovernanceView.Review> reviewViews = history.stream()
                .map(review -> review(project, review, lifecycle, everyone)).toList();
        GovernanceView.Review openView = open == null ? null : reviewViews.stream()
                .filter(review -> review.id() == open.id()).findFirst().orElse(null);
        return new GovernanceView(registered.id(), registered.code(), registered.name(),
                new GovernanceView.Lifecycle(lifecycle.id(), lifecycle.code(), lifecycle.name(), lifecycle.number(),
                        lifecycle.currentNumber()),
                project.answers(), project.score(), project.projectClass(),
                new GovernanceView.Phase(current.position(), current.key(), current.name(), current.guidance(),
                        current.gate().code(), current.gate().name(),
                        mandatory(project, current.gate().code(), current.gate().mandatoryFrom()),
                        current.position() == lifecycle.phases().size() - 1),
                project.finished(), deliverables, overrides, openView, reviewViews, actionViews, acts,
                project.version());
    }

    private GovernanceView.Review review(GovernedProject project, GateReview review, LifecycleView lifecycle,
                                         Map<Long, Person> everyone) {
        LifecycleView.Phase phase = lifecycle.phases().get(review.phasePosition());
        List<GovernanceView.ChecklistLine> checklist = phase.checklist().stream().map(item -> {
            Optional<ChecklistAnswer> answer = review.answerTo(item.key());
            return new GovernanceView.ChecklistLine(item.key(), item.name(),
                    mandatory(project, item.key(), item.mandatoryFrom()),
                    answer.map(ChecklistAnswer::answer).orElse(null), answer.map(ChecklistAnswer::note).orElse(null));
        }).toList();
        return new GovernanceView.Review(review.id(), review.gateCode(), phase.gate().name(), phase.name(),
                review.state(), person(everyone, review.requestedBy()), review.requestedAt(), checklist,
                review.state() == ReviewState.REQUESTED ? compliance(project, review, phase) : null,
                review.decision(), review.rationale(), review.conditions(), person(everyone, review.decidedBy()),
                review.decidedAt(), review.version());
    }

    private Map<String, String> snapshot(GovernedProject project, LifecycleView lifecycle) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("lifecycle", lifecycle.code() + " v" + project.lifecycleVersion());
        snapshot.put("phase", lifecycle.phases().get(project.phasePosition()).key());
        snapshot.put("finished", String.valueOf(project.finished()));
        snapshot.put("answers", "size " + project.answers().size() + ", complexity " + project.answers().complexity()
                + ", risk " + project.answers().risk() + ", importance " + project.answers().importance());
        snapshot.put("class", project.projectClass() + " (" + project.score() + ")");
        project.overrides().stream().sorted(Comparator.comparing(TailoringOverride::itemKey)).forEach(override ->
                snapshot.put("override." + override.itemKey(), (override.mandatory() ? "mandatory" : "optional")
                        + ": " + override.reason()));
        project.deliverables().stream().sorted(Comparator.comparing(ProjectDeliverable::itemKey)).forEach(d ->
                snapshot.put("deliverable." + d.itemKey(), d.state()
                        + (d.link() == null ? "" : " " + d.link()) + (d.reason() == null ? "" : ": " + d.reason())));
        return snapshot;
    }

    private Map<String, String> snapshot(GateReview review, LifecycleView lifecycle) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("gate", review.gateCode());
        snapshot.put("phase", lifecycle.phases().get(review.phasePosition()).key());
        snapshot.put("state", review.state().name());
        snapshot.put("answers", review.answers().stream().sorted(Comparator.comparing(ChecklistAnswer::itemKey))
                .map(answer -> answer.itemKey() + " " + answer.answer()).collect(Collectors.joining(", ")));
        snapshot.put("decision", review.decision() == null ? null : review.decision().name());
        snapshot.put("rationale", review.rationale());
        snapshot.put("conditions", review.conditions());
        return snapshot;
    }

    private static Reference person(Map<Long, Person> everyone, Long id) {
        if (id == null) return null;
        Person person = everyone.get(id);
        return person == null ? null : new Reference(id, person.username(), person.displayName());
    }
}
