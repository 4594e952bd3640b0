package org.lodestar.methodology;

/**
 * The tailoring questionnaire: size, complexity, risk and strategic importance, each answered 1 (low), 2 (medium)
 * or 3 (high). {@link Tailoring#classify} checks the answers and scores them.
 */
public record Questionnaire(Integer size, Integer complexity, Integer risk, Integer importance) {
}
