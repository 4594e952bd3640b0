package org.lodestar.portfolio;

/** What a custom field is filled in on: every project of the registry, or every task of the plans. */
public enum CustomFieldScope {
    PROJECT,
    TASK;

    public String messageKey() {
        return "customField.appliesTo." + name();
    }
}
