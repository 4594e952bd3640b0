package org.lodestar.pmo;

import org.lodestar.platform.AuditFieldNames;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names the pmo module's audited fields: a maturity assessment's {@code answer RISK.2} reads as the domain and the
 * question's number, {@code action3} as the third action of the improvement plan; a mentoring's {@code session2} and
 * {@code action1} as its second session and first agreed action; the rest by their form labels.
 */
@Component
class PmoFieldNames implements AuditFieldNames {

    private static final String ANSWER = "answer ";
    private static final String ACTION = "action";

    private final MessageSource messages;

    PmoFieldNames(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String name(String entityType, String field) {
        if (Coaching.AUDIT_TYPE.equals(entityType)) return mentoring(field);
        if (CompetencyAssessments.AUDIT_TYPE.equals(entityType)) return competency(field);
        if (!MaturityAssessments.AUDIT_TYPE.equals(entityType)) return null;
        if (field.startsWith(ANSWER)) {
            String question = field.substring(ANSWER.length());
            MaturityDomain domain = MaturityDomain.of(question);
            if (domain == null) return null;
            return text("pmo.maturity.field.answer") + " · " + text(domain.messageKey()) + " "
                    + question.substring(question.indexOf('.') + 1);
        }
        if (field.startsWith(ACTION) && field.length() > ACTION.length()
                && field.substring(ACTION.length()).chars().allMatch(Character::isDigit)) {
            return text("pmo.maturity.field.action") + " " + field.substring(ACTION.length());
        }
        return switch (field) {
            case "subject", "businessUnit", "assessedOn", "state" -> text("pmo.maturity.field." + field);
            default -> null;
        };
    }

    private String competency(String field) {
        if (field.startsWith("rating ")) {
            Competency competency = Competency.of(field.substring("rating ".length()));
            return competency == null ? null : text("pmo.competencies.level") + " · " + text(competency.messageKey());
        }
        if (field.startsWith("goal") && field.length() > 4 && field.substring(4).chars().allMatch(Character::isDigit)) {
            return text("pmo.competencies.field.goal") + " " + field.substring(4);
        }
        return field.equals("assessedOn") ? text("pmo.maturity.field.assessedOn") : null;
    }

    private String mentoring(String field) {
        for (String numbered : new String[] {"session", "action"}) {
            if (field.startsWith(numbered) && field.length() > numbered.length()
                    && field.substring(numbered.length()).chars().allMatch(Character::isDigit)) {
                return text("pmo.coaching.field." + numbered) + " " + field.substring(numbered.length());
            }
        }
        return switch (field) {
            case "mentor", "mentee", "startedOn", "endedOn" -> text("pmo.coaching.field." + field);
            default -> null;
        };
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
