package org.lodestar.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestar.governance.Answer;
import org.lodestar.governance.DeliverableAct;
import org.lodestar.governance.DeliverableState;
import org.lodestar.governance.GateDecided;
import org.lodestar.governance.GateDecision;
import org.lodestar.governance.ReviewState;
import org.lodestar.methodology.Classification;
import org.lodestar.methodology.ProjectClass;
import org.lodestar.methodology.Questionnaire;
import org.lodestar.platform.ConflictException;
import org.springframework.test.util.ReflectionTestUtils;

/** The acts of a gate review and of a governed project, and what each refuses. */
class GateReviewTests {

    private static final Instant NOW = Instant.parse("2027-01-04T09:00:00Z");

    @Test
    void aRequestedReviewIsAnsweredThenDecidedOnceAndTellsTheDecision() {
        GateReview review = GateReview.request(7, 0, "G1", 3, NOW);
        ReflectionTestUtils.setField(review, "id", 11L);                 // as the store gives it
        review.answer(Map.of("scopeAgreed", Answer.YES), Map.of("scopeAgreed", "Signed"), 0, NOW);
        review.answer(Map.of("scopeAgreed", Answer.NO), Map.of(), 0, NOW);
        assertThat(review.answerTo("scopeAgreed")).map(ChecklistAnswer::answer).contains(Answer.NO);

        review.decide(GateDecision.HOLD, "Wait", null, 4, "initiation", null, 0, NOW);

        assertThat(review.state()).isEqualTo(ReviewState.DECIDED);
        assertThat(review.domainEvents()).singleElement().isInstanceOfSatisfying(GateDecided.class, decided -> {
            assertThat(decided.decision()).isEqualTo(GateDecision.HOLD);
            assertThat(decided.gate()).isEqualTo("G1");
            assertThat(decided.project().value()).isEqualTo(7);
            assertThat(decided.review()).isEqualTo(11);
        });
        assertThatThrownBy(() -> review.decide(GateDecision.GO, "Again", null, 4, "initiation", "planning", 1, NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> review.answer(Map.of("scopeAgreed", Answer.YES), Map.of(), 1, NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aGovernedProjectPassesItsGatesUntilItFinishesAndItsDeliverablesFollowTheirTable() {
        GovernedProject project = GovernedProject.adopt(7, 1, 1, 0,
                new Classification(new Questionnaire(1, 1, 1, 1), 4, ProjectClass.SMALL), List.of("brief"), NOW);
        LocalDate today = LocalDate.of(2027, 1, 4);

        assertThatThrownBy(() -> project.act("brief", DeliverableAct.APPROVE, null, null, 4, today, NOW))
                .isInstanceOf(ConflictException.class);
        project.act("brief", DeliverableAct.WORK, "https://x.example/brief", null, 3, today, NOW);
        project.act("brief", DeliverableAct.SUBMIT, null, null, 3, today, NOW);
        project.act("brief", DeliverableAct.APPROVE, null, null, 4, today, NOW);
        assertThat(project.deliverable("brief")).hasValueSatisfying(brief -> {
            assertThat(brief.state()).isEqualTo(DeliverableState.APPROVED);
            assertThat(brief.link()).isEqualTo("https://x.example/brief");
            assertThat(brief.decidedBy()).isEqualTo(4L);
        });

        project.pass(2, NOW);
        assertThat(project.phasePosition()).isEqualTo(1);
        assertThat(project.finished()).isFalse();
        project.pass(2, NOW);
        assertThat(project.phasePosition()).isEqualTo(1);
        assertThat(project.finished()).isTrue();
    }

    @Test
    void anOverrideReplacesTheLifecyclesRuleUntilItIsRemoved() {
        GovernedProject project = GovernedProject.adopt(7, 1, 1, 0,
                new Classification(new Questionnaire(2, 2, 2, 2), 8, ProjectClass.MEDIUM), List.of(), NOW);

        project.override("businessCase", false, "Regulation", NOW);
        project.override("businessCase", true, "Board asked for it", NOW);
        assertThat(project.overrides()).singleElement().satisfies(override -> {
            assertThat(override.mandatory()).isTrue();
            assertThat(override.reason()).isEqualTo("Board asked for it");
        });
        project.override("businessCase", null, null, NOW);
        assertThat(project.overrides()).isEmpty();
    }
}
