package org.lodestar.governance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.lodestar.governance.SteeringDecisionTaken;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An entry of a portfolio's decision log, taken in a held meeting ({@link #take}); never changed afterwards.
 * Registers {@link SteeringDecisionTaken} when stored.
 */
@Table("steering_decision")
public class SteeringDecision {

    @Id
    private Long id;
    private long meeting;
    private long portfolio;
    private String text;
    private LocalDate decidedOn;
    private Long project;
    private long decidedBy;
    private Instant createdAt;
    @org.springframework.data.annotation.Transient
    private final List<Object> events = new ArrayList<>();

    SteeringDecision() {
    }

    public static SteeringDecision take(SteeringMeeting meeting, String text, LocalDate decidedOn, Long project,
                                        long decidedBy, Instant now) {
        meeting.requireHeld();
        SteeringDecision decision = new SteeringDecision();
        decision.meeting = meeting.id();
        decision.portfolio = meeting.portfolio();
        decision.text = text;
        decision.decidedOn = decidedOn;
        decision.project = project;
        decision.decidedBy = decidedBy;
        decision.createdAt = now;
        decision.events.add(decision);
        return decision;
    }

    @DomainEvents
    Collection<Object> domainEvents() {
        return events.stream().map(ignored -> (Object) new SteeringDecisionTaken(portfolio, meeting, id, project))
                .toList();
    }

    @AfterDomainEventPublication
    void clearDomainEvents() {
        events.clear();
    }

    public long id() { return id; }
    public long meeting() { return meeting; }
    public long portfolio() { return portfolio; }
    public String text() { return text; }
    public LocalDate decidedOn() { return decidedOn; }
    public Long project() { return project; }
    public long decidedBy() { return decidedBy; }
}
