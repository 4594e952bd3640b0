package org.lodestar.pmo;

/** Whose maturity an assessment measures: the PMO's own, or one business unit's. */
public enum MaturitySubject {
    PMO, BUSINESS_UNIT
}
