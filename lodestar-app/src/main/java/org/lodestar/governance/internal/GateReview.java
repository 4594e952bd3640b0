package org.lodestar.governance.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lodestar.governance.Answer;
import org.lodestar.governance.GateDecided;
import org.lodestar.governance.GateDecision;
import org.lodestar.governance.ReviewState;
import org.lodestar.platform.ConflictException;
import org.lodestar.platform.DomainEvent;
import org.lodestar.portfolio.ProjectId;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A gate review: requested by the project, its checklist answered, decided by the gate board. Answered and decided
 * only while requested ({@link #answer}, {@link #decide}, else 409); the decision registers {@link GateDecided}.
 */
@Table("gate_review")
public class GateReview {

    @Id
    private Long id;
    private long project;
    private int phasePosition;
    private String gateCode;
    private ReviewState state;
    private long requestedBy;
    private Instant requestedAt;
    private GateDecision decision;
    private String rationale;
    private String conditions;
    private Long decidedBy;
    private Instant decidedAt;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    @MappedCollection(idColumn = "gate_review")
    private Set<ChecklistAnswer> answers = new HashSet<>();

    @Transient
    private final List<DomainEvent> events = new ArrayList<>();

    GateReview() {
    }

    public static GateReview request(long project, int phasePosition, String gateCode, long by, Instant now) {
        GateReview review = new GateReview();
        review.project = project;
        review.phasePosition = phasePosition;
        review.gateCode = gateCode;
        review.state = ReviewState.REQUESTED;
        review.requestedBy = by;
        review.requestedAt = now;
        review.createdAt = now;
        review.updatedAt = now;
        return review;
    }

    /** Records answers (and notes) to checklist items; others keep theirs. */
    public void answer(Map<String, Answer> given, Map<String, String> notes, long fromVersion, Instant now) {
        requireRequested("answer");
        given.forEach((key, answer) -> {
            answers.removeIf(existing -> existing.itemKey().equals(key));
            answers.add(new ChecklistAnswer(key, answer, notes.get(key)));
        });
        version = fromVersion;
        updatedAt = now;
    }

    public void decide(GateDecision decision, String rationale, String conditions, long by, String fromPhase,
                       String toPhase, long fromVersion, Instant now) {
        requireRequested("decide");
        this.state = ReviewState.DECIDED;
        this.decision = decision;
        this.rationale = rationale;
        this.conditions = conditions;
        this.decidedBy = by;
        this.decidedAt = now;
        this.version = fromVersion;
        this.updatedAt = now;
        events.add(new GateDecided(new ProjectId(project), id, gateCode, decision, fromPhase, toPhase));
    }

    private void requireRequested(String act) {
        if (state != ReviewState.REQUESTED) {
            throw new ConflictException("governance.review.decided", new Object[] {gateCode,
                    new DefaultMessageSourceResolvable(decision.messageKey())},
                    Map.of("state", state.name(), "decision", decision.name()),
                    "gate review " + id + " is decided: it cannot " + act);
        }
    }

    @DomainEvents
    List<DomainEvent> domainEvents() {
        return List.copyOf(events);
    }

    @AfterDomainEventPublication
    void clearDomainEvents() {
        events.clear();
    }

    public Optional<ChecklistAnswer> answerTo(String key) {
        return answers.stream().filter(answer -> answer.itemKey().equals(key)).findFirst();
    }

    public long id() { return id; }
    public long project() { return project; }
    public int phasePosition() { return phasePosition; }
    public String gateCode() { return gateCode; }
    public ReviewState state() { return state; }
    public long requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public GateDecision decision() { return decision; }
    public String rationale() { return rationale; }
    public String conditions() { return conditions; }
    public Long decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public long version() { return version == null ? 0 : version; }
    public Set<ChecklistAnswer> answers() { return Set.copyOf(answers); }
}
