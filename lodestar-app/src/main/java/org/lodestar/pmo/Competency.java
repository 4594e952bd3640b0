package org.lodestar.pmo;

/**
 * The PMO's competency framework for project managers, rated on five levels (1 aware, 2 practising with help,
 * 3 practising alone, 4 coaching others, 5 shaping the organisation's practice). Texts are message keys:
 * {@code pmo.competency.<COMPETENCY>} and its {@code .hint}.
 */
public enum Competency {
    PLANNING, SCHEDULE_AND_COST, RISK, STAKEHOLDERS, COMMUNICATION, LEADERSHIP, GOVERNANCE, BENEFITS;

    /** The framework's version, kept on each assessment. */
    public static final String FRAMEWORK = "2026.1";

    public String messageKey() {
        return "pmo.competency." + name();
    }

    /** The competency of this name; null for a name that is not in the framework. */
    public static Competency of(String name) {
        for (Competency competency : values()) if (competency.name().equals(name)) return competency;
        return null;
    }
}
