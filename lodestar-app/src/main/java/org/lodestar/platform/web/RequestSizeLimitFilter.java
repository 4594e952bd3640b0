package org.lodestar.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code lodestar.max-request-bytes} (on {@code lodestar.upload-paths}, the
 * project file upload limit {@code lodestar.interchange.max-upload-bytes} and 1 MB of form) with 413: at once when the declared length
 * is too large, and, for bodies of unknown length (chunked), as soon as reading passes the limit. Form posts are
 * bounded by the same limit in Tomcat ({@code server.tomcat.max-http-form-post-size}). Addresses (path and query)
 * longer than {@code lodestar.max-address-bytes} are refused with 414 through the error page, so an API client gets
 * a problem and a browser the application's page; Tomcat's own limit on the request line and headers
 * ({@code server.max-http-request-header-size}) lies well above it, so it is this answer people see.
 */
@Component
// after Spring Security's chain, whose header writer then gives refusals the security headers
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final int maxAddressBytes;
    private final long maxUploadBytes;
    private final java.util.List<java.util.regex.Pattern> uploadPaths;

    RequestSizeLimitFilter(@Value("${lodestar.max-request-bytes}") long maxBytes,
                           @Value("${lodestar.max-address-bytes}") int maxAddressBytes,
                           @Value("${lodestar.interchange.max-upload-bytes:52428800}") long maxUploadBytes,
                           @Value("${lodestar.upload-paths:}") java.util.List<String> uploadPaths) {
        this.maxBytes = maxBytes;
        this.maxAddressBytes = maxAddressBytes;
        // the form around an uploaded file: its boundaries and other fields
        this.maxUploadBytes = Math.max(maxBytes, maxUploadBytes + 1024 * 1024);
        this.uploadPaths = uploadPaths.stream().filter(path -> !path.isBlank())
                .map(java.util.regex.Pattern::compile).toList();
    }

    /** The limit of this request's body: uploads of project files may be larger than other bodies. */
    private long limit(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean upload = "POST".equals(request.getMethod())
                && uploadPaths.stream().anyMatch(pattern -> pattern.matcher(path).matches());
        return upload ? maxUploadBytes : maxBytes;
    }

    /** Thrown while reading a body that turns out to be larger than the limit; answered with 413. */
    static final class RequestTooLargeException extends IOException {
        RequestTooLargeException(long maxBytes) {
            super("The request body is larger than " + maxBytes + " bytes.");
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (request.getRequestURI().length() + (query == null ? 0 : query.length() + 1) > maxAddressBytes) {
            response.sendError(HttpServletResponse.SC_REQUEST_URI_TOO_LONG);
            return;
        }
        long limit = limit(request);
        if (request.getContentLengthLong() > limit) {
            tooLarge(response);
            return;
        }
        try {
            chain.doFilter(request.getContentLengthLong() < 0 ? new Bounded(request, limit) : request, response);
        } catch (RequestTooLargeException tooLarge) {
            if (!response.isCommitted()) {
                response.reset();
                tooLarge(response);
            }
        }
    }

    /** Through the error page, like the 414: a problem in the reader's language, or the page for a browser. */
    private static void tooLarge(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }

    /** A request whose body stream fails once more than {@code maxBytes} have been read. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) stream = new CountingStream(super.getInputStream(), maxBytes);
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        CountingStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) throws RequestTooLargeException {
            read += n;
            if (read > maxBytes) throw new RequestTooLargeException(maxBytes);
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
