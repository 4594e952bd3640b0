package org.lodestar.raid;

import java.util.List;

/**
 * The 5x5 matrix of open risks: {@code counts[p-1][i-1]} is the number of open risks of probability p and impact i;
 * {@code top} the open risks of highest score first (at most the N asked for).
 */
public record RiskMatrix(int[][] counts, int open, List<RiskView> top) {

    /** A score of at least this is high (red on the matrix, counted by the health indicator). */
    public static final int HIGH = 15;
    /** A score of at least this is medium (amber). */
    public static final int MEDIUM = 6;

    static RiskMatrix of(List<RiskView> open, int topN) {
        int[][] counts = new int[5][5];
        for (RiskView risk : open) counts[risk.probability() - 1][risk.impact() - 1]++;
        return new RiskMatrix(counts, open.size(), open.stream().limit(topN).toList());
    }

    /** The band of the cell of this probability and impact. */
    public String bandOf(int probability, int impact) {
        return band(probability * impact);
    }

    /** The band of a score: high, medium or low. */
    public static String band(int score) {
        return score >= HIGH ? "high" : score >= MEDIUM ? "medium" : "low";
    }
}
