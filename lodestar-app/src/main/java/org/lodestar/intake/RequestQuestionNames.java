package org.lodestar.intake;

import org.lodestar.platform.AuditFieldNames;
import org.springframework.stereotype.Component;

/**
 * Names a request's answers in its history: {@code value.<question key>} reads as the question's label on the
 * request form (shipped forms' labels in the reader's language, custom forms' as their author wrote them).
 */
@Component
class RequestQuestionNames implements AuditFieldNames {

    private static final String ANSWER = "value.";

    private final RequestTypeCatalog types;

    RequestQuestionNames(RequestTypeCatalog types) {
        this.types = types;
    }

    @Override
    public String name(String entityType, String field) {
        if (!RequestDesk.AUDIT_TYPE.equals(entityType) || !field.startsWith(ANSWER)) return null;
        return types.questionLabel(field.substring(ANSWER.length()));
    }
}
