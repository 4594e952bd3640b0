package org.lodestar.pmo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.ConflictException;
import org.lodestar.pmo.MaturityDomain;
import org.lodestar.pmo.MaturitySubject;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A maturity self-assessment of the PMO or of a business unit. It changes only through its acts: {@link #start},
 * {@link #answer} (while a draft), {@link #complete} (once every question of its questionnaire is answered),
 * {@link #planAction} and {@link #actionDone} (the improvement plan, in either state).
 */
@Table("maturity_assessment")
public class MaturityAssessment {

    @Id
    private Long id;
    private String subject;
    private String businessUnit;
    private String questionnaire;
    private LocalDate assessedOn;
    private String state;
    private Long startedBy;
    private Instant completedAt;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "maturity_assessment", keyColumn = "question")
    private Map<String, MaturityAnswer> answers = new LinkedHashMap<>();
    @MappedCollection(idColumn = "maturity_assessment", keyColumn = "position")
    private List<MaturityAction> actions = new ArrayList<>();

    MaturityAssessment() {
    }

    public static MaturityAssessment start(MaturitySubject subject, String businessUnit, LocalDate assessedOn,
                                           Long startedBy, Instant now) {
        MaturityAssessment assessment = new MaturityAssessment();
        assessment.subject = subject.name();
        assessment.businessUnit = subject == MaturitySubject.BUSINESS_UNIT ? businessUnit : null;
        assessment.questionnaire = MaturityDomain.QUESTIONNAIRE;
        assessment.assessedOn = assessedOn;
        assessment.state = "DRAFT";
        assessment.startedBy = startedBy;
        assessment.createdAt = now;
        assessment.updatedAt = now;
        return assessment;
    }

    /** Sets these answers (question key to answer), replacing those stored for the same questions. */
    public void answer(Map<String, MaturityAnswer> given, Instant now) {
        requireDraft("answer");
        answers.putAll(given);
        updatedAt = now;
    }

    /** Completes the assessment; the caller has checked that every question is answered. */
    public void complete(Instant now) {
        requireDraft("complete");
        state = "COMPLETED";
        completedAt = now;
        updatedAt = now;
    }

    public void planAction(MaturityAction action, Instant now) {
        actions.add(action);
        updatedAt = now;
    }

    /** Marks the action at this index done; false when there is no such action. */
    public boolean actionDone(int index, Instant now) {
        if (index < 0 || index >= actions.size()) return false;
        if (actions.get(index).done()) {
            throw new ConflictException("pmo.maturity.conflict.done", new Object[] {index + 1},
                    Map.of("action", index, "act", "actionDone"),
                    "action " + (index + 1) + " of maturity assessment " + id + " is done already");
        }
        actions.set(index, actions.get(index).withDone());
        updatedAt = now;
        return true;
    }

    private void requireDraft(String act) {
        if (!"DRAFT".equals(state)) {
            throw new ConflictException("pmo.maturity.conflict.state", new Object[] {state, act},
                    Map.of("state", state, "act", act), "maturity assessment " + id + " is " + state + ": it cannot " + act);
        }
    }

    public Long id() {
        return id;
    }

    public MaturitySubject subject() {
        return MaturitySubject.valueOf(subject);
    }

    public String businessUnit() {
        return businessUnit;
    }

    public String questionnaire() {
        return questionnaire;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public boolean completed() {
        return "COMPLETED".equals(state);
    }

    public String state() {
        return state;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public Map<String, MaturityAnswer> answers() {
        return Map.copyOf(answers);
    }

    public List<MaturityAction> actions() {
        return List.copyOf(actions);
    }
}
