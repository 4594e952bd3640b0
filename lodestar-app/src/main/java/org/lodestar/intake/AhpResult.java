package org.lodestar.intake;

import java.util.List;

/** Weights (percent, summing to 100) derived from a pairwise comparison, and its consistency ratio. */
public record AhpResult(List<Double> weights, double consistencyRatio, boolean consistent) {
}
