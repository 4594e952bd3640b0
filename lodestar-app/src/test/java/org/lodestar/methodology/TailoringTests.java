package org.lodestar.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lodestar.platform.InvalidInputException;

/** The questionnaire's score and class, and which class each tailoring rule makes an item mandatory for. */
class TailoringTests {

    private final Tailoring tailoring = new Tailoring();

    @Test
    void theScoreIsTheSumOfTheAnswersAndFallsInAClass() {
        assertThat(tailoring.classify(new Questionnaire(1, 1, 1, 1))).extracting(Classification::score,
                Classification::projectClass).containsExactly(4, ProjectClass.SMALL);
        assertThat(tailoring.classify(new Questionnaire(2, 2, 1, 1)).projectClass()).isEqualTo(ProjectClass.SMALL);
        assertThat(tailoring.classify(new Questionnaire(2, 2, 2, 1)).projectClass()).isEqualTo(ProjectClass.MEDIUM);
        assertThat(tailoring.classify(new Questionnaire(3, 2, 2, 2)).projectClass()).isEqualTo(ProjectClass.MEDIUM);
        assertThat(tailoring.classify(new Questionnaire(3, 3, 2, 2))).extracting(Classification::score,
                Classification::projectClass).containsExactly(10, ProjectClass.LARGE);
        assertThat(tailoring.classify(new Questionnaire(3, 3, 3, 3)).projectClass()).isEqualTo(ProjectClass.LARGE);
    }

    @Test
    void aHighRiskMakesASmallScoreMedium() {
        Classification classification = tailoring.classify(new Questionnaire(1, 1, 3, 1));

        assertThat(classification.score()).isEqualTo(6);
        assertThat(classification.projectClass()).isEqualTo(ProjectClass.MEDIUM);
    }

    @Test
    void eachMissingOrOutOfRangeAnswerIsNamed() {
        assertThatThrownBy(() -> tailoring.classify(new Questionnaire(null, 0, 4, 2)))
                .isInstanceOfSatisfying(InvalidInputException.class, problem -> assertThat(problem.problems())
                        .extracting(InvalidInputException.FieldProblem::field)
                        .containsExactly("size", "complexity", "risk"));
        assertThatThrownBy(() -> tailoring.classify(null))
                .isInstanceOfSatisfying(InvalidInputException.class, problem -> assertThat(problem.problems())
                        .hasSize(4));
    }

    @Test
    void eachRuleIsMandatoryFromItsClassUp() {
        assertThat(Applicability.ALL.mandatoryFor(ProjectClass.SMALL)).isTrue();
        assertThat(Applicability.MEDIUM.mandatoryFor(ProjectClass.SMALL)).isFalse();
        assertThat(Applicability.MEDIUM.mandatoryFor(ProjectClass.MEDIUM)).isTrue();
        assertThat(Applicability.MEDIUM.mandatoryFor(ProjectClass.LARGE)).isTrue();
        assertThat(Applicability.LARGE.mandatoryFor(ProjectClass.MEDIUM)).isFalse();
        assertThat(Applicability.LARGE.mandatoryFor(ProjectClass.LARGE)).isTrue();
        for (ProjectClass projectClass : ProjectClass.values()) {
            assertThat(Applicability.NEVER.mandatoryFor(projectClass)).isFalse();
        }
    }
}
