package org.lodestar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** A database that cannot be reached is a 503 with Retry-After, not a 500: the same call may succeed in a moment. */
class ApiProblemAdviceTests {

    @Test
    void aDatabaseThatCannotBeReachedIsUnavailableForAMomentWithRetryAfter() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("problem.unavailable", Locale.ENGLISH, "Try again shortly.");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            ApiProblemAdvice advice = new ApiProblemAdvice(messages);
            for (Exception outage : new Exception[] {
                    new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", new SQLException("refused")),
                    new CannotCreateTransactionException("Could not open JDBC Connection for transaction")}) {
                ResponseEntity<ProblemDetail> answer = advice.databaseUnavailable(outage);
                assertThat(answer.getStatusCode().value()).isEqualTo(503);
                assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
                assertThat(answer.getBody().getDetail()).isEqualTo("Try again shortly.");
            }
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** Seen in the fault harness: PostgreSQL restarted under a statement, then the rollback failed on the dead connection. */
    @Test
    void aRollbackThatFailedAfterTheConnectionWasCutIsTheSameOutageAndAnyOtherIsA500() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("problem.unavailable", Locale.ENGLISH, "Try again shortly.");
        messages.addMessage("problem.internal", Locale.ENGLISH, "Something failed.");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            ApiProblemAdvice advice = new ApiProblemAdvice(messages);
            TransactionSystemException cutOff = rollbackFailedAfter(new DataAccessResourceFailureException(
                    "PreparedStatementCallback", new SQLException("terminating connection due to administrator command", "57P01")));
            ResponseEntity<ProblemDetail> answer = advice.transactionFailed(cutOff);
            assertThat(answer.getStatusCode().value()).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");

            ResponseEntity<ProblemDetail> other = advice.transactionFailed(
                    rollbackFailedAfter(new IllegalStateException("a bug")));
            assertThat(other.getStatusCode().value()).isEqualTo(500);
            assertThat(other.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNull();
            assertThat(advice.transactionFailed(new TransactionSystemException("commit failed")).getStatusCode().value())
                    .isEqualTo(500);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    static TransactionSystemException rollbackFailedAfter(Throwable statementFailure) {
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(statementFailure);
        return rollbackFailed;
    }
}
