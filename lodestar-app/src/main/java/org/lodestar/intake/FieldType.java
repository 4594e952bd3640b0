package org.lodestar.intake;

import org.lodestar.platform.FieldKind;

/** The kinds of field a request form may have: the platform's {@link FieldKind}s, each value following its rules. */
public enum FieldType {
    TEXT, LONG_TEXT, NUMBER, MONEY, DATE, CHOICE, MULTI_CHOICE, PERSON, LINK, ATTACHMENT;

    /** The platform's kind of value, whose rules this type's values follow. */
    public FieldKind kind() {
        return FieldKind.valueOf(name());
    }

    public String messageKey() {
        return "intake.fieldType." + name();
    }

    /** Whether the field's options are given as choices. */
    public boolean hasChoices() {
        return kind().hasChoices();
    }

    /** Whether the field is bounded by a minimum and maximum. */
    public boolean isNumeric() {
        return kind().isNumeric();
    }
}
