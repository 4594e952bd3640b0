package org.lodestar.platform;

/** Text as people type it: surrounding spaces removed, and blank meaning "no value". */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding white space, or null when there is no text. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
