package org.lodestar.portfolio;

import org.lodestar.platform.FieldKind;

/** The kinds of value an administrator-defined field holds; values are stored as text in a canonical form. */
public enum CustomFieldType {
    /** Free text up to 2,000 characters. */
    TEXT,
    /** A decimal number, stored as plain text (e.g. {@code 1234.5}). */
    NUMBER,
    /** An ISO date, {@code 2027-03-31}. */
    DATE,
    /** One of the field's choices. */
    CHOICE,
    /** A person's id. */
    PERSON;

    /** The platform's kind of value, whose rules this type's values follow. */
    public FieldKind kind() {
        return FieldKind.valueOf(name());
    }

    public String messageKey() {
        return "customField.type." + name();
    }
}
