package org.lodestar.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lodestar.methodology.ProjectClass;
import org.lodestar.methodology.Questionnaire;
import org.lodestar.portfolio.Reference;

/**
 * A project's governance as the reader reads it: none ({@code lifecycle} null) until the project is put on a
 * lifecycle; then the lifecycle version it keeps, its class, the phase it is in and the gate that ends it, its
 * deliverables, the overrides of the tailoring rules, the open review with its compliance, past reviews, and
 * the acts the reader may take ({@code acts}: adopt, classify, override, work, decide-deliverables, request, answer,
 * decide, complete).
 */
public record GovernanceView(long projectId, String projectCode, String projectName, Lifecycle lifecycle,
                             Questionnaire answers, Integer score, ProjectClass projectClass, Phase phase,
                             boolean finished, List<Deliverable> deliverables, List<RuleOverride> overrides,
                             Review openReview, List<Review> reviews, List<Action> actions, List<String> acts,
                             long version) {

    public record Lifecycle(long id, String code, String name, int number, int currentNumber) {
    }

    /** The phase the project is in, and its gate; {@code gateMandatory} after tailoring. */
    public record Phase(int position, String key, String name, String guidance, String gateCode, String gateName,
                        boolean gateMandatory, boolean last) {
    }

    public record Deliverable(String key, String name, String phaseKey, String phaseName, boolean mandatory,
                              DeliverableState state, String link, String reason, Reference decidedBy,
                              LocalDate decidedOn, List<DeliverableAct> acts) {
    }

    /** A condition of a Go, tracked until done. */
    public record Action(long id, String gateCode, String text, Reference owner, LocalDate due, boolean done,
                         Reference doneBy, Instant doneAt, String note, long version) {
    }

    public record RuleOverride(String key, String name, boolean mandatory, String reason) {
    }

    public record ChecklistLine(String key, String name, boolean mandatory, Answer answer, String note) {
    }

    /**
     * What a decision to pass the gate still lacks: the mandatory checklist items without an answer, and the
     * mandatory deliverables of the phase neither approved nor waived (their names).
     */
    public record Compliance(boolean compliant, List<String> unanswered, List<String> unapproved) {
    }

    public record Review(long id, String gateCode, String gateName, String phaseName, ReviewState state,
                         Reference requestedBy, Instant requestedAt, List<ChecklistLine> checklist,
                         Compliance compliance, GateDecision decision, String rationale, String conditions,
                         Reference decidedBy, Instant decidedAt, long version) {
    }
}
