package org.lodestar.methodology;

/**
 * A tailoring rule: the smallest project class for which a deliverable, checklist item or gate is mandatory.
 * {@link #NEVER}: optional for every class.
 */
public enum Applicability {
    ALL, MEDIUM, LARGE, NEVER;

    /** Whether the rule makes the item mandatory for a project of this class. */
    public boolean mandatoryFor(ProjectClass projectClass) {
        return switch (this) {
            case ALL -> true;
            case MEDIUM -> projectClass != ProjectClass.SMALL;
            case LARGE -> projectClass == ProjectClass.LARGE;
            case NEVER -> false;
        };
    }

    public String messageKey() {
        return "methodology.applicability." + name();
    }
}
