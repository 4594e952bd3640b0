package org.lodestar.pmo;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One assessment in the list: its subject, date, state and overall score (null while nothing is answered). */
public record MaturitySummary(long id, MaturitySubject subject, String businessUnit, LocalDate assessedOn,
                              MaturityAssessmentView.State state, BigDecimal overall, int openActions) {
}
