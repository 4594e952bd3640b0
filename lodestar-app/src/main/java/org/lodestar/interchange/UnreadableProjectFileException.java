package org.lodestar.interchange;

/** A file refused by the reader: the message is one line saying why (empty, not a project file, corrupt...). */
public final class UnreadableProjectFileException extends Exception {

    public UnreadableProjectFileException(String reason) {
        super(reason);
    }

    public UnreadableProjectFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
