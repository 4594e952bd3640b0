package org.lodestar.platform.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Answers the errors Tomcat raises before Spring sees the request (an encoded {@code /} or NUL in the path, a
 * request line past its limit): problem JSON under {@code /api/} or when the address could not be read, a plain page
 * elsewhere, with the security headers the application's own answers carry, instead of Tomcat's HTML report. Errors
 * Spring handles never reach it: they already have a body.
 */
public class ContainerErrorValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) return;
        String uri = request.getRequestURI();
        // an unread request line (past Tomcat's limit) says nothing of its audience: a problem suits both
        boolean api = uri == null || uri.isEmpty() || uri.startsWith("/api/");
        try {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType(api ? "application/problem+json" : "text/html");
            response.setCharacterEncoding("utf-8");
            PrintWriter writer = response.getReporter();
            if (writer == null) return;
            writer.write(api
                    ? "{\"type\":\"about:blank\",\"title\":\"" + title(status) + "\",\"status\":" + status
                            + ",\"detail\":\"The request could not be read: check its address and size.\"}"
                    : "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Lodestar: error " + status
                            + "</title></head><body><h1>The request could not be read</h1><p>Check the address. "
                            + "<a href=\"/\">Go to the home page</a>.</p></body></html>");
            response.finishResponse();
        } catch (IOException | IllegalStateException unwritable) {
            // the connection is gone: nothing more to say
        }
    }

    private static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known != null ? known.getReasonPhrase() : "Error";
    }

    /** Installs the valve on the embedded Tomcat's host, in place of Tomcat's own report. */
    @Configuration(proxyBeanMethods = false)
    static class Installation {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrors() {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ContainerErrorValve.class.getName());
                }
            });
        }
    }
}
