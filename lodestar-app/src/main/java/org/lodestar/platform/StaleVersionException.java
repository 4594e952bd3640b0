package org.lodestar.platform;

import java.util.List;

/** An update was made from an older version of a record than the stored one: someone else changed it first. */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleVersionException(String what, long currentVersion) {
        super(what + " was changed by someone else (now at version " + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    /**
     * Checks the version a change was made from: missing is invalid input (400), different from the stored one
     * is stale (409).
     */
    public static void check(Long given, long current, String what) {
        if (given == null) {
            throw new InvalidInputException(List.of(
                    new InvalidInputException.FieldProblem("version", "validation.version.required")));
        }
        if (given != current) throw new StaleVersionException(what, current);
    }

    public long currentVersion() {
        return currentVersion;
    }
}
