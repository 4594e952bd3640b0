package org.lodestar.benefits;

/** PLANNED while the project delivers; HANDED_OVER to its owner when the project closed (or by the PMO's act). */
public enum BenefitState {
    PLANNED, HANDED_OVER;

    public String messageKey() {
        return "benefits.state." + name();
    }
}
