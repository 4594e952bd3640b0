package org.lodestar.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.lodestar.change.ChangeControl;
import org.lodestar.change.ChangeRequestView;
import org.lodestar.change.ChangeRouting;
import org.lodestar.change.ChangeState;
import org.lodestar.engine.health.Rag;
import org.lodestar.governance.internal.GateReviews;
import org.lodestar.platform.PageResult;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.portfolio.ProjectQuery;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRow;
import org.lodestar.portfolio.ProjectState;
import org.lodestar.portfolio.Reference;
import org.lodestar.raid.IssueLog;
import org.lodestar.raid.IssuePriority;
import org.lodestar.raid.IssueQuery;
import org.lodestar.raid.IssueState;
import org.lodestar.raid.RiskMatrix;
import org.lodestar.raid.RiskRegister;
import org.lodestar.status.ComputedHealth;
import org.lodestar.status.HealthIndicatorView;
import org.lodestar.status.ProjectHealth;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the steering pack of a meeting from what the modules say now (read only): governance's gate reviews
 * awaiting a decision, raid's portfolio matrix, top risks and issues log, status's computed health, and the
 * committee's open actions of earlier meetings. Read by whoever reads the meeting.
 */
@Service
public class MeetingPacks {

    /** How many top risks the pack shows. */
    public static final int TOP_RISKS = 5;

    private final SteeringCommittees steering;
    private final GateReviews reviews;
    private final ProjectRegistry projects;
    private final RiskRegister risks;
    private final IssueLog issues;
    private final ComputedHealth health;
    private final People people;
    private final Clock clock;
    private final ChangeControl changes;

    MeetingPacks(SteeringCommittees steering, GateReviews reviews, ProjectRegistry projects, RiskRegister risks,
                 IssueLog issues, ComputedHealth health, People people, Clock clock, ChangeControl changes) {
        this.changes = changes;
        this.steering = steering;
        this.reviews = reviews;
        this.projects = projects;
        this.risks = risks;
        this.issues = issues;
        this.health = health;
        this.people = people;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MeetingPack of(long meetingId) {
        SteeringView.Meeting meeting = steering.meeting(meetingId);
        long portfolio = meeting.portfolio().id();
        List<ProjectRow> running = running(portfolio);
        Map<Long, Person> everyone = people.byId();
        List<MeetingPack.Gate> gates = new ArrayList<>();
        List<MeetingPack.Issue> urgent = new ArrayList<>();
        for (ProjectRow row : running) {
            Reference project = new Reference(row.id(), row.code(), row.name());
            reviews.findByProjectAndState(row.id(), ReviewState.REQUESTED).ifPresent(review ->
                    gates.add(new MeetingPack.Gate(project, review.gateCode(), person(everyone, review.requestedBy()),
                            review.requestedAt())));
            issues.list(row.id(), new IssueQuery(IssueState.OPEN, null, null, "priority", true)).stream()
                    .filter(issue -> issue.priority().compareTo(IssuePriority.HIGH) >= 0)
                    .forEach(issue -> urgent.add(new MeetingPack.Issue(project, issue.title(), issue.priority(),
                            issue.owner(), issue.due())));
        }
        urgent.sort(Comparator.comparing(MeetingPack.Issue::priority).reversed()
                .thenComparing(issue -> issue.project().code()));
        RiskMatrix matrix = risks.portfolioMatrix(portfolio, TOP_RISKS);
        Map<Long, ProjectHealth> measured = health.forProjects(running.stream().map(ProjectRow::id).toList(),
                LocalDate.now(clock));
        List<MeetingPack.Health> healthLines = running.stream().map(row -> {
            ProjectHealth found = measured.get(row.id());
            List<String> warnings = found == null ? List.of() : found.indicators().stream()
                    .filter(indicator -> indicator.rag() != Rag.GREEN).map(HealthIndicatorView::key).toList();
            return new MeetingPack.Health(new Reference(row.id(), row.code(), row.name()),
                    found == null ? null : found.computed(), found == null ? null : found.reported(), warnings);
        }).toList();
        List<SteeringView.Action> earlier = steering.actions(portfolio, true).stream()
                .filter(action -> action.meeting() != meetingId && action.meetingHeldOn() != null
                        && !action.meetingHeldOn().isAfter(meeting.heldOn()))
                .toList();
        List<ChangeRequestView> awaiting = changes.search(ChangeState.SUBMITTED, ChangeRouting.STEERING_COMMITTEE,
                portfolio);
        return new MeetingPack(meeting, gates, awaiting, matrix, urgent, healthLines, earlier);
    }

    /** The portfolio's projects that have not ended, by code. */
    private List<ProjectRow> running(long portfolio) {
        List<ProjectRow> found = new ArrayList<>();
        int page = 0;
        PageResult<ProjectRow> rows;
        do {
            rows = projects.search(new ProjectQuery(null, portfolio, null, null, null, null, null, null, null, false,
                    "code", false, page++, ProjectQuery.MAX_SIZE));
            rows.items().stream().filter(row -> row.state() != ProjectState.CLOSED
                    && row.state() != ProjectState.CANCELLED).forEach(found::add);
        } while ((long) page * ProjectQuery.MAX_SIZE < rows.total());
        return found;
    }

    private static Reference person(Map<Long, Person> everyone, Long id) {
        if (id == null) return null;
        Person person = everyone.get(id);
        return person == null ? null : new Reference(id, person.username(), person.displayName());
    }
}
