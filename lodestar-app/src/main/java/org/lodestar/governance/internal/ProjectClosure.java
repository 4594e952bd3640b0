package org.lodestar.governance.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lodestar.governance.Answer;
import org.lodestar.governance.ClosureState;
import org.lodestar.platform.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A project's closure report: {@link #draft}ed and {@link #write}n by the project while it is a draft, then
 * {@link #accept}ed by the gate board (once); an accepted report is never written again (409).
 */
@Table("project_closure")
public class ProjectClosure {

    @Id
    private Long project;
    private ClosureState state;
    private String objectivesMet;
    private LocalDate finalStart;
    private LocalDate finalFinish;
    private BigDecimal finalCost;
    private String lessons;
    private String benefitsOwner;
    private Long acceptedBy;
    private Instant acceptedAt;
    @MappedCollection(idColumn = "project")
    private Set<ClosureAnswer> answers = new HashSet<>();
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    ProjectClosure() {
    }

    public static ProjectClosure draft(long project, Instant now) {
        ProjectClosure closure = new ProjectClosure();
        closure.project = project;
        closure.state = ClosureState.DRAFT;
        closure.createdAt = now;
        closure.updatedAt = now;
        return closure;
    }

    /** The report as a whole; 409 when it is accepted already. */
    public void write(Map<String, Answer> checklist, String objectivesMet, LocalDate finalStart,
                      LocalDate finalFinish, BigDecimal finalCost, String lessons, String benefitsOwner,
                      Long fromVersion, Instant now) {
        requireDraft("write");
        this.answers = new HashSet<>();
        checklist.forEach((key, answer) -> answers.add(new ClosureAnswer(key, answer)));
        this.objectivesMet = objectivesMet;
        this.finalStart = finalStart;
        this.finalFinish = finalFinish;
        this.finalCost = finalCost;
        this.lessons = lessons;
        this.benefitsOwner = benefitsOwner;
        if (fromVersion != null) this.version = fromVersion;
        this.updatedAt = now;
    }

    /** The gate board's acceptance; 409 when it is accepted already. */
    public void accept(long by, long fromVersion, Instant now) {
        requireDraft("accept");
        state = ClosureState.ACCEPTED;
        acceptedBy = by;
        acceptedAt = now;
        version = fromVersion;
        updatedAt = now;
    }

    private void requireDraft(String act) {
        if (state != ClosureState.DRAFT) {
            throw new ConflictException("governance.closure.accepted", new Object[] {}, Map.of("state", state.name()),
                    "the closure report of project " + project + " is accepted: it cannot " + act);
        }
    }

    public Optional<Answer> answerTo(String key) {
        return answers.stream().filter(answer -> answer.itemKey().equals(key)).map(ClosureAnswer::answer).findFirst();
    }

    public long project() { return project; }
    public ClosureState state() { return state; }
    public String objectivesMet() { return objectivesMet; }
    public LocalDate finalStart() { return finalStart; }
    public LocalDate finalFinish() { return finalFinish; }
    public BigDecimal finalCost() { return finalCost; }
    public String lessons() { return lessons; }
    public String benefitsOwner() { return benefitsOwner; }
    public Long acceptedBy() { return acceptedBy; }
    public Instant acceptedAt() { return acceptedAt; }
    public Set<ClosureAnswer> answers() { return Set.copyOf(answers); }
    public long version() { return version == null ? 0 : version; }
}
