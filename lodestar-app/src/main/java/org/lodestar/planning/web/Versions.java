package org.lodestar.planning.web;

import java.util.List;
import org.lodestar.platform.InvalidInputException;

/** Plan versions in {@code If-Match} headers: {@code 7}, {@code "7"} or {@code W/"7"}; absent or {@code *} is none. */
final class Versions {

    private Versions() {
    }

    static Long fromIfMatch(String ifMatch, Long fallback) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) return fallback;
        String value = ifMatch.strip();
        if (value.startsWith("W/")) value = value.substring(2);
        try {
            return Long.parseLong(value.replace("\"", "").strip());
        } catch (NumberFormatException notAVersion) {
            throw new InvalidInputException(List.of(
                    new InvalidInputException.FieldProblem("If-Match", "validation.version.required")));
        }
    }

    static String eTag(long version) {
        return "\"" + version + "\"";
    }
}
