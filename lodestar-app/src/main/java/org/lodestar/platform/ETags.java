package org.lodestar.platform;

import java.util.List;
import org.springframework.http.ResponseEntity;

/**
 * Record versions as strong ETags ({@code "7"} for version 7), and the version a change was made from, read from
 * an {@code If-Match} header or the body. Every API controller that does optimistic locking answers with
 * {@link #tagged} and reads changes with {@link #from} or {@link #required}.
 */
public final class ETags {

    private ETags() {
    }

    /** The strong ETag of a version: {@code "7"}. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The answer with the body's version as its ETag. */
    public static <T> ResponseEntity<T> tagged(ResponseEntity.BodyBuilder answer, T body, long version) {
        return answer.eTag(of(version)).body(body);
    }

    /**
     * The version a change was made from: the {@code If-Match} header's ({@code "7"}, {@code W/"7"} or {@code 7})
     * when one is given, otherwise the body's ({@code fallback}, may be null). An absent, blank or {@code *} header
     * asks for no particular version. A header that is no version is invalid input naming {@code If-Match}.
     */
    public static Long from(String ifMatch, Long fallback) {
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

    /** {@link #from}, where a version must be given one way or the other: otherwise invalid input naming {@code version}. */
    public static long required(String ifMatch, Long fallback) {
        Long version = from(ifMatch, fallback);
        if (version == null) {
            throw new InvalidInputException(List.of(
                    new InvalidInputException.FieldProblem("version", "validation.version.required")));
        }
        return version;
    }
}
