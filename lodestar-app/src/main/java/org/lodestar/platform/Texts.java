package org.lodestar.platform;

/** Text as people type it: surrounding spaces removed, and blank meaning "no value". */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding white space, or null when there is no text. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Text people can type: no control characters (tab and line breaks aside) and no half of a surrogate pair. A NUL
     * is stored by H2 but refused by PostgreSQL, and a lone surrogate becomes '?' there.
     */
    public static boolean isPlainText(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) return false;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) return false;
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
