package org.lodestar.platform;

/** An update was made from an older version of a record than the stored one: someone else changed it first. */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleVersionException(String what, long currentVersion) {
        super(what + " was changed by someone else (now at version " + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
