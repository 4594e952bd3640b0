package org.lodestar.interchange;

import java.util.Arrays;

/**
 * A file or an import refused before anything is written: an HTTP status (400 for a bad file, 413 over the upload
 * limit, 503 when the imports allowed at a time are all running), the message key naming the problem and its
 * arguments. The problem is about the uploaded {@code file} unless it names another parameter.
 */
public final class ImportRefusedException extends RuntimeException {

    private final int status;
    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public ImportRefusedException(int status, String messageKey, Object... arguments) {
        this("file", status, messageKey, arguments);
    }

    private ImportRefusedException(String field, int status, String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.field = field;
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** A refusal about another parameter of the import than the file. */
    public static ImportRefusedException about(String field, int status, String messageKey, Object... arguments) {
        return new ImportRefusedException(field, status, messageKey, arguments);
    }

    /** The request parameter the problem is about: {@code file}, unless another is named. */
    public String field() {
        return field;
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
