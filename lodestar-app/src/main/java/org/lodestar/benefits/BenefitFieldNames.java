package org.lodestar.benefits;

import org.lodestar.platform.AuditFieldNames;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Names a benefit's audited fields by their form labels; {@code measurement2} as its second measurement. */
@Component
class BenefitFieldNames implements AuditFieldNames {

    private static final String MEASUREMENT = "measurement";

    private final MessageSource messages;

    BenefitFieldNames(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String name(String entityType, String field) {
        if (!Benefits.AUDIT_TYPE.equals(entityType)) return null;
        if (field.startsWith(MEASUREMENT) && field.length() > MEASUREMENT.length()
                && field.substring(MEASUREMENT.length()).chars().allMatch(Character::isDigit)) {
            return text("benefits.field.measurement") + " " + field.substring(MEASUREMENT.length());
        }
        return switch (field) {
            case "title", "type", "measure", "baselineValue", "baselineDate", "targetValue", "targetDate", "owner",
                 "state", "handedOverOn" -> text("benefits.field." + field);
            default -> null;
        };
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
