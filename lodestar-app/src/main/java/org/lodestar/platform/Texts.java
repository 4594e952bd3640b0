package org.lodestar.platform;

/** Text as people type it: surrounding spaces removed, and blank meaning "no value". */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding blanks (any Unicode space, zero-width ones too), or null when there is no text. */
    public static String blankToNull(String value) {
        if (value == null || isBlank(value)) return null;
        int from = 0;
        int to = value.length();
        while (isBlank(value.charAt(from))) from++;
        while (isBlank(value.charAt(to - 1))) to--;
        return value.substring(from, to);
    }

    /**
     * Whether the text shows nothing: only white space in the widest sense, with the no-break, ideographic and
     * zero-width spaces that {@link String#isBlank} does not count.
     */
    public static boolean isBlank(String value) {
        return value.chars().allMatch(c -> isBlank((char) c));
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff';
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
