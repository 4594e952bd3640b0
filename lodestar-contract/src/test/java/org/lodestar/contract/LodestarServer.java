package org.lodestar.contract;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * lodestar.jar run as a user runs it: its own process, the embedded database in a fresh folder, the demo
 * organisation. Its log goes to {@code lodestar.log} in the work folder.
 */
final class LodestarServer implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(5);

    private final Process process;
    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    private LodestarServer(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    static LodestarServer start(Path jar, Path work) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build lodestar-app first (./mvnw verify builds it)");
        }
        int port = freePort();
        Path data = Files.createDirectories(work.resolve("data"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx1g", "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("lodestar.log").toFile());
        builder.environment().put("LODESTAR_DATA_DIR", data.toString());
        builder.environment().put("LODESTAR_PORT", Integer.toString(port));
        builder.environment().put("LODESTAR_DEMO", "true");
        builder.environment().remove("LODESTAR_DB_URL");
        LodestarServer server = new LodestarServer(builder.start(), URI.create("http://127.0.0.1:" + port));
        server.awaitReady(work.resolve("lodestar.log"));
        return server;
    }

    URI base() {
        return base;
    }

    /** A GET as a demo account (password {@code demo}); the body as text. */
    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", basic(user))
                .header("Accept", "application/json")
                .GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes());
    }

    private void awaitReady(Path log) throws InterruptedException {
        Instant until = Instant.now().plus(START_LIMIT);
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("/actuator/health/readiness")).GET().build();
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("lodestar.jar exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens once the context has started
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("lodestar.jar was not ready within " + START_LIMIT + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
