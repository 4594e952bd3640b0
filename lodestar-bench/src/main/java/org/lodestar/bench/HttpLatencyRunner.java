package org.lodestar.bench;

import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times GET requests against a running Lodestar through real HTTP, one client, one request at a time:
 * {@code http-latency --base http://127.0.0.1:8080 (--token TOKEN | --user NAME --password SECRET) [--warmup 20]
 * [--requests 200] PATH...}. A token is sent on each request (the API takes it); a user and password sign in once
 * through the login form, as a browser does, and the session cookie goes with each request (the pages need it).
 * Each path is warmed up, then requested the given number of times; prints p50, p95, p99 and max per path, in
 * milliseconds, measured from sending the request to having read the whole body. A non-200 answer stops the run.
 */
final class HttpLatencyRunner {

    private HttpLatencyRunner() {
    }

    static int run(List<String> args, PrintStream out) throws Exception {
        String base = "http://127.0.0.1:8080";
        String token = null;
        String user = null;
        String password = null;
        int warmup = 20;
        int requests = 200;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--base" -> base = args.get(++i);
                case "--token" -> token = args.get(++i);
                case "--user" -> user = args.get(++i);
                case "--password" -> password = args.get(++i);
                case "--warmup" -> warmup = Integer.parseInt(args.get(++i));
                case "--requests" -> requests = Integer.parseInt(args.get(++i));
                default -> paths.add(args.get(i));
            }
        }
        if (paths.isEmpty()) {
            out.println("usage: http-latency --base URL (--token TOKEN | --user NAME --password SECRET) [--warmup N]"
                    + " [--requests N] PATH...");
            return 2;
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new CookieManager()).build();
        if (user != null) signIn(client, base, user, password);
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

    /** Signs in through the login form (its CSRF token and the session cookie), as a browser does. */
    static void signIn(HttpClient client, String base, String user, String password) throws Exception {
        String form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        if (!csrf.find()) throw new IllegalStateException("no CSRF token in the login form");
        String body = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in refused: " + answer.statusCode() + " " + location);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
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
