package org.lodestar.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.ConflictException;
import org.lodestar.quality.FindingSeverity;
import org.lodestar.quality.ReviewState;

/** A quality review's acts: findings closed only once their action is done, the review only once all are closed. */
class QualityReviewTests {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    private static QualityReview review() {
        return QualityReview.hold(1, LocalDate.of(2026, 6, 1), 3L, null, List.of(new Criterion("Plan", 3, 5, null),
                new Criterion("Risks", 1, 1, null)), NOW);
    }

    @Test
    void theComplianceScoreIsTheWeightedMeanAsAPercentageOfTheBest() {
        assertThat(review().score()).isEqualTo(80);   // (3x5 + 1x1) / (4x5) = 16/20
        assertThat(QualityReview.hold(1, LocalDate.of(2026, 6, 1), null, null, List.of(), NOW).score()).isZero();
    }

    @Test
    void aFindingIsClosedOnlyOnceItsCorrectiveActionIsDoneAndOnlyOnce() {
        QualityReview review = review();
        review.addFinding("Risks not reviewed", FindingSeverity.HIGH, "Review monthly", null, null, NOW);
        assertThatThrownBy(() -> review.closeFinding(0, NOW)).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).messageKey()).isEqualTo("quality.finding.actionOpen"));
        assertThat(review.findings().get(0).closed()).isFalse();
        assertThat(review.completeAction(0, NOW)).isTrue();
        assertThatThrownBy(() -> review.completeAction(0, NOW)).isInstanceOf(ConflictException.class);
        assertThat(review.closeFinding(0, NOW)).isTrue();
        assertThat(review.findings().get(0).closed()).isTrue();
        assertThatThrownBy(() -> review.closeFinding(0, NOW)).isInstanceOf(ConflictException.class);
        assertThat(review.closeFinding(1, NOW)).as("no such finding").isFalse();
        assertThat(review.completeAction(-1, NOW)).isFalse();
    }

    @Test
    void aReviewClosesOnlyWithEveryFindingClosedAndThenTakesNoMoreActs() {
        QualityReview review = review();
        review.addFinding("No change log", FindingSeverity.MEDIUM, "Start one", null, null, NOW);
        assertThatThrownBy(() -> review.close(NOW)).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).properties()).containsEntry("openFindings", 1L));
        assertThat(review.state()).isEqualTo(ReviewState.OPEN);
        review.completeAction(0, NOW);
        review.closeFinding(0, NOW);
        review.close(NOW);
        assertThat(review.state()).isEqualTo(ReviewState.CLOSED);
        assertThatThrownBy(() -> review.close(NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> review.addFinding("Late", FindingSeverity.LOW, "x", null, null, NOW))
                .isInstanceOf(ConflictException.class);
    }
}
