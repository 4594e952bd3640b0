package org.lodestar.status;

/** The dimensions a status report rates, besides the overall rating. */
public enum Dimension {
    SCHEDULE, COST, SCOPE, RESOURCES, RISKS, QUALITY;

    /** The field name of the dimension in commands, forms and problems ({@code schedule}, {@code cost}, ...). */
    public String field() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String messageKey() {
        return "status.dimension." + field();
    }
}
