package org.lodestar.governance.internal;

import org.lodestar.governance.Answer;
import org.springframework.data.relational.core.mapping.Table;

/** The answer to one item of a project's closure checklist. */
@Table("project_closure_answer")
public record ClosureAnswer(String itemKey, Answer answer) {
}
