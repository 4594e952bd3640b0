package org.lodestar.platform;

/**
 * The kinds of value a field defined by the organisation holds (a project's custom fields, a request form's
 * fields). Values are stored as text in one normalised form per kind; {@link FieldValues} reads, checks and shows
 * them.
 */
public enum FieldKind {
    /** One line of text (tab, line breaks allowed; other control characters not). */
    TEXT,
    /** Several paragraphs of text. */
    LONG_TEXT,
    /** A decimal number with at most six decimals, stored in plain form ({@code 1234.5}). */
    NUMBER,
    /** An amount with at most two decimals, stored in plain form; its currency is the record's. */
    MONEY,
    /** An ISO date from 1900-01-01 to 2999-12-31. */
    DATE,
    /** One of the field's choices. */
    CHOICE,
    /** Some of the field's choices, stored comma-separated in the order given, without repeats. */
    MULTI_CHOICE,
    /** A person's id. */
    PERSON,
    /** An http or https address. */
    LINK,
    /** A file, stored apart from the values: a value never holds it. */
    ATTACHMENT;

    /** Whether the field's options are given as choices. */
    public boolean hasChoices() {
        return this == CHOICE || this == MULTI_CHOICE;
    }

    /** Whether values are numbers that a minimum and maximum may bound. */
    public boolean isNumeric() {
        return this == NUMBER || this == MONEY;
    }
}
