package org.lodestar.methodology;

/** A project's class from its tailoring questionnaire: it decides which deliverables and gates are mandatory. */
public enum ProjectClass {
    SMALL, MEDIUM, LARGE;

    public String messageKey() {
        return "methodology.class." + name();
    }
}
