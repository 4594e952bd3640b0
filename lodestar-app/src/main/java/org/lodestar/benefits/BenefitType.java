package org.lodestar.benefits;

/** What kind of gain a benefit is. */
public enum BenefitType {
    FINANCIAL, EFFICIENCY, CUSTOMER, QUALITY, COMPLIANCE, STRATEGIC;

    public String messageKey() {
        return "benefits.type." + name();
    }
}
