package org.lodestar.governance;

import java.time.LocalDate;
import java.util.Map;
import org.lodestar.methodology.Questionnaire;

/** The commands of a project's governance; {@code version} is the version (optimistic locking) they were made from. */
public final class GovernanceCommand {

    private GovernanceCommand() {
    }

    /** Put the project on a lifecycle (its current version), classified by the questionnaire's answers. */
    public record Adopt(Long lifecycleId, Questionnaire answers) {
    }

    /** Classify the project again. */
    public record Classify(Questionnaire answers, Long version) {
    }

    /**
     * Override the lifecycle's rule for a deliverable, a checklist item (by key) or a gate (by code): mandatory or
     * not, with a reason; {@code mandatory} null removes the override.
     */
    public record OverrideRule(String key, Boolean mandatory, String reason, Long version) {
    }

    /** An act on one of the project's deliverables; a link when working on it, a reason when waiving it. */
    public record Deliverable(String key, DeliverableAct act, String link, String reason, Long version) {
    }

    /** Request the gate that ends the project's phase. */
    public record RequestGate(Long version) {
    }

    /** Answers to the open review's checklist, by item key; the version is the review's. */
    public record Checklist(Map<String, Answer> answers, Map<String, String> notes, Long version) {
    }

    /**
     * The gate board's decision on the open review; the version is the review's. For a Go with conditions, each
     * line of {@code conditions} becomes an action owned by the project's manager, due by {@code dueBy} (optional).
     */
    public record Decide(GateDecision decision, String rationale, String conditions, LocalDate dueBy, Long version) {
    }

    /** Marks an action (a condition of a Go) done, with an optional note; the version is the action's. */
    public record CompleteAction(Long actionId, String note, Long version) {
    }
}
