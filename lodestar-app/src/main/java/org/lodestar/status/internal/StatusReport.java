package org.lodestar.status.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.lodestar.engine.health.Rag;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.status.Dimension;
import org.lodestar.status.MilestoneLine;
import org.lodestar.status.Rating;
import org.lodestar.status.ReportAct;
import org.lodestar.status.ReportCommand;
import org.lodestar.status.ReportLockedException;
import org.lodestar.status.ReportState;
import org.lodestar.status.StatusReportPublished;
import org.lodestar.status.StatusReportReturned;
import org.lodestar.status.StatusReportSubmitted;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A project's status report for one period. It moves through its workflow only by the methods named after the
 * business act ({@link #submit}, {@link #returnWithComments}, {@link #publish}, {@link #revise}), each of which
 * checks the state it starts from and registers the matching event; a published report never changes again
 * (a correction is a new revision).
 */
@Table("status_report")
public class StatusReport extends AbstractAggregateRoot<StatusReport> {

    @Id
    private Long id;
    private long project;
    private LocalDate periodEnd;
    private int revision;
    private ReportState state;
    private boolean superseded;
    private boolean late;
    private Rag overall;
    private String overallComment;
    private Rag schedule;
    private String scheduleComment;
    private Rag cost;
    private String costComment;
    private Rag scope;
    private String scopeComment;
    private Rag resources;
    private String resourcesComment;
    private Rag risks;
    private String risksComment;
    private Rag quality;
    private String qualityComment;
    private String accomplishments;
    private String nextSteps;
    private String decisions;
    private String keyRisks;
    private Integer percentComplete;
    private BigDecimal actualCost;
    private LocalDate forecastFinish;
    private BigDecimal forecastCost;
    private String reviewComment;
    private Long author;
    private Long reviewer;
    private Instant submittedAt;
    private Instant reviewedAt;
    private Instant publishedAt;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "report", keyColumn = "position")
    private List<ReportMilestone> milestones = new ArrayList<>();
    @MappedCollection(idColumn = "report", keyColumn = "position")
    private List<ReportRegisterLine> register = new ArrayList<>();

    StatusReport() {
    }

    /**
     * A new draft for a period, pre-filled from the project's previous report when there is one (ratings, comments,
     * narrative, milestones, forecasts), so that the author only writes what changed.
     */
    public static StatusReport start(long project, LocalDate periodEnd, long author, ReportCommand previous,
                                     Instant now) {
        StatusReport report = new StatusReport();
        report.project = project;
        report.periodEnd = periodEnd;
        report.revision = 1;
        report.state = ReportState.DRAFT;
        report.author = author;
        report.createdAt = now;
        report.write(previous != null ? previous : new ReportCommand(null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null), now);
        return report;
    }

    /** Changes the content; only drafts and returned reports can be edited. */
    public StatusReport edit(ReportCommand content, long fromVersion, long editor, Instant now) {
        require(ReportAct.EDIT);
        version = fromVersion;
        author = editor;
        write(content, now);
        return this;
    }

    /**
     * Sends the report to the PMO. Needs the overall rating and every dimension rated, with a comment on each red
     * or amber rating; problems are reported per field ({@code overall}, {@code scheduleComment}, ...).
     */
    public StatusReport submit(long by, Instant now, ZoneId zone) {
        require(ReportAct.SUBMIT);
        submissionProblems().throwIfAny();
        if (submittedAt == null) late = LocalDate.ofInstant(now, zone).isAfter(periodEnd);
        state = ReportState.SUBMITTED;
        author = by;
        submittedAt = now;
        updatedAt = now;
        registerEvent(new StatusReportSubmitted(id, project, periodEnd));
        return this;
    }

    /** The PMO sends a submitted report back to the project; the comment says what to change. */
    public StatusReport returnWithComments(long by, String comment, Instant now) {
        require(ReportAct.RETURN);
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException(List.of(
                    new InvalidInputException.FieldProblem("reviewComment", "status.validation.returnComment")));
        }
        if (comment.length() > 2000) {
            throw new InvalidInputException(List.of(
                    new InvalidInputException.FieldProblem("reviewComment", "status.validation.tooLong", 2000)));
        }
        state = ReportState.RETURNED;
        reviewer = by;
        reviewComment = comment.strip();
        reviewedAt = now;
        updatedAt = now;
        registerEvent(new StatusReportReturned(id, project, periodEnd, reviewComment));
        return this;
    }

    /** The PMO publishes a submitted report; from now on it is locked. */
    public StatusReport publish(long by, Instant now) {
        return publish(by, now, List.of());
    }

    /** Publishes the report with the project's key risks and issues as they are now, frozen into it. */
    public StatusReport publish(long by, Instant now, List<org.lodestar.status.RegisterLine> keyRisksAndIssues) {
        return publish(by, now, keyRisksAndIssues, null);
    }

    /**
     * Publishes the report with the project's key risks and issues, and (when the project has a plan, else null) the
     * plan's milestones, as they are now, frozen into it.
     */
    public StatusReport publish(long by, Instant now, List<org.lodestar.status.RegisterLine> keyRisksAndIssues,
                                List<MilestoneLine> planMilestones) {
        require(ReportAct.PUBLISH);
        register = new ArrayList<>(keyRisksAndIssues.stream().map(ReportRegisterLine::of).toList());
        if (planMilestones != null) {
            milestones = new ArrayList<>(planMilestones.stream().limit(50).map(ReportMilestone::of).toList());
        }
        state = ReportState.PUBLISHED;
        reviewer = by;
        reviewedAt = now;
        publishedAt = now;
        updatedAt = now;
        registerEvent(new StatusReportPublished(id, project, periodEnd, revision));
        return this;
    }

    /** The key risks and issues frozen at publication (none before it). */
    public List<org.lodestar.status.RegisterLine> register() {
        return register.stream().map(ReportRegisterLine::line).toList();
    }

    /** A correction of this published report: a new draft of the next revision with the same content. */
    public StatusReport revise(long by, Instant now) {
        require(ReportAct.REVISE);
        StatusReport next = start(project, periodEnd, by, content(), now);
        next.revision = revision + 1;
        next.late = late;
        return next;
    }

    /** Marks this published report as replaced by a later revision of the same period. */
    public void supersede(Instant now) {
        superseded = true;
        updatedAt = now;
    }

    private InvalidInputException.Collector submissionProblems() {
        var problems = new InvalidInputException.Collector();
        if (overall == null) problems.add("overall", "status.validation.ratingRequired");
        else if (new Rating(overall, overallComment).needsComment()) {
            problems.add("overallComment", "status.validation.commentRequired");
        }
        ReportCommand content = content();
        for (Dimension dimension : Dimension.values()) {
            Rating rating = content.rating(dimension);
            if (rating.rag() == null) problems.add(dimension.field(), "status.validation.ratingRequired");
            else if (rating.needsComment()) {
                problems.add(dimension.field() + "Comment", "status.validation.commentRequired");
            }
        }
        return problems;
    }

    /**
     * Whoever acts on a report in a state the workflow table ({@link ReportAct}) does not allow it from is refused
     * with 409, naming the act and the state.
     */
    private void require(ReportAct act) {
        if (!act.allowsFrom(state)) throw new ReportLockedException("report " + id + " (" + act.key() + ")", state);
    }

    private void write(ReportCommand content, Instant now) {
        overall = content.overall().rag();
        overallComment = text(content.overall().comment());
        schedule = content.schedule().rag();
        scheduleComment = text(content.schedule().comment());
        cost = content.cost().rag();
        costComment = text(content.cost().comment());
        scope = content.scope().rag();
        scopeComment = text(content.scope().comment());
        resources = content.resources().rag();
        resourcesComment = text(content.resources().comment());
        risks = content.risks().rag();
        risksComment = text(content.risks().comment());
        quality = content.quality().rag();
        qualityComment = text(content.quality().comment());
        accomplishments = text(content.accomplishments());
        nextSteps = text(content.nextSteps());
        decisions = text(content.decisions());
        keyRisks = text(content.keyRisks());
        percentComplete = content.percentComplete();
        actualCost = content.actualCost();
        forecastFinish = content.forecastFinish();
        forecastCost = content.forecastCost();
        milestones = new ArrayList<>(content.milestones().stream().map(ReportMilestone::of).toList());
        updatedAt = now;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The content as a command: what a new report or revision starts from. */
    public ReportCommand content() {
        return new ReportCommand(new Rating(overall, overallComment), new Rating(schedule, scheduleComment),
                new Rating(cost, costComment), new Rating(scope, scopeComment),
                new Rating(resources, resourcesComment), new Rating(risks, risksComment),
                new Rating(quality, qualityComment), accomplishments, nextSteps, decisions, keyRisks,
                percentComplete, actualCost, forecastFinish, forecastCost,
                milestones.stream().map(ReportMilestone::line).toList(), version());
    }

    /** The events registered and not yet published (for tests of the workflow). */
    java.util.Collection<Object> domainEventsForTest() {
        return domainEvents();
    }

    public Long id() { return id; }
    public long project() { return project; }
    public LocalDate periodEnd() { return periodEnd; }
    public int revision() { return revision; }
    public ReportState state() { return state; }
    public boolean superseded() { return superseded; }
    public boolean late() { return late; }
    public Rag overall() { return overall; }
    public String reviewComment() { return reviewComment; }
    public Long author() { return author; }
    public Long reviewer() { return reviewer; }
    public Instant submittedAt() { return submittedAt; }
    public Instant reviewedAt() { return reviewedAt; }
    public Instant publishedAt() { return publishedAt; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version == null ? 0 : version; }
    public List<MilestoneLine> milestones() { return milestones.stream().map(ReportMilestone::line).toList(); }
}
