package org.lodestar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A request's id follows it: from the load balancer or client, into every log line, back in the answer. */
class RequestLoggingFilterTests {

    private final RequestLoggingFilter filter = new RequestLoggingFilter();

    @Test
    void anIdTheCallerSentIsKeptInTheLogsAndAnswered() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/projects");
        request.addHeader("X-Request-Id", "lb-7f3a.2");
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<String> logged = new AtomicReference<>();

        filter.doFilter(request, response, new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) {
                logged.set(MDC.get("requestId"));
            }
        }));

        assertThat(logged.get()).isEqualTo("lb-7f3a.2");
        assertThat(response.getHeader("X-Request-Id")).isEqualTo("lb-7f3a.2");
        assertThat(MDC.get("requestId")).as("nothing left for the thread's next request").isNull();
    }

    @Test
    void withoutAnIdOrWithAnUnsafeOneTheRequestGetsANewOne() throws Exception {
        for (String sent : new String[] {null, "", "a b", "x\r\nforged: line", "é", "a".repeat(65)}) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
            if (sent != null) request.addHeader("X-Request-Id", sent);
            MockHttpServletResponse response = new MockHttpServletResponse();

            filter.doFilter(request, response, new MockFilterChain());

            assertThat(response.getHeader("X-Request-Id")).as("for %s", sent)
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        }
    }
}
