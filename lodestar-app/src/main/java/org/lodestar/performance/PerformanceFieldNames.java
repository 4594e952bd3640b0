package org.lodestar.performance;

import org.lodestar.platform.AuditFieldNames;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Names a KPI's audited fields by their form labels. */
@Component
class PerformanceFieldNames implements AuditFieldNames {

    private final MessageSource messages;

    PerformanceFieldNames(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String name(String entityType, String field) {
        if (!Kpis.AUDIT_TYPE.equals(entityType)) return null;
        return switch (field) {
            case "code", "name", "definition", "formula", "unit", "direction", "target", "amberLimit", "owner" ->
                    messages.getMessage("performance.kpi.field." + field, null, field, LocaleContextHolder.getLocale());
            default -> null;
        };
    }
}
