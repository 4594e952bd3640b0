package org.lodestar.portfolio.web;

import java.util.List;
import org.lodestar.platform.InvalidInputException;

/** Record versions as strong ETags: version 7 is {@code "7"}. */
final class ETags {

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version in an {@code If-Match} value such as {@code "7"} or {@code W/"7"}. */
    static long version(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) value = value.substring(2);
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notAVersion) {
            throw new InvalidInputException(List.of(
                    new InvalidInputException.FieldProblem("If-Match", "validation.version.required")));
        }
    }

    static InvalidInputException versionRequired() {
        return new InvalidInputException(List.of(
                new InvalidInputException.FieldProblem("version", "validation.version.required")));
    }
}
