package org.lodestar.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lodestar.platform.Actor;
import org.lodestar.platform.AuditTrail;
import org.lodestar.platform.CurrentUser;
import org.lodestar.platform.InputValidation;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.platform.NotFoundException;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.platform.Rights;
import org.lodestar.platform.StaleVersionException;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRegistry;
import org.lodestar.portfolio.ProjectRights;
import org.lodestar.portfolio.ProjectView;
import org.lodestar.portfolio.Reference;
import org.lodestar.status.internal.LatestStatus;
import org.lodestar.status.internal.Reports;
import org.lodestar.status.internal.StatusReport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Status reports: a project's people write them (whoever may edit the project), the PMO returns or publishes them,
 * everyone but requesters reads them. Every method checks the actor's rights itself; every change is audited.
 */
@Service
public class StatusReports {

    static final String AUDIT_TYPE = "status-report";
    /** How many periods a project's history page shows. */
    public static final int HISTORY = 104;

    private final Reports reports;
    private final LatestStatus latest;
    private final ReportingCycles cycles;
    private final ComputedHealth health;
    private final ProjectRegistry projects;
    private final ObjectProvider<ProjectMilestones> plannedMilestones;
    private final ObjectProvider<ProjectRegister> registers;
    private final People people;
    private final InputValidation validation;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ProjectRights rights;

    StatusReports(Reports reports, LatestStatus latest, ReportingCycles cycles, ComputedHealth health,
                  ProjectRegistry projects, ObjectProvider<ProjectMilestones> plannedMilestones,
                  ObjectProvider<ProjectRegister> registers, People people,
                  InputValidation validation, AuditTrail audit, CurrentUser currentUser, Clock clock,
                  ProjectRights rights) {
        this.rights = rights;
        this.reports = reports;
        this.latest = latest;
        this.cycles = cycles;
        this.health = health;
        this.projects = projects;
        this.plannedMilestones = plannedMilestones;
        this.registers = registers;
        this.people = people;
        this.validation = validation;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The project's reports, newest period first (the latest revision of each). */
    @Transactional(readOnly = true)
    public List<ReportSummary> history(long project) {
        readable(project);
        return latest.history(project, HISTORY);
    }

    /** Everything a project's status page shows, read with one check of the reader's rights. */
    @Transactional(readOnly = true)
    public StatusPage page(long project) {
        ProjectView view = readable(project);
        LocalDate today = LocalDate.now(clock);
        LocalDate period = ReportingCycles.currentPeriod(cycles.cycleFor(view.portfolio().id(),
                view.programme() == null ? null : view.programme().id()), today);
        return new StatusPage(view, latest.history(project, HISTORY),
                health.forProjects(List.of(project), today).get(project), period);
    }

    @Transactional(readOnly = true)
    public ReportView get(long id) {
        StatusReport report = load(id);
        return view(report, readable(report.project()));
    }

    /**
     * Refuses (403) whoever is not the act's party on the report's project, and (409) an act the report's state does
     * not allow; the API asks it before reading what was sent.
     */
    @Transactional(readOnly = true)
    public void authorise(long id, ReportAct act) {
        requireAct(currentUser.actor(), load(id), act);
    }

    /** The period a report started today is for: the next due date of the project's reporting cycle. */
    @Transactional(readOnly = true)
    public LocalDate currentPeriod(long project) {
        ProjectView view = readable(project);
        return ReportingCycles.currentPeriod(
                cycles.cycleFor(view.portfolio().id(), view.programme() == null ? null : view.programme().id()),
                LocalDate.now(clock));
    }

    /**
     * Opens the project's report for a period (the current one when {@code periodEnd} is null): the one in progress
     * if there is one, else a new draft pre-filled from the previous report, with the plan's milestones when a
     * planning module provides them. A period whose report is published already needs {@link #revise}: 409.
     */
    @Transactional
    public ReportView start(long project, LocalDate periodEnd) {
        Actor actor = currentUser.actor();
        ProjectView view = writable(project);
        LocalDate period = periodEnd != null ? periodEnd : currentPeriod(project);
        if (period.getYear() < 1900 || period.getYear() > 2999) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("periodEnd",
                    "status.validation.dateRange")));
        }
        Optional<StatusReport> existing = reports.findFirstByProjectAndPeriodEndOrderByRevisionDesc(project, period);
        if (existing.isPresent()) {
            if (existing.get().state() == ReportState.PUBLISHED) {
                throw new ReportLockedException("report of " + view.code() + " for " + period, ReportState.PUBLISHED);
            }
            return view(existing.get(), view);
        }
        ReportCommand previous = reports.findFirstByProjectOrderByPeriodEndDescRevisionDesc(project)
                .map(StatusReport::content).orElse(null);
        List<MilestoneLine> planned = planMilestones(project);
        // a project without a plan keeps the milestone table its reports carry
        if (planned != null) previous = withMilestones(previous, planned);
        StatusReport report = reports.save(StatusReport.start(project, period, actor.id().value(), previous,
                Instant.now(clock)));
        audit.created(AUDIT_TYPE, report.id(), summary(view, report), snapshot(report));
        return view(report, view);
    }

    /** Changes a draft or returned report; a submitted or published one is locked (409). */
    @Transactional
    public ReportView edit(long id, ReportCommand command) {
        Actor actor = currentUser.actor();
        StatusReport report = load(id);
        ProjectView view = requireAct(actor, report, ReportAct.EDIT);
        StaleVersionException.check(command.version(), report.version(), "report " + id);
        validate(command);
        // a planned project's milestone table is the plan's: what was sent for it is not kept
        List<MilestoneLine> planned = planMilestones(report.project());
        if (planned != null) command = withMilestones(command, planned);
        Map<String, String> before = snapshot(report);
        report = reports.save(report.edit(command, command.version(), actor.id().value(), Instant.now(clock)));
        audit.updated(AUDIT_TYPE, report.id(), summary(view, report), before, snapshot(report));
        return view(report, view);
    }

    /** Sends the report to the PMO; a red or amber rating without a comment is refused, naming the field. */
    @Transactional
    public ReportView submit(long id, Long version) {
        Actor actor = currentUser.actor();
        StatusReport report = load(id);
        ProjectView view = requireAct(actor, report, ReportAct.SUBMIT);
        StaleVersionException.check(version, report.version(), "report " + id);
        Map<String, String> before = snapshot(report);
        report = reports.save(report.submit(actor.id().value(), Instant.now(clock), clock.getZone()));
        latest.submitted(report.project(), report.periodEnd());
        audit.updated(AUDIT_TYPE, report.id(), summary(view, report), before, snapshot(report));
        return view(report, view);
    }

    /** The PMO sends a submitted report back with comments. */
    @Transactional
    public ReportView returnWithComments(long id, String comment, Long version) {
        Actor actor = currentUser.actor();
        StatusReport report = load(id);
        ProjectView view = requireAct(actor, report, ReportAct.RETURN);
        StaleVersionException.check(version, report.version(), "report " + id);
        Map<String, String> before = snapshot(report);
        report = reports.save(report.returnWithComments(actor.id().value(), comment, Instant.now(clock)));
        audit.updated(AUDIT_TYPE, report.id(), summary(view, report), before, snapshot(report));
        return view(report, view);
    }

    /** The PMO publishes a submitted report: it is locked and becomes the project's latest status. */
    @Transactional
    public ReportView publish(long id, Long version) {
        Actor actor = currentUser.actor();
        StatusReport report = load(id);
        ProjectView view = requireAct(actor, report, ReportAct.PUBLISH);
        StaleVersionException.check(version, report.version(), "report " + id);
        Map<String, String> before = snapshot(report);
        Instant now = Instant.now(clock);
        report = reports.save(report.publish(actor.id().value(), now, keyRisksAndIssues(report.project()),
                planMilestones(report.project())));
        if (report.revision() > 1) supersedeEarlier(report, now);
        latest.published(report);
        audit.updated(AUDIT_TYPE, report.id(), summary(view, report), before, snapshot(report));
        return view(report, view);
    }

    /** Opens a correction of a published report: a new draft revision with its content (the published one stays). */
    @Transactional
    public ReportView revise(long id) {
        Actor actor = currentUser.actor();
        StatusReport report = load(id);
        ProjectView view = requireAct(actor, report, ReportAct.REVISE);
        StatusReport newest = reports.findFirstByProjectAndPeriodEndOrderByRevisionDesc(report.project(),
                report.periodEnd()).orElseThrow();
        if (newest.revision() != report.revision()) {
            // a correction is open or published already: that one is the report to work on
            throw new ReportLockedException("report " + id + " (revision " + report.revision() + ")", newest.state());
        }
        StatusReport revision = reports.save(report.revise(actor.id().value(), Instant.now(clock)));
        audit.created(AUDIT_TYPE, revision.id(), summary(view, revision), snapshot(revision));
        return view(revision, view);
    }

    private void supersedeEarlier(StatusReport report, Instant now) {
        reports.supersede(report.project(), report.periodEnd(), report.revision(), now);
    }

    private void validate(ReportCommand command) {
        var problems = new InvalidInputException.Collector();
        validation.check(command, problems);
        for (Rating rating : List.of(command.overall(), command.schedule(), command.cost(), command.scope(),
                command.resources(), command.risks(), command.quality())) {
            validation.check(rating, problems);
        }
        for (int i = 0; i < command.milestones().size(); i++) {
            MilestoneLine line = command.milestones().get(i);
            if (line != null && line.name() != null && line.name().chars().anyMatch(c -> c < 0x20)) {
                problems.add("milestones[" + i + "].name", "validation.text.control");
            }
        }
        checkDate(command.forecastFinish(), "forecastFinish", problems);
        for (int i = 0; i < command.milestones().size(); i++) {
            MilestoneLine line = command.milestones().get(i);
            if (line == null) continue;
            checkDate(line.due(), "milestones[" + i + "].due", problems);
            checkDate(line.forecast(), "milestones[" + i + "].forecast", problems);
        }
        problems.throwIfAny();
    }

    private static void checkDate(LocalDate date, String field, InvalidInputException.Collector problems) {
        if (date != null && (date.getYear() < 1900 || date.getYear() > 2999)) {
            problems.add(field, "status.validation.dateRange");
        }
    }

    private static ReportCommand withMilestones(ReportCommand previous, List<MilestoneLine> milestones) {
        ReportCommand base = previous != null ? previous : new ReportCommand(null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
        return new ReportCommand(base.overall(), base.schedule(), base.cost(), base.scope(), base.resources(),
                base.risks(), base.quality(), base.accomplishments(), base.nextSteps(), base.decisions(),
                base.keyRisks(), base.percentComplete(), base.actualCost(), base.forecastFinish(), base.forecastCost(),
                milestones.stream().limit(50).toList(), base.version());
    }

    private StatusReport load(long id) {
        return reports.findById(id).orElseThrow(() -> new NotFoundException("status report " + id));
    }

    /** The project, if the actor may read its reports (everyone but requesters). */
    private ProjectView readable(long project) {
        ReportingCycles.requireReader(currentUser.actor());
        return projects.get(new ProjectId(project));
    }

    /** The project, if the actor may write its reports: whoever may edit the project. */
    private ProjectView writable(long project) {
        ProjectView view = readable(project);
        rights.require(new ProjectId(project), ProjectRight.EDIT);
        return view;
    }

    /**
     * Refuses an act of the workflow table: 403 when the actor is not its party on this project (a writer: whoever
     * may edit the project; a reviewer: the PMO), 409 when they are but the report's state does not allow it.
     */
    private ProjectView requireAct(Actor actor, StatusReport report, ReportAct act) {
        ProjectView view = readable(report.project());
        Rights.require(parties(actor, report.project()).contains(act.party()), actor,
                act.key() + " status report " + report.id() + " of " + view.code());
        if (!act.allowsFrom(report.state())) {
            throw new ReportLockedException("report " + report.id() + " (" + act.key() + ")", report.state());
        }
        return view;
    }

    private Set<ReportAct.Party> parties(Actor actor, long project) {
        Set<ReportAct.Party> parties = EnumSet.noneOf(ReportAct.Party.class);
        if (rights.may(actor, new ProjectId(project), ProjectRight.EDIT)) parties.add(ReportAct.Party.WRITER);
        if (rights.may(actor, new ProjectId(project), ProjectRight.REVIEW)) parties.add(ReportAct.Party.REVIEWER);
        return parties;
    }

    /** The acts the reader may take on the report now; a correction only of the latest revision. */
    private Set<String> actions(Actor reader, StatusReport report) {
        Set<ReportAct.Party> parties = parties(reader, report.project());
        Set<String> actions = new LinkedHashSet<>();
        for (ReportAct act : ReportAct.values()) {
            if (act.allows(report.state(), parties) && (act != ReportAct.REVISE || !report.superseded())) {
                actions.add(act.key());
            }
        }
        return actions;
    }

    private ReportView view(StatusReport report, ProjectView project) {
        Actor reader = currentUser.actor();
        Map<Long, Person> everyone = people.byId();
        ReportCommand content = report.content();
        ProjectHealth computed = health.forProjects(List.of(report.project()), LocalDate.now(clock))
                .get(report.project());
        Set<String> actions = actions(reader, report);
        boolean published = report.state() == ReportState.PUBLISHED;
        // until publication freezes it, a planned project's milestone table reads the plan as it is now
        List<MilestoneLine> planned = published ? null : planMilestones(report.project());
        return new ReportView(report.id(), new Reference(project.id(), project.code(), project.name()),
                report.periodEnd(), report.revision(), report.state(), report.superseded(), report.late(),
                content.overall(), content.schedule(), content.cost(), content.scope(), content.resources(),
                content.risks(), content.quality(), content.accomplishments(), content.nextSteps(),
                content.decisions(), content.keyRisks(), content.percentComplete(), content.actualCost(),
                content.forecastFinish(), content.forecastCost(), planned != null ? planned : content.milestones(),
                report.reviewComment(),
                person(everyone, report.author()), person(everyone, report.reviewer()), report.submittedAt(),
                report.reviewedAt(), report.publishedAt(), report.version(), report.updatedAt(),
                actions.contains(ReportAct.EDIT.key()),
                actions.contains(ReportAct.RETURN.key()) || actions.contains(ReportAct.PUBLISH.key()),
                actions.contains(ReportAct.REVISE.key()),
                computed.computed(), ComputedHealth.contradicts(content.overall().rag(), computed.computed()), actions,
                published ? report.register() : keyRisksAndIssues(report.project()), planned != null);
    }

    /**
     * The milestones of the project's plan (name, baseline date, forecast, done), when a planning module provides
     * them and the plan has any; null for a project whose reports keep the table their authors type.
     */
    private List<MilestoneLine> planMilestones(long project) {
        ProjectMilestones plan = plannedMilestones.getIfAvailable();
        List<MilestoneLine> planned = plan == null ? List.of() : plan.milestones(project);
        return planned.isEmpty() ? null : planned;
    }

    /** The project's key risks and issues from the register, when a module provides one. */
    private List<RegisterLine> keyRisksAndIssues(long project) {
        ProjectRegister register = registers.getIfAvailable();
        return register == null ? List.of() : register.keyRisksAndIssues(project);
    }

    private static Reference person(Map<Long, Person> everyone, Long id) {
        if (id == null) return null;
        Person person = everyone.get(id);
        return person == null ? null : new Reference(id, person.username(), person.displayName());
    }

    private static String summary(ProjectView project, StatusReport report) {
        return project.code() + " " + report.periodEnd() + (report.revision() > 1 ? " r" + report.revision() : "");
    }

    private static Map<String, String> snapshot(StatusReport report) {
        ReportCommand content = report.content();
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("state", report.state().name());
        snapshot.put("periodEnd", report.periodEnd().toString());
        snapshot.put("revision", Integer.toString(report.revision()));
        snapshot.put("overall", text(content.overall()));
        for (Dimension dimension : Dimension.values()) snapshot.put(dimension.field(), text(content.rating(dimension)));
        snapshot.put("accomplishments", content.accomplishments());
        snapshot.put("nextSteps", content.nextSteps());
        snapshot.put("decisions", content.decisions());
        snapshot.put("keyRisks", content.keyRisks());
        snapshot.put("percentComplete", content.percentComplete() == null ? null : content.percentComplete().toString());
        snapshot.put("actualCost", content.actualCost() == null ? null : content.actualCost().toPlainString());
        snapshot.put("forecastFinish", content.forecastFinish() == null ? null : content.forecastFinish().toString());
        snapshot.put("forecastCost", content.forecastCost() == null ? null : content.forecastCost().toPlainString());
        snapshot.put("milestones", content.milestones().isEmpty() ? null : content.milestones().stream()
                .map(line -> line.name() + " " + line.due() + "/" + line.forecast() + (line.done() ? " ✓" : ""))
                .reduce((a, b) -> a + "; " + b).orElse(null));
        snapshot.put("reviewComment", report.reviewComment());
        return snapshot;
    }

    private static String text(Rating rating) {
        if (rating.rag() == null) return null;
        return rating.comment() == null ? rating.rag().name() : rating.rag().name() + ": " + rating.comment();
    }
}
