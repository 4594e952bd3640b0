package org.lodestar.governance;

/** The items of a project's closure checklist, shipped with Lodestar (their text is a message key). */
public enum ClosureItem {
    DELIVERABLES_ACCEPTED, CONTRACTS_CLOSED, RESOURCES_RELEASED, DOCUMENTS_ARCHIVED, LESSONS_SHARED;

    public String messageKey() {
        return "governance.closure.item." + name();
    }
}
