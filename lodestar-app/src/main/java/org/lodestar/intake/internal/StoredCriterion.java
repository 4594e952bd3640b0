package org.lodestar.intake.internal;

import java.math.BigDecimal;

/** A criterion of a scoring model as stored: its stable id (null until stored) and its position, the display order. */
public record StoredCriterion(Long id, int position, String name, BigDecimal weight, String direction, String scale,
                              BigDecimal low, BigDecimal high,
                              String anchor1, String anchor2, String anchor3, String anchor4, String anchor5) {
}
