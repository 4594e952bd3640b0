package org.lodestar.pmo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.lodestar.portfolio.Reference;

/**
 * A maturity assessment as read: its subject, answers, scores by domain beside the previous completed assessment of
 * the same subject (null when there is none), and its improvement plan. {@code assessable}: the reader may answer
 * and plan.
 */
public record MaturityAssessmentView(long id, MaturitySubject subject, String businessUnit, String questionnaire,
                                     LocalDate assessedOn, State state, List<Answer> answers,
                                     List<DomainScore> scores, BigDecimal overall, Long previousId,
                                     LocalDate previousAssessedOn, BigDecimal previousOverall, List<Action> actions,
                                     boolean assessable, long version) {

    public enum State {
        DRAFT, COMPLETED
    }

    public record Answer(String question, MaturityDomain domain, int level, String comment) {
    }

    /** A domain's score (null when unanswered), the previous assessment's, and the change between them. */
    public record DomainScore(MaturityDomain domain, BigDecimal score, BigDecimal previous, BigDecimal change) {
    }

    public record Action(int index, MaturityDomain domain, String description, Reference owner, LocalDate dueOn,
                         boolean done, boolean overdue) {
    }

    /** The questions not answered yet, in questionnaire order. */
    public List<String> unanswered() {
        List<String> answered = answers.stream().map(Answer::question).toList();
        return MaturityDomain.allQuestions().stream().filter(q -> !answered.contains(q)).toList();
    }
}
