package org.lodestar.intake;

/** The kinds of field a request form may have. */
public enum FieldType {
    TEXT, LONG_TEXT, NUMBER, MONEY, DATE, CHOICE, MULTI_CHOICE, PERSON, LINK, ATTACHMENT;

    public String messageKey() {
        return "intake.fieldType." + name();
    }

    /** Whether the field's options are given as choices. */
    public boolean hasChoices() {
        return this == CHOICE || this == MULTI_CHOICE;
    }

    /** Whether the field is bounded by a minimum and maximum. */
    public boolean isNumeric() {
        return this == NUMBER || this == MONEY;
    }
}
