package org.lodestar.pmo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditedChanges;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.Rights;
import org.lodestar.platform.Role;
import org.lodestar.platform.UserId;
import org.lodestar.pmo.internal.CoachingAction;
import org.lodestar.pmo.internal.CoachingSession;
import org.lodestar.pmo.internal.Mentoring;
import org.lodestar.pmo.internal.MentoringStore;
import org.lodestar.portfolio.Reference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching of project managers: the PMO (ASSIGN_MENTORS) assigns a mentor to a project manager and ends the
 * assignment; the mentor logs sessions with the actions agreed and follows them up. A coaching log is personal: only
 * the mentor, the mentee and the PMO read it (403 for everyone else). Every act is audited in its transaction.
 */
@Service
public class Coaching {

    static final String AUDIT_TYPE = "mentoring";

    private final MentoringStore store;
    private final OrganisationRights rights;
    private final CurrentUser currentUser;
    private final People people;
    private final InputValidation validation;
    private final AuditedChanges changes;
    private final Clock clock;
    private final AuditedChanges.Kind<Mentoring> kind;

    Coaching(MentoringStore store, OrganisationRights rights, CurrentUser currentUser, People people,
             InputValidation validation, AuditedChanges changes, Clock clock) {
        this.store = store;
        this.rights = rights;
        this.currentUser = currentUser;
        this.people = people;
        this.validation = validation;
        this.changes = changes;
        this.clock = clock;
        this.kind = new AuditedChanges.Kind<>(AUDIT_TYPE, store::findById, store::save, Mentoring::id,
                Mentoring::version, m -> summary(m, people.byId()), Coaching::snapshot);
    }

    /** The mentorings the reader may read: the PMO all of them, others those they mentor or are mentored in. */
    @Transactional(readOnly = true)
    public List<MentoringView> list() {
        Actor actor = currentUser.actor();
        OrganisationRights.require(actor, OrganisationAct.READ_PROJECT_DETAIL);
        Map<Long, Person> names = people.byId();
        return store.findAllByOrderByStartedOnDescIdDesc().stream().filter(m -> mayRead(actor, m))
                .map(m -> view(m, actor, names)).toList();
    }

    @Transactional(readOnly = true)
    public MentoringView get(long id) {
        Actor actor = currentUser.actor();
        Mentoring mentoring = changes.load(kind, id);
        Rights.require(mayRead(actor, mentoring), actor, "read the coaching log of mentoring " + id);
        return view(mentoring, actor, people.byId());
    }

    /** Refuses (403) whoever may not log sessions of this mentoring; asked before the body is read. */
    @Transactional(readOnly = true)
    public void authoriseLog(long id) {
        Actor actor = currentUser.actor();
        Rights.require(mayLog(actor, changes.load(kind, id)), actor, "log sessions of mentoring " + id);
    }

    /** The people who may be mentees: holders of the project manager role, by name. */
    @Transactional(readOnly = true)
    public List<Reference> projectManagers() {
        rights.require(OrganisationAct.ASSIGN_MENTORS);
        return people.all().stream().filter(p -> p.enabled() && p.roles().contains(Role.PROJECT_MANAGER))
                .map(p -> new Reference(p.id().value(), p.username(), p.displayName())).toList();
    }

    /** Everyone who may mentor: enabled people, by name. */
    @Transactional(readOnly = true)
    public List<Reference> people() {
        rights.require(OrganisationAct.ASSIGN_MENTORS);
        return people.all().stream().filter(Person::enabled)
                .map(p -> new Reference(p.id().value(), p.username(), p.displayName())).toList();
    }

    @Transactional
    public MentoringView assign(CoachingCommand.Assign command) {
        Actor actor = rights.require(OrganisationAct.ASSIGN_MENTORS);
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        Person mentor = command.mentorId() == null ? null : people.find(new UserId(command.mentorId())).orElse(null);
        Person mentee = command.menteeId() == null ? null : people.find(new UserId(command.menteeId())).orElse(null);
        if (command.mentorId() != null && mentor == null) problems.add("mentorId", "validation.reference.unknown");
        if (command.menteeId() != null && mentee == null) problems.add("menteeId", "validation.reference.unknown");
        if (mentee != null && !mentee.roles().contains(Role.PROJECT_MANAGER)) {
            problems.add("menteeId", "pmo.coaching.validation.notProjectManager");
        }
        if (mentor != null && mentee != null && mentor.id().equals(mentee.id())) {
            problems.add("mentorId", "pmo.coaching.validation.self");
        }
        LocalDate today = LocalDate.now(clock);
        if (command.startedOn() != null && (command.startedOn().isAfter(today.plusYears(1)) || command.startedOn().getYear() < 1900)) {
            problems.add("startedOn", "validation.date.range", "1900-01-01", today.plusYears(1).toString());
        }
        if (mentor != null && mentee != null && store.findAll().stream().anyMatch(m -> m.endedOn() == null
                && m.mentor() == mentor.id().value() && m.mentee() == mentee.id().value())) {
            problems.add("menteeId", "pmo.coaching.validation.already");
        }
        problems.throwIfAny();
        Mentoring assigned = changes.create(kind, Mentoring.assign(mentor.id().value(), mentee.id().value(),
                command.startedOn() == null ? today : command.startedOn(), Instant.now(clock)));
        return view(assigned, actor, people.byId());
    }

    @Transactional
    public MentoringView end(long id, Long version) {
        Actor actor = rights.require(OrganisationAct.ASSIGN_MENTORS);
        Mentoring mentoring = changes.load(kind, id);
        AuditedChanges.Change<Mentoring> change = changes.change(kind, mentoring, version);
        return view(change.apply(m -> m.end(LocalDate.now(clock), Instant.now(clock))), actor, people.byId());
    }

    @Transactional
    public MentoringView logSession(long id, CoachingCommand.Session command) {
        Actor actor = currentUser.actor();
        Mentoring mentoring = changes.load(kind, id);
        Rights.require(mayLog(actor, mentoring), actor, "log sessions of mentoring " + id);
        AuditedChanges.Change<Mentoring> change = changes.change(kind, mentoring, command == null ? null : command.version());
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        if (command.heldOn() != null && (command.heldOn().isAfter(LocalDate.now(clock)) || command.heldOn().getYear() < 1900)) {
            problems.add("heldOn", "pmo.coaching.validation.heldOn");
        }
        List<CoachingCommand.AgreedAction> agreed = command.actions() == null ? List.of() : command.actions();
        for (int i = 0; i < agreed.size(); i++) {
            LocalDate due = agreed.get(i).dueOn();
            if (due != null && (due.getYear() < 1900 || due.getYear() > 2999)) {
                problems.add("actions[" + i + "].dueOn", "validation.date.range", "1900-01-01", "2999-12-31");
            }
        }
        problems.throwIfAny();
        String topics = command.topics().stream().distinct().map(Enum::name).collect(Collectors.joining(","));
        CoachingSession session = new CoachingSession(command.heldOn(), topics, blankToNull(command.notes()));
        List<String> descriptions = agreed.stream().map(a -> a.description().strip()).toList();
        List<LocalDate> due = agreed.stream().map(CoachingCommand.AgreedAction::dueOn).toList();
        return view(change.apply(m -> m.logSession(session, descriptions, due, Instant.now(clock))), actor,
                people.byId());
    }

    @Transactional
    public MentoringView followUp(long id, int index, CoachingCommand.FollowUp command) {
        Actor actor = currentUser.actor();
        Mentoring mentoring = changes.load(kind, id);
        Rights.require(mayLog(actor, mentoring), actor, "follow up actions of mentoring " + id);
        AuditedChanges.Change<Mentoring> change = changes.change(kind, mentoring, command == null ? null : command.version());
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        problems.throwIfAny();
        return view(change.apply(m -> {
            if (!m.followUp(index, blankToNull(command.note()), Instant.now(clock))) {
                throw new NotFoundException("action " + index + " of mentoring " + id);
            }
        }), actor, people.byId());
    }

    private static boolean mayRead(Actor actor, Mentoring mentoring) {
        return OrganisationAct.ASSIGN_MENTORS.allows(actor) || actor.id().value() == mentoring.mentor()
                || actor.id().value() == mentoring.mentee();
    }

    private static boolean mayLog(Actor actor, Mentoring mentoring) {
        return OrganisationAct.ASSIGN_MENTORS.allows(actor) || actor.id().value() == mentoring.mentor();
    }

    private MentoringView view(Mentoring mentoring, Actor actor, Map<Long, Person> names) {
        LocalDate today = LocalDate.now(clock);
        List<MentoringView.Session> sessions = new ArrayList<>();
        List<CoachingSession> held = mentoring.sessions();
        for (int i = held.size() - 1; i >= 0; i--) {
            CoachingSession s = held.get(i);
            sessions.add(new MentoringView.Session(i, s.heldOn(),
                    Arrays.stream(s.topics().split(",")).filter(t -> !t.isBlank()).map(CoachingTopic::valueOf).toList(),
                    s.notes()));
        }
        List<MentoringView.Action> actions = new ArrayList<>();
        List<CoachingAction> agreed = mentoring.actions();
        int overdue = 0;
        for (int i = 0; i < agreed.size(); i++) {
            CoachingAction a = agreed.get(i);
            boolean late = !a.done() && a.dueOn() != null && a.dueOn().isBefore(today);
            if (late) overdue++;
            actions.add(new MentoringView.Action(i, a.session(), a.description(), a.dueOn(), a.done(), a.followUp(), late));
        }
        return new MentoringView(mentoring.id(), person(mentoring.mentor(), names), person(mentoring.mentee(), names),
                mentoring.startedOn(), mentoring.endedOn(), sessions, actions, overdue,
                mentoring.endedOn() == null && mayLog(actor, mentoring), mentoring.version());
    }

    private static Reference person(long id, Map<Long, Person> names) {
        Person person = names.get(id);
        return new Reference(id, person == null ? null : person.username(), person == null ? "" : person.displayName());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String summary(Mentoring mentoring, Map<Long, Person> names) {
        return person(mentoring.mentor(), names).name() + " → " + person(mentoring.mentee(), names).name();
    }

    private static Map<String, String> snapshot(Mentoring mentoring) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("mentor", String.valueOf(mentoring.mentor()));
        fields.put("mentee", String.valueOf(mentoring.mentee()));
        fields.put("startedOn", String.valueOf(mentoring.startedOn()));
        fields.put("endedOn", Objects.toString(mentoring.endedOn(), ""));
        List<CoachingSession> sessions = mentoring.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            CoachingSession s = sessions.get(i);
            fields.put("session" + (i + 1), s.heldOn() + " | " + s.topics() + (s.notes() == null ? "" : " | " + s.notes()));
        }
        List<CoachingAction> actions = mentoring.actions();
        for (int i = 0; i < actions.size(); i++) {
            CoachingAction a = actions.get(i);
            fields.put("action" + (i + 1), a.description() + " | " + Objects.toString(a.dueOn(), "")
                    + (a.done() ? " | done" + (a.followUp() == null ? "" : ": " + a.followUp()) : ""));
        }
        return fields;
    }
}
