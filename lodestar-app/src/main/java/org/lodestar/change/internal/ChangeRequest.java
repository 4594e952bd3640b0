package org.lodestar.change.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lodestar.change.ChangeRequestApproved;
import org.lodestar.change.ChangeRouting;
import org.lodestar.change.ChangeState;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.DomainEvent;
import org.lodestar.portfolio.ProjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A change request of a project. It changes only through its acts: {@link #raise}, {@link #revise} (a draft),
 * {@link #submit} (a draft or a deferred request, routed then), {@link #approve}, {@link #reject}, {@link #defer}
 * (a submitted request), {@link #implement} (an approved one) and {@link #rebaselined} (the baseline its plan was
 * saved as).
 */
@Table("change_request")
public class ChangeRequest {

    /** What a request asks: the fields its editors write while it is a draft. */
    public record Content(String title, String description, String reason, String scopeImpact, int scheduleDays,
                          BigDecimal costAmount, String options) {
    }

    @Id
    private Long id;
    private long project;
    private String title;
    private String description;
    private String reason;
    private String scopeImpact;
    private int scheduleDays;
    private BigDecimal costAmount;
    private String options;
    private Long requestedBy;
    private String state;
    private String routing;
    private boolean rebaseline;
    private String rationale;
    private String decidedBy;
    private Instant decidedAt;
    private Integer baselineNumber;
    private Instant baselineSavedAt;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;
    @Transient
    private final List<DomainEvent> events = new ArrayList<>();

    ChangeRequest() {
    }

    public static ChangeRequest raise(long project, Content content, Long requestedBy, Instant now) {
        ChangeRequest request = new ChangeRequest();
        request.project = project;
        request.requestedBy = requestedBy;
        request.state = ChangeState.DRAFT.name();
        request.createdAt = now;
        request.apply(content, now);
        return request;
    }

    public void revise(Content content, Instant now) {
        require("revise", ChangeState.DRAFT);
        apply(content, now);
    }

    public void submit(ChangeRouting route, Instant now) {
        require("submit", ChangeState.DRAFT, ChangeState.DEFERRED);
        state = ChangeState.SUBMITTED.name();
        routing = route.name();
        rationale = null;
        decidedBy = null;
        decidedAt = null;
        updatedAt = now;
    }

    public void approve(String rationale, boolean rebaseline, String by, Instant now) {
        decide("approve", ChangeState.APPROVED, rationale, by, now);
        this.rebaseline = rebaseline;
        events.add(new ChangeRequestApproved(new ProjectId(project), id, routing(), costAmount, scheduleDays, now));
    }

    public void reject(String rationale, String by, Instant now) {
        decide("reject", ChangeState.REJECTED, rationale, by, now);
    }

    public void defer(String rationale, String by, Instant now) {
        decide("defer", ChangeState.DEFERRED, rationale, by, now);
    }

    public void implement(Instant now) {
        require("implement", ChangeState.APPROVED);
        state = ChangeState.IMPLEMENTED.name();
        updatedAt = now;
    }

    /** Records the baseline the plan was saved as for this change. */
    public void rebaselined(int number, Instant savedAt) {
        require("rebaseline", ChangeState.APPROVED, ChangeState.IMPLEMENTED);
        baselineNumber = number;
        baselineSavedAt = savedAt;
        updatedAt = savedAt;
    }

    private void decide(String act, ChangeState to, String rationale, String by, Instant now) {
        require(act, ChangeState.SUBMITTED);
        state = to.name();
        this.rationale = rationale;
        decidedBy = by;
        decidedAt = now;
        updatedAt = now;
    }

    private void apply(Content content, Instant now) {
        title = content.title();
        description = content.description();
        reason = content.reason();
        scopeImpact = content.scopeImpact();
        scheduleDays = content.scheduleDays();
        costAmount = content.costAmount();
        options = content.options();
        updatedAt = now;
    }

    private void require(String act, ChangeState... allowed) {
        for (ChangeState candidate : allowed) {
            if (state() == candidate) return;
        }
        throw new ConflictException("change.act.refused", new Object[] {title, state},
                Map.of("state", state, "act", act), "change request " + id + " is " + state + ": it cannot " + act);
    }

    @DomainEvents
    List<DomainEvent> domainEvents() {
        return List.copyOf(events);
    }

    @AfterDomainEventPublication
    void clearDomainEvents() {
        events.clear();
    }

    public Long id() { return id; }
    public long project() { return project; }
    public String title() { return title; }
    public String description() { return description; }
    public String reason() { return reason; }
    public String scopeImpact() { return scopeImpact; }
    public int scheduleDays() { return scheduleDays; }
    public BigDecimal costAmount() { return costAmount; }
    public String options() { return options; }
    public Long requestedBy() { return requestedBy; }
    public ChangeState state() { return ChangeState.valueOf(state); }
    public ChangeRouting routing() { return routing == null ? null : ChangeRouting.valueOf(routing); }
    public boolean rebaseline() { return rebaseline; }
    public String rationale() { return rationale; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public Integer baselineNumber() { return baselineNumber; }
    public Instant baselineSavedAt() { return baselineSavedAt; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version == null ? 0 : version; }
}
