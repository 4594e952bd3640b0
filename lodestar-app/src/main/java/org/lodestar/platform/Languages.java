package org.lodestar.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Lodestar speaks: those of its message bundles, English first (the fallback). */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.JAPANESE, Locale.KOREAN);

    /** The codes of the supported languages, as a pattern for Bean Validation. */
    public static final String CODES = "en|fr|ja|ko";

    private Languages() {
    }

    /** The supported language of this code ({@code fr}), if it is one. */
    public static Optional<Locale> of(String code) {
        if (code == null) return Optional.empty();
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(code.strip())).findFirst();
    }

    /** Whether the code names a supported language. */
    public static boolean isSupported(String code) {
        return of(code).isPresent();
    }
}
