package org.lodestar.platform;

/**
 * Names, in the reader's language, the audited fields whose names only their module knows (a request's answer to a
 * question of a custom form is stored as {@code value.<question key>}; the question's label is the form's). Modules
 * implement it as a bean; the audit trail's pages ask each in turn.
 */
public interface AuditFieldNames {

    /** The field's name in the current locale, or null when this module does not know the field. */
    String name(String entityType, String field);
}
