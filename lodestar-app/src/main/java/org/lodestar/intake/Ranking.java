package org.lodestar.intake;

import java.util.List;

/**
 * The candidates of a scoring model ranked by their mean score (0-100), with each criterion's mean points, the
 * evaluators' spread, how many scorecards are complete and incomplete, and the sensitivity: the rank each would
 * have if a criterion's weight moved 10 points down or up (the other weights rescaled to keep 100%).
 */
public record Ranking(ScoringModelView model, List<Entry> entries) {

    public record Entry(long requestId, String code, String title, RequestState state, boolean mandatory, Double score,
                        Double min, Double max, int complete, int incomplete, List<Double> criterionMeans, int rank,
                        List<int[]> sensitivity) {

        public Double spread() {
            return score == null ? null : max - min;
        }

        public boolean isScored() {
            return complete > 0;
        }

        /** The rank with criterion {@code c}'s weight 10 points lower (0) or higher (1). */
        public int rankWhen(int c, int direction) {
            return sensitivity.get(c)[direction];
        }
    }
}
