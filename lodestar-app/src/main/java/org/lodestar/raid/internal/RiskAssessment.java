package org.lodestar.raid.internal;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/** One assessment of a risk's score: at its raising, then at each reassessment. */
@Table("risk_assessment")
public record RiskAssessment(int probability, int impact, int score, Integer residualProbability,
                             Integer residualImpact, Long assessedBy, Instant assessedAt) {
}
