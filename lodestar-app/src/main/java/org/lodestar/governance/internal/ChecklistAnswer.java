package org.lodestar.governance.internal;

import org.lodestar.governance.Answer;
import org.springframework.data.relational.core.mapping.Table;

/** The answer to one checklist item of a gate review, with an optional note. */
@Table("gate_review_answer")
public record ChecklistAnswer(String itemKey, Answer answer, String note) {
}
