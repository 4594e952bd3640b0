package org.lodestar.pmo.internal;

import org.springframework.data.relational.core.mapping.Table;

/** One answer of an assessment: a level 1 to 5 and an optional comment. */
@Table("maturity_answer")
public record MaturityAnswer(int level, String comment) {
}
