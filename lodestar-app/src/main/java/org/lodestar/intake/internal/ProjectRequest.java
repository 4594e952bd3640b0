package org.lodestar.intake.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lodestar.intake.IllegalTransitionException;
import org.lodestar.intake.RequestAct;
import org.lodestar.intake.RequestApproved;
import org.lodestar.intake.RequestConverted;
import org.lodestar.intake.RequestId;
import org.lodestar.intake.RequestState;
import org.lodestar.portfolio.PortfolioId;
import org.lodestar.portfolio.ProjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A request for a new project or a change, from draft to decision and conversion into a project. Its state changes
 * only through the methods named after the acts of the review ({@link #submit}, {@link #returnForInformation},
 * {@link #approve}...), each of which refuses the act when the state does not allow it. Approving registers
 * {@link RequestApproved}, converting {@link RequestConverted}.
 */
@Table("project_request")
public class ProjectRequest extends AbstractAggregateRoot<ProjectRequest> {

    @Id
    private Long id;
    private String code;
    private long requestType;
    private String title;
    private String summary;
    private long requester;
    private Long sponsor;
    private Long portfolio;
    private Long programme;
    private String category;
    private BigDecimal budget;
    private String currency;
    private BigDecimal discountRate;
    private RequestState state;
    private Instant stateSince;
    private Instant submittedAt;
    private String decisionReason;
    private LocalDate decisionDate;
    private Long project;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    @MappedCollection(idColumn = "project_request")
    private Set<RequestValue> values = new HashSet<>();
    @MappedCollection(idColumn = "project_request")
    private Set<RequestObjective> objectives = new HashSet<>();
    @MappedCollection(idColumn = "project_request")
    private Set<RequestQuarter> quarters = new HashSet<>();
    @MappedCollection(idColumn = "project_request")
    private Set<RequestDemand> demands = new HashSet<>();

    ProjectRequest() {
    }

    /** A new draft of the requester. */
    public static ProjectRequest draft(String code, long requestType, long requester, RequestContent content,
                                       BigDecimal discountRate, Instant now) {
        ProjectRequest request = new ProjectRequest();
        request.code = code;
        request.requestType = requestType;
        request.requester = requester;
        request.discountRate = discountRate;
        request.state = RequestState.DRAFT;
        request.stateSince = now;
        request.createdAt = now;
        request.apply(content, now);
        return request;
    }

    /** Changes what the request says; {@code fromVersion} is the version the change was made from. */
    public void change(RequestContent content, long fromVersion, Instant now) {
        requireAllowed(RequestAct.EDIT);
        version = fromVersion;
        apply(content, now);
    }

    private void apply(RequestContent content, Instant now) {
        title = content.title();
        summary = content.summary();
        sponsor = content.sponsor();
        portfolio = content.portfolio();
        programme = content.programme();
        category = content.category();
        budget = content.budget();
        currency = content.currency();
        objectives = new HashSet<>(content.objectives().stream().map(RequestObjective::new).toList());
        values = new HashSet<>(content.values().entrySet().stream()
                .map(entry -> new RequestValue(entry.getKey(), entry.getValue())).toList());
        updatedAt = now;
    }

    /** Sets cost and benefit per quarter, the resource estimate and the discount rate. */
    public void changeFinancials(BigDecimal discountRate, List<RequestQuarter> quarters, List<RequestDemand> demands,
                                 long fromVersion, Instant now) {
        requireAllowed(RequestAct.EDIT);
        version = fromVersion;
        this.discountRate = discountRate;
        this.quarters = new HashSet<>(quarters);
        this.demands = new HashSet<>(demands);
        updatedAt = now;
    }

    /** The requester sends the draft, or the answer to a return, to the PMO. Completeness is checked before. */
    public void submit(long fromVersion, Instant now) {
        move(RequestAct.SUBMIT, fromVersion, now);
        submittedAt = now;
    }

    /** The PMO starts looking at a submitted request. */
    public void startScreening(long fromVersion, Instant now) {
        move(RequestAct.SCREEN, fromVersion, now);
    }

    /** The PMO sends the request back to its requester for more information (the comment is kept beside it). */
    public void returnForInformation(long fromVersion, Instant now) {
        move(RequestAct.RETURN, fromVersion, now);
    }

    /** Screening is passed: the request goes on to be scored and compared. */
    public void acceptForEvaluation(long fromVersion, Instant now) {
        move(RequestAct.EVALUATE, fromVersion, now);
    }

    public void approve(String reason, LocalDate date, long fromVersion, Instant now) {
        decide(RequestAct.APPROVE, reason, date, fromVersion, now);
        registerEvent(new RequestApproved(new RequestId(id), code, PortfolioId.of(portfolio)));
    }

    /** A request may be rejected at screening already. */
    public void reject(String reason, LocalDate date, long fromVersion, Instant now) {
        decide(RequestAct.REJECT, reason, date, fromVersion, now);
    }

    public void defer(String reason, LocalDate date, long fromVersion, Instant now) {
        decide(RequestAct.DEFER, reason, date, fromVersion, now);
    }

    /** A deferred request is taken up again for evaluation. */
    public void reconsider(long fromVersion, Instant now) {
        move(RequestAct.RECONSIDER, fromVersion, now);
    }

    /** An approved request has become the project {@code projectId}. */
    public void convert(long projectId, long fromVersion, Instant now) {
        move(RequestAct.CONVERT, fromVersion, now);
        project = projectId;
        registerEvent(new RequestConverted(new RequestId(id), new ProjectId(projectId)));
    }

    /** The project this request became was deleted: the request stays converted, with no project to point to. */
    public void unlinkProject() {
        project = null;
    }

    private void decide(RequestAct decision, String reason, LocalDate date, long fromVersion, Instant now) {
        move(decision, fromVersion, now);
        decisionReason = reason;
        decisionDate = date;
    }

    private void move(RequestAct act, long fromVersion, Instant now) {
        requireAllowed(act);
        version = fromVersion;
        state = act.to();
        stateSince = now;
        updatedAt = now;
    }

    /** Refuses (409) an act that the workflow table does not allow from the current state, to anyone. */
    private void requireAllowed(RequestAct act) {
        if (!act.allowsFrom(state)) throw new IllegalTransitionException(state, act.transition());
    }

    public boolean isDecided() {
        return RequestState.DECIDED.contains(state) && state != RequestState.DEFERRED;
    }

    public Long id() { return id; }
    public String code() { return code; }
    public long requestType() { return requestType; }
    public String title() { return title; }
    public String summary() { return summary; }
    public long requester() { return requester; }
    public Long sponsor() { return sponsor; }
    public Long portfolio() { return portfolio; }
    public Long programme() { return programme; }
    public String category() { return category; }
    public BigDecimal budget() { return budget; }
    public String currency() { return currency; }
    public BigDecimal discountRate() { return discountRate; }
    public RequestState state() { return state; }
    public Instant stateSince() { return stateSince; }
    public Instant submittedAt() { return submittedAt; }
    public String decisionReason() { return decisionReason; }
    public LocalDate decisionDate() { return decisionDate; }
    public Long project() { return project; }
    public long version() { return version == null ? 0 : version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }

    public Map<String, String> values() {
        Map<String, String> byKey = new java.util.HashMap<>();
        values.forEach(value -> byKey.put(value.key(), value.value()));
        return byKey;
    }

    public List<Long> objectives() {
        return objectives.stream().map(RequestObjective::objective).sorted().toList();
    }

    public List<RequestQuarter> quarters() {
        return quarters.stream().sorted(Comparator.comparingInt(RequestQuarter::quarter)).toList();
    }

    public List<RequestDemand> demands() {
        return demands.stream().sorted(Comparator.comparing(RequestDemand::role).thenComparingInt(RequestDemand::quarter))
                .toList();
    }
}
