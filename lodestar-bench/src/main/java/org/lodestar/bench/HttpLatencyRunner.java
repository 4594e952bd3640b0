package org.lodestar.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times GET requests against a running Lodestar through real HTTP, one client, one request at a time:
 * {@code http-latency --base http://127.0.0.1:8080 --token TOKEN [--warmup 20] [--requests 200] PATH...}. Each
 * path is warmed up, then requested the given number of times; prints p50, p95, p99 and max per path, in
 * milliseconds, measured from sending the request to having read the whole body. A non-200 answer stops the run.
 */
final class HttpLatencyRunner {

    private HttpLatencyRunner() {
    }

    static int run(List<String> args, PrintStream out) throws Exception {
        String base = "http://127.0.0.1:8080";
        String token = null;
        int warmup = 20;
        int requests = 200;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--base" -> base = args.get(++i);
                case "--token" -> token = args.get(++i);
                case "--warmup" -> warmup = Integer.parseInt(args.get(++i));
                case "--requests" -> requests = Integer.parseInt(args.get(++i));
                default -> paths.add(args.get(i));
            }
        }
        if (paths.isEmpty()) {
            out.println("usage: http-latency --base URL --token TOKEN [--warmup N] [--requests N] PATH...");
            return 2;
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        out.printf("%-70s %8s %8s %8s %8s %8s %10s%n", "path", "requests", "p50 ms", "p95 ms", "p99 ms", "max ms",
                "bytes");
        for (String path : paths) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofMinutes(2)).header("Accept", "application/json, text/html");
            if (token != null) builder.header("Authorization", "Bearer " + token);
            HttpRequest request = builder.GET().build();
            long bytes = 0;
            for (int i = 0; i < warmup; i++) bytes = send(client, request, path);
            double[] millis = new double[requests];
            for (int i = 0; i < requests; i++) {
                long started = System.nanoTime();
                bytes = send(client, request, path);
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
            Arrays.sort(millis);
            out.printf("%-70s %8d %8.1f %8.1f %8.1f %8.1f %10d%n", path, requests, percentile(millis, 50),
                    percentile(millis, 95), percentile(millis, 99), millis[millis.length - 1], bytes);
        }
        return 0;
    }

    private static long send(HttpClient client, HttpRequest request, String path) throws Exception {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                    + new String(response.body(), 0, Math.min(300, response.body().length)));
        }
        return response.body().length;
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
