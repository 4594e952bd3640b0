package org.lodestar.platform.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database cannot be reached for a moment (restarting, failing over, its connections
 * exhausted), so that the same request may well succeed shortly and nothing was written. A statement cut off by a
 * restart fails, and the rollback that follows fails too on the dead connection: Spring then throws a
 * {@link TransactionSystemException} carrying the statement's failure as its application exception, which is the
 * one to judge by.
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    static boolean is(Throwable failure) {
        if (failure instanceof DataAccessResourceFailureException
                || failure instanceof CannotCreateTransactionException) {
            return true;
        }
        if (failure instanceof TransactionSystemException rollbackFailed) {
            Throwable original = rollbackFailed.getApplicationException();
            return original != null && original != failure && is(original);
        }
        return false;
    }

    /** Whether this failure or any of its causes is an outage (a filter sees it wrapped in a ServletException). */
    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (is(cause)) return true;
            if (cause.getCause() == cause) break;
        }
        return false;
    }
}
