package org.lodestar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Seen on a server whose PostgreSQL was stopped: a signed-in request failed in the session filter, then the error
 * page failed too, and the browser waited for a 500. Now it gets 503 with Retry-After.
 */
class DatabaseOutageFilterTests {

    private final DatabaseOutageFilter filter = new DatabaseOutageFilter(messages());

    @Test
    void aPageWhoseSessionCannotBeReadGetsTheUnavailablePageInTheBrowsersLanguage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/projects");
        request.addPreferredLocale(Locale.FRENCH);
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setHeader(RequestLoggingFilter.REQUEST_ID, "r-1");
        filter.doFilter(request, response, failing(new IllegalStateException("session",
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction"))));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getHeader(RequestLoggingFilter.REQUEST_ID)).isEqualTo("r-1");
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("<h1>Indisponible &lt;un instant&gt;</h1>", "lang=\"fr\"");
    }

    @Test
    void anApiCallGetsAProblem() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/projects");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, failing(new ServletException("dispatch",
                ApiProblemAdviceTests.rollbackFailedAfter(new CannotCreateTransactionException("cut")))));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503", "\"detail\":\"Try \\\"again\\\" shortly.\"");
    }

    @Test
    void anyOtherFailureGoesOnToTheErrorPage() {
        IllegalStateException bug = new IllegalStateException("a bug");
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/projects"), response,
                failing(bug))).isSameAs(bug);
        assertThat(response.getHeader("Retry-After")).isNull();
    }

    private static FilterChain failing(Exception failure) {
        return (request, response) -> {
            if (failure instanceof ServletException servlet) throw servlet;
            throw (RuntimeException) failure;
        };
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(false);
        messages.addMessage("problem.unavailable", Locale.ENGLISH, "Try \"again\" shortly.");
        messages.addMessage("problem.unavailable", Locale.FRENCH, "Réessayez.");
        messages.addMessage("error.unavailable.title", Locale.ENGLISH, "Unavailable");
        messages.addMessage("error.unavailable.title", Locale.FRENCH, "Indisponible <un instant>");
        return messages;
    }
}
