package org.lodestar.engine.score;

/**
 * Analytic hierarchy process: criterion weights from a pairwise comparison matrix (Saaty's 1-9 scale, a[i][j] says
 * how much more criterion i matters than j, a[j][i] = 1 / a[i][j]) as its principal eigenvector, with the consistency
 * ratio that says whether the comparisons contradict each other (above 0.1 they do).
 */
public final class Ahp {

    /** Saaty's random consistency index for 1 to 15 criteria. */
    private static final double[] RANDOM_INDEX =
            {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
    public static final double ACCEPTABLE_RATIO = 0.1;

    /** Weights summing to 1, the principal eigenvalue and the consistency ratio (0 for up to two criteria). */
    public record Result(double[] weights, double lambdaMax, double consistencyRatio) {
        public boolean isConsistent() {
            return consistencyRatio <= ACCEPTABLE_RATIO;
        }
    }

    private Ahp() {
    }

    public static Result weigh(double[][] pairwise) {
        int n = pairwise.length;
        if (n == 0 || n > RANDOM_INDEX.length) {
            throw new IllegalArgumentException("AHP takes 1 to " + RANDOM_INDEX.length + " criteria, not " + n);
        }
        // every row first: the reciprocal check below reads row j while checking row i
        for (int i = 0; i < n; i++) {
            if (pairwise[i] == null || pairwise[i].length != n) {
                throw new IllegalArgumentException("The comparison matrix must be square: row " + (i + 1) + " has "
                        + (pairwise[i] == null ? "no" : String.valueOf(pairwise[i].length)) + " entries, not " + n);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double a = pairwise[i][j];
                if (!(a > 0) || Double.isInfinite(a)) {
                    throw new IllegalArgumentException("Comparisons must be positive numbers: row " + (i + 1)
                            + ", column " + (j + 1));
                }
                if (Math.abs(a * pairwise[j][i] - 1) > 1e-6) {
                    throw new IllegalArgumentException("Comparisons must be reciprocal: row " + (i + 1) + ", column "
                            + (j + 1) + " is " + a + " but the opposite is " + pairwise[j][i]);
                }
            }
        }
        double[] weights = new double[n];
        java.util.Arrays.fill(weights, 1.0 / n);
        double lambda = n;
        for (int iteration = 0; iteration < 1000; iteration++) {
            double[] next = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    next[i] += pairwise[i][j] * weights[j];
                }
                sum += next[i];
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= sum;
                change = Math.max(change, Math.abs(next[i] - weights[i]));
            }
            weights = next;
            lambda = sum; // weights sum to 1, so the sum of A·w is the eigenvalue
            if (change < 1e-12) {
                break;
            }
        }
        double ratio = n <= 2 ? 0 : ((lambda - n) / (n - 1)) / RANDOM_INDEX[n - 1];
        return new Result(weights, lambda, Math.max(0, ratio));
    }
}
