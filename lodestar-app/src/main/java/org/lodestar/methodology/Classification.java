package org.lodestar.methodology;

/** What the questionnaire gave: its score (4 to 12) and the class the score falls in. */
public record Classification(Questionnaire answers, int score, ProjectClass projectClass) {
}
