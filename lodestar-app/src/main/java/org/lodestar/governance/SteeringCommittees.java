package org.lodestar.governance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lodestar.governance.internal.CommitteeMember;
import org.lodestar.governance.internal.MeetingAttendee;
import org.lodestar.governance.internal.SteeringAction;
import org.lodestar.governance.internal.SteeringActionStore;
import org.lodestar.governance.internal.SteeringCommittee;
import org.lodestar.governance.internal.SteeringCommitteeStore;
import org.lodestar.governance.internal.SteeringDecision;
import org.lodestar.governance.internal.SteeringDecisionStore;
import org.lodestar.governance.internal.SteeringMeeting;
import org.lodestar.governance.internal.SteeringMeetingStore;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.InvalidInputException.FieldProblem;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.platform.Texts;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.portfolio.PortfolioView;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectView;
import org.lodestar.portfolio.Reference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each portfolio's steering committee: formed and kept by the PMO; its meetings scheduled, recorded as held (who
 * attended, the minutes), and the decisions and actions taken in them, by its decision-makers (who hold
 * {@code ProjectRight.DECIDE_GATES} over the portfolio's projects, see {@link SteeringRights}); an action closed by
 * its owner or a decision-maker. Read by whoever reads project detail. Every change is audited in its transaction;
 * 400 naming each bad field, 409 when stale or when the meeting's or action's state refuses the act.
 */
@Service
public class SteeringCommittees {

    public static final String AUDIT_COMMITTEE = "steeringCommittee";
    public static final String AUDIT_MEETING = "steeringMeeting";
    public static final String AUDIT_DECISION = "steeringDecision";
    public static final String AUDIT_ACTION = "steeringAction";

    private final SteeringCommitteeStore committees;
    private final SteeringMeetingStore meetings;
    private final SteeringDecisionStore decisions;
    private final SteeringActionStore actions;
    private final SteeringRights rights;
    private final PortfolioRegistry portfolios;
    private final ProjectRegistry projects;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    SteeringCommittees(SteeringCommitteeStore committees, SteeringMeetingStore meetings,
                       SteeringDecisionStore decisions, SteeringActionStore actions, SteeringRights rights,
                       PortfolioRegistry portfolios, ProjectRegistry projects, People people, AuditTrail audit,
                       Clock clock) {
        this.committees = committees;
        this.meetings = meetings;
        this.decisions = decisions;
        this.actions = actions;
        this.rights = rights;
        this.portfolios = portfolios;
        this.projects = projects;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** The portfolio's committee, if it has one (404 when there is no such portfolio). */
    @Transactional(readOnly = true)
    public Optional<SteeringView.Committee> find(long portfolio) {
        Actor reader = rights.requireReader();
        PortfolioView found = portfolios.portfolio(portfolio);
        return committees.findByPortfolio(portfolio).map(committee -> view(committee, found, reader));
    }

    /** The portfolio's committee; 404 when it has none. */
    @Transactional(readOnly = true)
    public SteeringView.Committee committee(long portfolio) {
        return find(portfolio).orElseThrow(() ->
                new NotFoundException("steering committee of portfolio " + portfolio));
    }

    /**
     * Forms the portfolio's committee (when it has none; a version sent is then ignored) or changes it (from the
     * version it was read at, else 409): the PMO's act. 400 naming the name, chair, cadence or each bad member.
     */
    @Transactional
    public SteeringView.Committee keep(long portfolio, SteeringCommand.Keep command) {
        Actor actor = rights.requireKeeper();
        PortfolioView found = portfolios.portfolio(portfolio);
        Map<Long, Person> everyone = people.byId();
        List<FieldProblem> problems = new ArrayList<>();
        String name = Texts.blankToNull(command.name());
        if (name == null) problems.add(new FieldProblem("name", "validation.required"));
        else if (name.length() > 200) problems.add(new FieldProblem("name", "governance.text.tooLong", 200));
        if (command.chairId() == null) problems.add(new FieldProblem("chairId", "validation.required"));
        else if (!everyone.containsKey(command.chairId())) {
            problems.add(new FieldProblem("chairId", "validation.reference.unknown"));
        }
        if (command.cadence() == null) problems.add(new FieldProblem("cadence", "validation.required"));
        List<CommitteeMember> members = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<SteeringCommand.Member> sent = command.members() == null ? List.of() : command.members();
        for (int i = 0; i < sent.size(); i++) {
            SteeringCommand.Member member = sent.get(i);
            String field = "members[" + i + "]";
            if (member == null || member.personId() == null) {
                problems.add(new FieldProblem(field + ".personId", "validation.required"));
                continue;
            }
            if (!everyone.containsKey(member.personId())) {
                problems.add(new FieldProblem(field + ".personId", "validation.reference.unknown"));
            } else if (!seen.add(member.personId())) {
                problems.add(new FieldProblem(field + ".personId", "governance.steering.member.repeated"));
            }
            String role = Texts.blankToNull(member.role());
            if (role == null) problems.add(new FieldProblem(field + ".role", "validation.required"));
            else if (role.length() > 200) problems.add(new FieldProblem(field + ".role", "governance.text.tooLong", 200));
            members.add(new CommitteeMember(member.personId(), role));
        }
        if (sent.size() > 50) problems.add(new FieldProblem("members", "governance.steering.members.tooMany", 50));
        Optional<SteeringCommittee> existing = committees.findByPortfolio(portfolio);
        if (existing.isPresent()) {
            StaleVersionException.check(command.version(), existing.get().version(),
                    "steering committee of portfolio " + found.code());
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        Instant now = Instant.now(clock);
        SteeringCommittee committee;
        if (existing.isPresent()) {
            committee = existing.get();
            Map<String, String> before = snapshot(committee, everyone);
            committee.keep(name, command.chairId(), command.cadence(), members, command.version(), now);
            committee = committees.save(committee);
            audit.updated(AUDIT_COMMITTEE, committee.id(), found.code() + " " + committee.name(), before,
                    snapshot(committee, everyone));
        } else {
            committee = committees.save(SteeringCommittee.form(portfolio, name, command.chairId(), command.cadence(),
                    members, now));
            audit.created(AUDIT_COMMITTEE, committee.id(), found.code() + " " + committee.name(),
                    snapshot(committee, everyone));
        }
        return view(committee, found, actor);
    }

    /** Schedules a meeting of the portfolio's committee (the decision-makers); 409 when it has no committee. */
    @Transactional
    public SteeringView.Meeting schedule(long portfolio, SteeringCommand.Schedule command) {
        Actor actor = rights.requireDecider(portfolio);
        PortfolioView found = portfolios.portfolio(portfolio);
        SteeringCommittee committee = committees.findByPortfolio(portfolio).orElseThrow(() ->
                new ConflictException("governance.steering.committee.none", new Object[] {found.code()}, Map.of(),
                        "portfolio " + found.code() + " has no steering committee"));
        List<FieldProblem> problems = new ArrayList<>();
        if (command.heldOn() == null) problems.add(new FieldProblem("heldOn", "validation.required"));
        String agenda = Texts.blankToNull(command.agenda());
        if (agenda != null && agenda.length() > 4000) {
            problems.add(new FieldProblem("agenda", "governance.text.tooLong", 4000));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        SteeringMeeting meeting = meetings.save(SteeringMeeting.schedule(committee.id(), portfolio, command.heldOn(),
                agenda, Instant.now(clock)));
        Map<Long, Person> everyone = people.byId();
        audit.created(AUDIT_MEETING, meeting.id(), summary(found, meeting), snapshot(meeting, everyone));
        return view(meeting, committee, found, actor, everyone);
    }

    /** A meeting with its decisions and actions. */
    @Transactional(readOnly = true)
    public SteeringView.Meeting meeting(long id) {
        Actor reader = rights.requireReader();
        SteeringMeeting meeting = loadMeeting(id);
        return view(meeting, committees.findById(meeting.committee()).orElseThrow(),
                portfolios.portfolio(meeting.portfolio()), reader, people.byId());
    }

    /** The meetings of every committee, or of one portfolio's, newest first. */
    @Transactional(readOnly = true)
    public List<SteeringView.ListedMeeting> meetings(Long portfolio) {
        rights.requireReader();
        List<SteeringCommittee> all = portfolio == null ? committees.findAll()
                : committees.findByPortfolio(portfolio).map(List::of).orElse(List.of());
        return all.stream().flatMap(committee -> meetings.findByCommitteeOrderByHeldOnDescIdDesc(committee.id())
                        .stream())
                .sorted(Comparator.comparing(SteeringMeeting::heldOn).reversed())
                .map(meeting -> new SteeringView.ListedMeeting(meeting.id(), meeting.portfolio(), meeting.heldOn(),
                        meeting.state()))
                .toList();
    }

    /** The portfolio of a meeting (404 when there is no such meeting), to ask for rights before a write. */
    @Transactional(readOnly = true)
    public long portfolioOfMeeting(long id) {
        return loadMeeting(id).portfolio();
    }

    /** The portfolio and owner of an action (404 when there is no such action), to ask for rights before a write. */
    @Transactional(readOnly = true)
    public long[] portfolioAndOwnerOfAction(long id) {
        SteeringAction action = loadAction(id);
        return new long[] {action.portfolio(), action.owner()};
    }

    /** The meeting an action was agreed in (404 when there is no such action). */
    @Transactional(readOnly = true)
    public long meetingOfAction(long id) {
        return loadAction(id).meeting();
    }

    /**
     * Records a scheduled meeting as held: who attended (each a known person) and its minutes (the
     * decision-makers). 409 when it is held already or stale; 400 naming each unknown attendee or too long minutes.
     */
    @Transactional
    public SteeringView.Meeting record(long id, SteeringCommand.Record command) {
        SteeringMeeting meeting = loadMeeting(id);
        Actor actor = rights.requireDecider(meeting.portfolio());
        Map<Long, Person> everyone = people.byId();
        List<FieldProblem> problems = new ArrayList<>();
        List<Long> attendees = command.attendeeIds() == null ? List.of() : command.attendeeIds();
        if (attendees.isEmpty()) problems.add(new FieldProblem("attendeeIds", "validation.required"));
        for (int i = 0; i < attendees.size(); i++) {
            if (attendees.get(i) == null || !everyone.containsKey(attendees.get(i))) {
                problems.add(new FieldProblem("attendeeIds[" + i + "]", attendees.get(i) == null
                        ? "validation.required" : "validation.reference.unknown"));
            }
        }
        String minutes = Texts.blankToNull(command.minutes());
        if (minutes == null) problems.add(new FieldProblem("minutes", "validation.required"));
        else if (minutes.length() > 8000) problems.add(new FieldProblem("minutes", "governance.text.tooLong", 8000));
        StaleVersionException.check(command.version(), meeting.version(), "meeting " + id);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        PortfolioView found = portfolios.portfolio(meeting.portfolio());
        Map<String, String> before = snapshot(meeting, everyone);
        meeting.record(attendees.stream().distinct().toList(), minutes, command.version(), Instant.now(clock));
        meeting = meetings.save(meeting);
        audit.updated(AUDIT_MEETING, meeting.id(), summary(found, meeting), before, snapshot(meeting, everyone));
        return view(meeting, committees.findById(meeting.committee()).orElseThrow(), found, actor, everyone);
    }

    /**
     * Takes a decision in a held meeting, into the portfolio's decision log (the decision-makers); registers
     * {@link SteeringDecisionTaken}. 409 when the meeting has not been held; 400 naming the text or a project that
     * is not one of the portfolio's.
     */
    @Transactional
    public SteeringView.Meeting decide(long id, SteeringCommand.Decide command) {
        SteeringMeeting meeting = loadMeeting(id);
        Actor actor = rights.requireDecider(meeting.portfolio());
        PortfolioView found = portfolios.portfolio(meeting.portfolio());
        List<FieldProblem> problems = new ArrayList<>();
        String text = Texts.blankToNull(command.text());
        if (text == null) problems.add(new FieldProblem("text", "validation.required"));
        else if (text.length() > 2000) problems.add(new FieldProblem("text", "governance.text.tooLong", 2000));
        ProjectView project = null;
        if (command.projectId() != null) {
            try {
                project = projects.get(new ProjectId(command.projectId()));
            } catch (NotFoundException unknown) {
                problems.add(new FieldProblem("projectId", "validation.reference.unknown"));
            }
            if (project != null && (project.portfolio() == null || project.portfolio().id() != meeting.portfolio())) {
                problems.add(new FieldProblem("projectId", "governance.steering.project.outside", found.code()));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        LocalDate on = command.decidedOn() == null ? meeting.heldOn() : command.decidedOn();
        SteeringDecision decision = decisions.save(SteeringDecision.take(meeting, text, on,
                project == null ? null : project.id(), actor.id().value(), Instant.now(clock)));
        Map<Long, Person> everyone = people.byId();
        audit.created(AUDIT_DECISION, decision.id(), summary(found, meeting), snapshot(decision, project));
        return view(meeting, committees.findById(meeting.committee()).orElseThrow(), found, actor, everyone);
    }

    /**
     * Agrees an action in a held meeting: what, its owner, by when (the decision-makers). 409 when the meeting has
     * not been held; 400 naming the text or owner.
     */
    @Transactional
    public SteeringView.Meeting assign(long id, SteeringCommand.Assign command) {
        SteeringMeeting meeting = loadMeeting(id);
        Actor actor = rights.requireDecider(meeting.portfolio());
        PortfolioView found = portfolios.portfolio(meeting.portfolio());
        Map<Long, Person> everyone = people.byId();
        List<FieldProblem> problems = new ArrayList<>();
        String text = Texts.blankToNull(command.text());
        if (text == null) problems.add(new FieldProblem("text", "validation.required"));
        else if (text.length() > 1000) problems.add(new FieldProblem("text", "governance.text.tooLong", 1000));
        if (command.ownerId() == null) problems.add(new FieldProblem("ownerId", "validation.required"));
        else if (!everyone.containsKey(command.ownerId())) {
            problems.add(new FieldProblem("ownerId", "validation.reference.unknown"));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        SteeringAction action = actions.save(SteeringAction.assign(meeting, text, command.ownerId(), command.due(),
                Instant.now(clock)));
        audit.created(AUDIT_ACTION, action.id(), summary(found, meeting), snapshot(action, everyone));
        return view(meeting, committees.findById(meeting.committee()).orElseThrow(), found, actor, everyone);
    }

    /** Closes an open action with an optional note (its owner or a decision-maker); 409 when closed already or stale. */
    @Transactional
    public SteeringView.Action close(long id, SteeringCommand.Close command) {
        SteeringAction action = loadAction(id);
        Actor actor = rights.requireCloser(action.portfolio(), action.owner());
        String note = Texts.blankToNull(command.note());
        if (note != null && note.length() > 1000) {
            throw new InvalidInputException(List.of(new FieldProblem("note", "governance.text.tooLong", 1000)));
        }
        StaleVersionException.check(command.version(), action.version(), "action " + id);
        Map<Long, Person> everyone = people.byId();
        Map<String, String> before = snapshot(action, everyone);
        action.close(actor.id().value(), note, command.version(), Instant.now(clock));
        action = actions.save(action);
        PortfolioView found = portfolios.portfolio(action.portfolio());
        audit.updated(AUDIT_ACTION, action.id(), found.code() + " " + action.text(), before, snapshot(action, everyone));
        SteeringMeeting meeting = loadMeeting(action.meeting());
        return view(action, meeting.heldOn(), actor, everyone);
    }

    /**
     * The portfolio's decision log, newest first: decisions whose text contains {@code text} (any case), about
     * {@code project} when given.
     */
    @Transactional(readOnly = true)
    public List<SteeringView.Decision> decisions(long portfolio, String text, Long project) {
        rights.requireReader();
        portfolios.portfolio(portfolio);
        String needle = Texts.blankToNull(text) == null ? null : text.strip().toLowerCase(Locale.ROOT);
        Map<Long, Person> everyone = people.byId();
        Map<Long, LocalDate> heldOn = heldOn(portfolio);
        Map<Long, Reference> names = new java.util.HashMap<>();
        return decisions.findByPortfolioOrderByDecidedOnDescIdDesc(portfolio).stream()
                .filter(decision -> needle == null || decision.text().toLowerCase(Locale.ROOT).contains(needle))
                .filter(decision -> project == null || project.equals(decision.project()))
                .map(decision -> view(decision, heldOn.get(decision.meeting()), everyone, names)).toList();
    }

    /** The portfolio's committee actions, by due date (undated last): only the open ones when {@code openOnly}. */
    @Transactional(readOnly = true)
    public List<SteeringView.Action> actions(long portfolio, boolean openOnly) {
        Actor reader = rights.requireReader();
        portfolios.portfolio(portfolio);
        Map<Long, Person> everyone = people.byId();
        Map<Long, LocalDate> heldOn = heldOn(portfolio);
        return actions.findByPortfolioOrderByDueAscIdAsc(portfolio).stream()
                .filter(action -> !openOnly || !action.done())
                .sorted(Comparator.comparing(SteeringAction::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(action -> view(action, heldOn.get(action.meeting()), reader, everyone)).toList();
    }

    private Map<Long, LocalDate> heldOn(long portfolio) {
        return committees.findByPortfolio(portfolio)
                .map(committee -> meetings.findByCommitteeOrderByHeldOnDescIdDesc(committee.id()).stream()
                        .collect(Collectors.toMap(SteeringMeeting::id, SteeringMeeting::heldOn)))
                .orElse(Map.of());
    }

    private SteeringMeeting loadMeeting(long id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("steering meeting " + id));
    }

    private SteeringAction loadAction(long id) {
        return actions.findById(id).orElseThrow(() -> new NotFoundException("steering action " + id));
    }

    private SteeringView.Committee view(SteeringCommittee committee, PortfolioView portfolio, Actor reader) {
        Map<Long, Person> everyone = people.byId();
        boolean decides = rights.decides(reader, committee.portfolio());
        List<SteeringView.Member> members = committee.members().stream()
                .map(member -> new SteeringView.Member(person(everyone, member.person()), member.role()))
                .sorted(Comparator.comparing(member -> member.person() == null ? "" : member.person().name()))
                .toList();
        List<SteeringAction> all = actions.findByPortfolioOrderByDueAscIdAsc(committee.portfolio());
        List<SteeringView.MeetingLine> lines = meetings.findByCommitteeOrderByHeldOnDescIdDesc(committee.id()).stream()
                .map(meeting -> new SteeringView.MeetingLine(meeting.id(), meeting.heldOn(), meeting.state(),
                        decisions.findByMeetingOrderById(meeting.id()).size(),
                        (int) all.stream().filter(action -> action.meeting() == meeting.id() && !action.done())
                                .count()))
                .toList();
        List<String> acts = new ArrayList<>();
        if (org.lodestar.platform.OrganisationAct.KEEP_STEERING_COMMITTEES.allows(reader)) acts.add("keep");
        if (decides) acts.add("schedule");
        return new SteeringView.Committee(committee.id(), reference(portfolio), committee.name(),
                person(everyone, committee.chair()), committee.cadence(), members, lines, decides, acts,
                committee.version());
    }

    private SteeringView.Meeting view(SteeringMeeting meeting, SteeringCommittee committee, PortfolioView portfolio,
                                      Actor reader, Map<Long, Person> everyone) {
        boolean decides = rights.decides(reader, meeting.portfolio());
        List<String> acts = new ArrayList<>();
        if (decides && meeting.state() == MeetingState.SCHEDULED) acts.add("record");
        if (decides && meeting.state() == MeetingState.HELD) acts.addAll(List.of("decide", "assign"));
        List<String> agenda = meeting.agenda() == null ? List.of() : meeting.agenda().lines()
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        Map<Long, Reference> names = new java.util.HashMap<>();
        return new SteeringView.Meeting(meeting.id(), committee.id(), reference(portfolio), committee.name(),
                meeting.heldOn(), meeting.state(), agenda,
                meeting.attendees().stream().map(attendee -> person(everyone, attendee.person()))
                        .filter(java.util.Objects::nonNull).sorted(Comparator.comparing(Reference::name)).toList(),
                meeting.minutes(),
                decisions.findByMeetingOrderById(meeting.id()).stream()
                        .map(decision -> view(decision, meeting.heldOn(), everyone, names)).toList(),
                actions.findByMeetingOrderById(meeting.id()).stream()
                        .map(action -> view(action, meeting.heldOn(), reader, everyone)).toList(),
                acts, meeting.version());
    }

    private SteeringView.Decision view(SteeringDecision decision, LocalDate heldOn, Map<Long, Person> everyone,
                                       Map<Long, Reference> projectNames) {
        Reference project = decision.project() == null ? null : projectNames.computeIfAbsent(decision.project(), id -> {
            try {
                ProjectView found = projects.get(new ProjectId(id));
                return new Reference(found.id(), found.code(), found.name());
            } catch (NotFoundException deleted) {
                return new Reference(id, null, "#" + id);
            }
        });
        return new SteeringView.Decision(decision.id(), decision.meeting(), heldOn, decision.text(),
                decision.decidedOn(), project, person(everyone, decision.decidedBy()));
    }

    private SteeringView.Action view(SteeringAction action, LocalDate heldOn, Actor reader,
                                     Map<Long, Person> everyone) {
        boolean closable = !action.done() && (reader.id().value() == action.owner()
                || rights.decides(reader, action.portfolio()));
        return new SteeringView.Action(action.id(), action.meeting(), heldOn, action.text(),
                person(everyone, action.owner()), action.due(), action.done(), person(everyone, action.closedBy()),
                action.closedAt(), action.note(), closable, action.version());
    }

    private static String summary(PortfolioView portfolio, SteeringMeeting meeting) {
        return portfolio.code() + " " + meeting.heldOn();
    }

    private static Reference reference(PortfolioView portfolio) {
        return new Reference(portfolio.id(), portfolio.code(), portfolio.name());
    }

    private static Map<String, String> snapshot(SteeringCommittee committee, Map<Long, Person> everyone) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("name", committee.name());
        snapshot.put("chair", name(everyone, committee.chair()));
        snapshot.put("cadence", committee.cadence().name());
        snapshot.put("members", committee.members().stream()
                .map(member -> name(everyone, member.person()) + " (" + member.role() + ")").sorted()
                .collect(Collectors.joining(", ")));
        return snapshot;
    }

    private static Map<String, String> snapshot(SteeringMeeting meeting, Map<Long, Person> everyone) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("heldOn", meeting.heldOn().toString());
        snapshot.put("state", meeting.state().name());
        snapshot.put("agenda", meeting.agenda());
        snapshot.put("attendees", meeting.attendees().stream().map(MeetingAttendee::person)
                .map(id -> name(everyone, id)).sorted().collect(Collectors.joining(", ")));
        snapshot.put("minutes", meeting.minutes());
        return snapshot;
    }

    private static Map<String, String> snapshot(SteeringDecision decision, ProjectView project) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("text", decision.text());
        snapshot.put("decidedOn", decision.decidedOn().toString());
        snapshot.put("project", project == null ? null : project.code() + " " + project.name());
        return snapshot;
    }

    private static Map<String, String> snapshot(SteeringAction action, Map<Long, Person> everyone) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("text", action.text());
        snapshot.put("owner", name(everyone, action.owner()));
        snapshot.put("due", action.due() == null ? null : action.due().toString());
        snapshot.put("done", String.valueOf(action.done()));
        snapshot.put("note", action.note());
        return snapshot;
    }

    private static String name(Map<Long, Person> everyone, Long id) {
        if (id == null) return null;
        Person person = everyone.get(id);
        return person == null ? "#" + id : person.displayName();
    }

    private static Reference person(Map<Long, Person> everyone, Long id) {
        if (id == null) return null;
        Person person = everyone.get(id);
        return person == null ? null : new Reference(id, person.username(), person.displayName());
    }
}
