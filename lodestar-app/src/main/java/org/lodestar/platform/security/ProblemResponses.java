package org.lodestar.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** RFC 9457 answers for API calls refused by the security filters, before any controller runs. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            if (exception instanceof SignInThrottle.Locked locked) {
                response.setHeader("Retry-After", Long.toString(locked.retryAfter().toSeconds()));
                write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins from this account or "
                        + "address: try again in " + locked.retryAfter().toSeconds() + " s, or ask an administrator "
                        + "to lift the account's lock.", request.getRequestURI());
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Lodestar\", Bearer");
            write(response, HttpStatus.UNAUTHORIZED, "Sign in with HTTP Basic or a personal API token (Bearer).",
                    request.getRequestURI());
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN,
                "You do not have the rights for this request.", request.getRequestURI());
    }

    static void write(HttpServletResponse response, HttpStatus status, String detail, String instance)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\",\"instance\":\""
                + jsonEscape(instance) + "\"}");
    }

    private static String jsonEscape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') escaped.append('\\').append(c);
            else if (c < 0x20) escaped.append(String.format("\\u%04x", (int) c));
            else escaped.append(c);
        }
        return escaped.toString();
    }
}
