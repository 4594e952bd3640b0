package org.lodestar.platform.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lodestar.platform.AuditFieldNames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows audit entries in the reader's language: record types, field names and stored values (constants, dates,
 * yes/no, role lists, the shipped forms' answers) through the message bundles. The audit trail itself stores
 * language-neutral text, so that each reader sees history in their own language. Used in templates as
 * {@code @history}.
 *
 * <p>A field is named, in this order, by {@code audit.field.<type>.<field>} (where a module's own label would
 * mislead), by the module that alone knows it ({@link AuditFieldNames}), by the form labels of the record's module
 * ({@link #FIELD_PREFIXES}), then by {@code audit.field.<field>}. A label with a placeholder is a sentence, not a
 * label, and is passed over. Numbered fields ({@code action1}) read as their name and number ("Action 1").
 */
@Component("history")
public class HistoryLabels {

    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z_]*");
    /** A constant at the head of a value, followed by its details: {@code MUST_START_ON 2025-03-03T08:00}. */
    private static final Pattern LEADING_CONSTANT = Pattern.compile("([A-Z][A-Z_]*[A-Z])([ :].*)?", Pattern.DOTALL);
    private static final Pattern NUMBERED = Pattern.compile("([a-zA-Z]+?)([0-9]+)");
    /** Fields that hold dates and yes/no: only these are reformatted, never free text that looks alike. */
    private static final Set<String> DATES = Set.of("plannedStart", "plannedFinish", "forecastStart", "forecastFinish",
            "actualStart", "actualFinish", "periodEnd", "due", "nextDue", "validateBy", "decidedOn", "heldOn", "postedOn",
            "reviewDate", "validFrom", "finalStart", "finalFinish", "decisionDate", "statusDate", "assessedOn");
    private static final Set<String> YES_NO = Set.of("enabled", "required", "active");
    /** A request's answer to a form question ({@code value.<question>}); shipped choices are message keys. */
    private static final String ANSWER = "value.";
    private static final String SHIPPED_TEXT = "intake.default.";

    /** Where each record type's field names are found in the bundles (its module's form labels), first match wins. */
    private static final Map<String, List<String>> FIELD_PREFIXES = Map.ofEntries(
            Map.entry("project", List.of("project.")),
            Map.entry("portfolio", List.of("portfolio.", "project.")),
            Map.entry("programme", List.of("portfolio.", "project.")),
            Map.entry("objective", List.of("project.")),
            Map.entry("customField", List.of("customField.")),
            Map.entry("user", List.of("person.")),
            Map.entry("apiToken", List.of("account.token")),
            Map.entry("plan", List.of("plan.ui.", "planning.links.", "project.")),
            Map.entry("plan_task", List.of("plan.ui.col.", "plan.ui.", "project.")),
            Map.entry("baseline", List.of("planning.baseline.")),
            Map.entry("projectRequest", List.of("project.")),
            Map.entry("scenario", List.of("scenario.")),
            Map.entry("scorecard", List.of("scenario.")),
            Map.entry("status-report", List.of("status.", "status.dimension.")),
            Map.entry("reporting-cycle", List.of("status.cycle.")),
            Map.entry("risk", List.of("raid.risk.", "raid.")),
            Map.entry("change-request", List.of("change.", "governance.")),
            Map.entry("quality-review", List.of("quality.review.", "quality.")),
            Map.entry("lesson", List.of("quality.lesson.")),
            Map.entry("communication", List.of("governance.communication.")),
            Map.entry("stakeholder", List.of("governance.stakeholder.")),
            Map.entry("gateReview", List.of("governance.")),
            Map.entry("gateAction", List.of("governance.action.", "governance.steering.action.")),
            Map.entry("projectGovernance", List.of("governance.")),
            Map.entry("projectClosure", List.of("governance.closure.", "governance.")),
            Map.entry("steeringCommittee", List.of("governance.steering.")),
            Map.entry("steeringMeeting", List.of("governance.steering.pack.", "governance.steering.meeting.")),
            Map.entry("steeringAction", List.of("governance.steering.action.", "governance.action.")),
            Map.entry("steeringDecision", List.of("governance.steering.decision.")),
            Map.entry("forecast", List.of("finance.metric.")),
            Map.entry("calendar", List.of("planning.calendar.")),
            Map.entry("lifecycle", List.of("methodology.")));

    /** Where the constants stored in a field are named, by record type: risk {@code state} OPEN is raid.state.OPEN. */
    private static final Map<String, Map<String, String>> TYPE_CONSTANT_PREFIXES = Map.ofEntries(
            Map.entry("risk", Map.of("state", "raid.state.", "kind", "raid.kind.", "strategy", "raid.strategy.")),
            Map.entry("raid-issue", Map.of("state", "raid.state.", "priority", "raid.priority.")),
            Map.entry("raid-assumption", Map.of("state", "raid.state.")),
            Map.entry("change-request", Map.of("state", "change.state.", "routing", "change.routing.")),
            Map.entry("communication", Map.of("channel", "governance.channel.", "frequency", "governance.frequency.")),
            Map.entry("gateReview", Map.of("state", "governance.review.state.", "decision", "governance.decision.")),
            Map.entry("projectClosure", Map.of("state", "governance.closure.state.")),
            Map.entry("quality-review", Map.of("state", "quality.state.")),
            Map.entry("reporting-cycle", Map.of("frequency", "status.frequency.", "scope", "status.scope.")),
            Map.entry("scenario", Map.of("objective", "scenario.objective.")),
            Map.entry("stakeholder", Map.of("engagement", "governance.engagement.", "influence", "governance.level.",
                    "interest", "governance.level.")),
            Map.entry("status-report", Map.of("state", "status.state.", "overall", "rag.", "schedule", "rag.",
                    "cost", "rag.", "scope", "rag.", "quality", "rag.", "risks", "rag.", "resources", "rag.")),
            Map.entry("steeringCommittee", Map.of("cadence", "governance.steering.cadence.")),
            Map.entry("steeringMeeting", Map.of("state", "governance.steering.meeting.state.")),
            Map.entry("plan", Map.of("schedulingRules", "planning.rules.", "progressedActivities",
                    "planning.progressed.", "lagCalendar", "planning.lagCalendar.")),
            Map.entry("plan_task", Map.of("constraint", "audit.constraint.")),
            Map.entry("customField", Map.of("type", "customField.type.", "appliesTo", "customField.appliesTo.")),
            Map.entry("budget-line", Map.of("kind", "audit.budgetKind.")),
            Map.entry("contract", Map.of("state", "finance.contract.state.")),
            Map.entry("resource", Map.of("kind", "resources.kind.")),
            Map.entry("allocation", Map.of("booking", "planning.assignments.booking.")),
            Map.entry("plan_assignment", Map.of("booking", "planning.assignments.booking.",
                    "contour", "planning.assignments.contour.")),
            Map.entry("timesheet", Map.of("state", "timesheet.state.")),
            Map.entry("task-earning-method", Map.of("method", "finance.earning.method.")),
            Map.entry("maturity-assessment", Map.of("subject", "pmo.maturity.subject.", "state", "pmo.maturity.state.")),
            Map.entry("benefit", Map.of("type", "benefits.type.", "state", "benefits.state.")),
            Map.entry("kpi", Map.of("unit", "performance.unit.", "direction", "performance.direction.")),
            Map.entry("report-distribution", Map.of("report", "distribution.report.", "format", "distribution.format.",
                    "frequency", "distribution.frequency.")));

    /** Where the constants stored in a field are named for the other record types: project {@code state} ACTIVE. */
    private static final Map<String, String> CONSTANT_PREFIXES = Map.of(
            "state", "project.state.", "phase", "project.phase.", "priority", "project.priority.",
            "health", "rag.", "type", "customField.type.", "roles", "role.", "requestState", "intake.state.");

    private final MessageSource messages;
    private final Formats formats;
    private final ObjectProvider<AuditFieldNames> modules;

    HistoryLabels(MessageSource messages, Formats formats, ObjectProvider<AuditFieldNames> modules) {
        this.messages = messages;
        this.formats = formats;
        this.modules = modules;
    }

    public String type(String entityType) {
        return message("audit.type." + entityType, entityType);
    }

    /** A field's name; custom fields are stored as {@code custom.<label>} and shown by their label. */
    public String field(String entityType, String field) {
        if (field.startsWith("custom.")) return field.substring("custom.".length());
        String name = name(entityType, field);
        if (name != null) return name;
        Matcher numbered = NUMBERED.matcher(field);
        if (numbered.matches()) {
            String base = name(entityType, numbered.group(1));
            if (base != null) return base + " " + numbered.group(2);
        }
        if (entityType.equals("projectGovernance") && field.contains(".")) {
            String kind = field.substring(0, field.indexOf('.'));
            String item = field.substring(kind.length() + 1);
            String itemName = message("methodology.shipped.deliverable." + item, item);
            String composed = messages.getMessage("audit.field.governance." + kind, new Object[] {itemName}, null,
                    LocaleContextHolder.getLocale());
            if (composed != null) return composed;
        }
        if (isDay(field)) {
            return DayOfWeek.valueOf(field).getDisplayName(TextStyle.FULL, LocaleContextHolder.getLocale());
        }
        if (entityType.equals("lifecycle") && field.contains(".")) {
            // a phase's guidance or checklist, by the phase's own key (the lifecycle's author named it)
            String part = label("audit.field." + field.substring(field.lastIndexOf('.') + 1));
            if (part != null) return field.substring(0, field.lastIndexOf('.')) + " · " + part;
        }
        if (field.startsWith(ANSWER)) {
            String question = label(SHIPPED_TEXT + "field." + field.substring(ANSWER.length()));
            if (question != null) return question;
        }
        return field;
    }

    private static boolean isDay(String field) {
        for (DayOfWeek day : DayOfWeek.values()) if (day.name().equals(field)) return true;
        return false;
    }

    private String name(String entityType, String field) {
        String name = label("audit.field." + entityType + "." + field);
        if (name != null) return name;
        for (AuditFieldNames module : modules) {
            name = module.name(entityType, field);
            if (name != null) return name;
        }
        for (String prefix : FIELD_PREFIXES.getOrDefault(entityType, List.of())) {
            name = label(prefix + (prefix.endsWith(".") ? field : capitalised(field)));
            if (name != null) return name;
        }
        return label("audit.field." + field);
    }

    /** A stored value as the reader reads it; empty for no value. */
    public String value(String entityType, String field, String stored) {
        if (stored == null) return "";
        if (field.equals("password")) return message("history.password." + stored, stored);
        if (YES_NO.contains(field) && (stored.equals("true") || stored.equals("false"))) {
            return message("value." + (stored.equals("true") ? "yes" : "no"), stored);
        }
        if (DATES.contains(field)) {
            try {
                return formats.date(LocalDate.parse(stored));
            } catch (DateTimeParseException notADate) {
                return stored;
            }
        }
        if (field.startsWith(ANSWER)) {
            // a shipped form's choices are stored as message keys, several choices joined by commas
            if (!stored.contains(SHIPPED_TEXT)) return stored;
            return Arrays.stream(stored.split(",")).map(String::strip)
                    .map(choice -> choice.startsWith(SHIPPED_TEXT) ? message(choice, choice) : choice)
                    .collect(Collectors.joining(", "));
        }
        if (entityType.equals("projectGovernance") && field.startsWith("deliverable.")) {
            return leadingConstant("governance.deliverable.state.", stored);
        }
        String typeConstants = TYPE_CONSTANT_PREFIXES.getOrDefault(entityType, Map.of()).get(field);
        if (typeConstants != null) {
            return Arrays.stream(stored.split(", ")).map(value -> leadingConstant(typeConstants, value))
                    .collect(Collectors.joining(", "));
        }
        String prefix = CONSTANT_PREFIXES.get(field);
        if (prefix != null) {
            return Arrays.stream(stored.split(", "))
                    .map(value -> CONSTANT.matcher(value).matches() ? message(prefix + value, value) : value)
                    .collect(Collectors.joining(", "));
        }
        return stored;
    }

    /** A constant, or a constant and its details, with the constant in words. */
    private String leadingConstant(String prefix, String value) {
        Matcher constant = LEADING_CONSTANT.matcher(value);
        if (!constant.matches()) return value;
        String words = message(prefix + constant.group(1), constant.group(1));
        return constant.group(2) == null ? words : words + constant.group(2);
    }

    /** A label from the bundles, or null when there is none (or the message is a sentence with placeholders). */
    private String label(String key) {
        String text = messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
        return text == null || text.contains("{") ? null : text;
    }

    private String message(String key, String fallback) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, fallback, locale);
    }

    private static String capitalised(String field) {
        return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
