package org.lodestar.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * RFC 9457 answers for API calls refused by the security filters, before any controller runs, in the language the
 * request asks for (no one is signed in yet, so no preferred language applies).
 */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(MessageSource messages) {
        return (request, response, exception) -> {
            if (exception instanceof SignInThrottle.Locked locked) {
                long seconds = locked.retryAfter().toSeconds();
                response.setHeader("Retry-After", Long.toString(seconds));
                write(response, HttpStatus.TOO_MANY_REQUESTS,
                        messages.getMessage("problem.signInLocked", new Object[] {seconds}, request.getLocale()),
                        request.getRequestURI());
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Lodestar\", Bearer");
            write(response, HttpStatus.UNAUTHORIZED,
                    messages.getMessage("problem.unauthorized", null, request.getLocale()), request.getRequestURI());
        };
    }

    static AccessDeniedHandler forbidden(MessageSource messages) {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN,
                messages.getMessage("problem.forbidden", null, request.getLocale()), request.getRequestURI());
    }

    static void write(HttpServletResponse response, HttpStatus status, String detail, String instance)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + jsonEscape(detail) + "\",\"instance\":\""
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
