package org.lodestar.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A real HTTP client for the API of a running test server, signed in as one account. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final String authorization;

    private Api(int port, String authorization) {
        this.port = port;
        this.authorization = authorization;
    }

    /** HTTP Basic with the demo password. */
    public static Api as(int port, String username) {
        return basic(port, username, "demo");
    }

    public static Api basic(int port, String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return new Api(port, "Basic " + credentials);
    }

    public static Api bearer(int port, String token) {
        return new Api(port, "Bearer " + token);
    }

    public static Api anonymous(int port) {
        return new Api(port, null);
    }

    public Response get(String path) {
        return send(request(path).header("Accept", "application/json, application/problem+json").GET());
    }

    /** A GET that accepts any media type (metrics, CSV). */
    public Response getAnything(String path) {
        return send(request(path).header("Accept", "*/*").GET());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String json, String ifMatch) {
        return send(request(path).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Any method, with an optional JSON body. */
    public Response send(String method, String path, String json) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        return send(request(path).header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json").method(method, body));
    }

    /** Any method, with an optional JSON body and an {@code If-Match} header. */
    public Response send(String method, String path, String json, String ifMatch) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        return send(request(path).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .header("Accept", "application/json, application/problem+json").method(method, body));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) builder.header("Authorization", authorization);
        return builder;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, body, and the body parsed as JSON on demand. */
    public record Response(int status, String body, String etag, String contentType) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public static ObjectMapper mapper() {
        return JSON;
    }
}
