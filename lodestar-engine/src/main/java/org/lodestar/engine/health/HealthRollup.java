package org.lodestar.engine.health;

import java.util.Objects;

/**
 * Rolls the health of many projects up to one rating for a programme or portfolio.
 *
 * <p>Inputs are parallel arrays so that a 10,000-project portfolio rolls up without allocation: {@code ratings[i]}
 * is project i's health ({@code null} when it has not been rated) and {@code weights[i]} its weight (usually its
 * budget; negative weights are rejected). Unrated projects are left out, never counted as green.
 */
public final class HealthRollup {

    /** Score at or above which a weighted roll-up is red; amber sits between the two thresholds. */
    private final double redAt;
    private final double amberAt;

    /**
     * @param amberAt weighted score (green = 0, amber = 1, red = 2) from which the roll-up is amber, e.g. 0.5
     * @param redAt   weighted score from which the roll-up is red, e.g. 1.25; must not be below {@code amberAt}
     */
    public HealthRollup(double amberAt, double redAt) {
        if (!(amberAt > 0 && amberAt <= redAt && redAt <= 2)) {
            throw new IllegalArgumentException(
                    "thresholds must satisfy 0 < amberAt <= redAt <= 2, got " + amberAt + " and " + redAt);
        }
        this.amberAt = amberAt;
        this.redAt = redAt;
    }

    /** The usual thresholds: amber from 0.5, red from 1.25. */
    public static HealthRollup standard() {
        return new HealthRollup(0.5, 1.25);
    }

    /** The worst rating among the projects, or {@code null} when none is rated. */
    public static Rag worstOf(Rag[] ratings) {
        Rag worst = null;
        for (Rag rating : ratings) {
            worst = Rag.worse(worst, rating);
            if (worst == Rag.RED) break;
        }
        return worst;
    }

    /**
     * The weighted mean of the ratings (green 0, amber 1, red 2) mapped back to a rating by this roll-up's
     * thresholds; {@code null} when no rated project has a positive weight.
     */
    public Rag weighted(Rag[] ratings, double[] weights) {
        Objects.requireNonNull(ratings, "ratings");
        Objects.requireNonNull(weights, "weights");
        if (ratings.length != weights.length) {
            throw new IllegalArgumentException(
                    "ratings and weights differ in length: " + ratings.length + " and " + weights.length);
        }
        double total = 0;
        double score = 0;
        for (int i = 0; i < ratings.length; i++) {
            double weight = weights[i];
            if (weight < 0 || Double.isNaN(weight)) {
                throw new IllegalArgumentException("weight " + i + " is not a non-negative number: " + weight);
            }
            if (ratings[i] == null) continue;
            total += weight;
            score += weight * ratings[i].ordinal();
        }
        if (total == 0) return null;
        double mean = score / total;
        return mean >= redAt ? Rag.RED : mean >= amberAt ? Rag.AMBER : Rag.GREEN;
    }
}
