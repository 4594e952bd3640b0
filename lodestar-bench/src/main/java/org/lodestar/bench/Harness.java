package org.lodestar.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The multi-node fault harness (issue 10): starts two or three Lodestar nodes over one PostgreSQL as child
 * processes, drives a mixed workload from client threads for a bounded time while it kills a node (SIGKILL) and
 * restarts the database, then reads back every acknowledged write, runs concurrent edits of one task from two nodes
 * and rounds of the reminders job, and prints a report with one verdict line per drill. Exits 1 when a drill fails.
 *
 * <p>{@code harness --jar lodestar.jar --db-url jdbc:postgresql://127.0.0.1:55450/h --psql "psql ..." [--nodes 3]
 * [--clients 6] [--seconds 150] [--pg-restart "pg_ctl ... restart"] [--drills kill,pg,conflict,job]
 * [--out DIR]}
 */
final class Harness {

    private static final int FIRST_PORT = 18461;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final PrintStream out;
    private String jar = "lodestar-app/target/lodestar.jar";
    private String dbUrl;
    private String dbUser = "postgres";
    private String dbPassword = "harness";
    private List<String> psql;
    private List<String> pgRestart;
    private int nodeCount = 3;
    private int clientCount = 6;
    private int seconds = 150;
    private int jobRounds = 4;
    private List<String> drills = List.of("kill", "pg", "conflict", "job");
    private Path outDir = Path.of("target/harness");

    private final List<Node> nodes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private final Map<String, Stats> stats = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> ackLog = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    private final List<String> verdicts = new ArrayList<>();
    private boolean failed;

    private Harness(PrintStream out) {
        this.out = out;
    }

    static int run(List<String> args, PrintStream out) throws Exception {
        Harness harness = new Harness(out);
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--jar" -> harness.jar = args.get(++i);
                case "--db-url" -> harness.dbUrl = args.get(++i);
                case "--db-user" -> harness.dbUser = args.get(++i);
                case "--db-password" -> harness.dbPassword = args.get(++i);
                case "--psql" -> harness.psql = List.of(args.get(++i).split(" "));
                case "--pg-restart" -> harness.pgRestart = List.of(args.get(++i).split(" "));
                case "--nodes" -> harness.nodeCount = Integer.parseInt(args.get(++i));
                case "--clients" -> harness.clientCount = Integer.parseInt(args.get(++i));
                case "--seconds" -> harness.seconds = Integer.parseInt(args.get(++i));
                case "--job-rounds" -> harness.jobRounds = Integer.parseInt(args.get(++i));
                case "--drills" -> harness.drills = List.of(args.get(++i).split(","));
                case "--out" -> harness.outDir = Path.of(args.get(++i));
                default -> {
                    out.println("unknown argument " + args.get(i));
                    return 2;
                }
            }
        }
        if (harness.dbUrl == null || harness.psql == null) {
            out.println("usage: harness --jar JAR --db-url JDBC_URL --psql \"psql -h .. -p .. -U .. -d ..\" "
                    + "[--pg-restart CMD] [--nodes 3] [--clients 6] [--seconds 150] [--drills kill,pg,conflict,job]");
            return 2;
        }
        try {
            return harness.execute();
        } finally {
            harness.stopNodes();
        }
    }

    // ---------------------------------------------------------------- nodes

    /** One Lodestar server, a child process on a loopback port. */
    final class Node {
        final int index;
        final int port;
        Process process;

        Node(int index) {
            this.index = index;
            this.port = FIRST_PORT + index;
        }

        String base() {
            return "http://127.0.0.1:" + port;
        }

        void start(boolean demo) throws IOException {
            List<String> command = new ArrayList<>(List.of("java", "-Xmx768m", "-XX:+UseSerialGC", "-jar", jar,
                    "--lodestar.status.reminders-cron=*/10 * * * * *",
                    "--lodestar.timesheets.reminders-cron=*/10 * * * * *",
                    "--lodestar.performance.kpis-cron=*/10 * * * * *",
                    "--lodestar.reporting.distribution-cron=*/10 * * * * *",
                    "--lodestar.finance.positions-cron=*/10 * * * * *",
                    "--lodestar.status.health-snapshot-cron=*/10 * * * * *",
                    "--spring.datasource.hikari.connection-timeout=5000"));
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("LODESTAR_DB_URL", dbUrl);
            builder.environment().put("LODESTAR_DB_USER", dbUser);
            builder.environment().put("LODESTAR_DB_PASSWORD", dbPassword);
            builder.environment().put("LODESTAR_PORT", Integer.toString(port));
            builder.environment().put("LODESTAR_DEMO", Boolean.toString(demo));
            builder.environment().put("LODESTAR_ADMIN_PASSWORD", "harness-admin-password");
            builder.environment().put("LODESTAR_DATA_DIR", outDir.resolve("node" + (index + 1)).toString());
            builder.redirectErrorStream(true);
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(outDir.resolve("node" + (index + 1) + ".log").toFile()));
            process = builder.start();
        }

        boolean ready() {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base()
                        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && response.body().contains("UP");
            } catch (IOException | InterruptedException notYet) {
                return false;
            }
        }

        void awaitReady(Duration limit) throws InterruptedException {
            long until = System.nanoTime() + limit.toNanos();
            while (!ready()) {
                if (!process.isAlive()) throw new IllegalStateException("node " + (index + 1) + " exited; see its log");
                if (System.nanoTime() > until) throw new IllegalStateException("node " + (index + 1) + " not ready");
                Thread.sleep(500);
            }
        }
    }

    private void stopNodes() {
        for (Node node : nodes) {
            if (node.process != null && node.process.isAlive()) node.process.destroy();
        }
        for (Node node : nodes) {
            try {
                if (node.process != null && !node.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    node.process.destroyForcibly();
                }
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---------------------------------------------------------------- the run

    private int execute() throws Exception {
        Files.createDirectories(outDir);
        long began = System.nanoTime();
        for (int i = 0; i < nodeCount; i++) nodes.add(new Node(i));
        out.printf("harness: %d nodes (ports %d-%d), %d clients, %d s of load, drills %s%n", nodeCount, FIRST_PORT,
                FIRST_PORT + nodeCount - 1, clientCount, seconds, drills);
        nodes.get(0).start(true);
        nodes.get(0).awaitReady(Duration.ofMinutes(6));
        for (int i = 1; i < nodeCount; i++) nodes.get(i).start(false);
        for (int i = 1; i < nodeCount; i++) nodes.get(i).awaitReady(Duration.ofMinutes(3));
        out.printf("nodes ready after %.0f s (node 1 loaded the demo organisation)%n", (System.nanoTime() - began) / 1e9);
        token = createToken();
        if (drills.contains("job")) jobDrill();   // first, while every node is up: the kill drill may leave one down
        List<Long> projects = activeProjects();
        if (projects.size() < clientCount + 1) throw new IllegalStateException("too few active projects");

        String session = drills.contains("kill") ? signIn(nodes.get(nodeCount - 1)) : null;
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < clientCount; i++) clients.add(new Client(i, projects.get(i)));
        for (Client client : clients) client.prepare();

        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        long loadStart = System.nanoTime();
        for (Client client : clients) {
            Thread thread = new Thread(() -> client.loop(running), "client-" + client.index);
            thread.setDaemon(true);   // a failed drill ends the run; clients must not keep the JVM alive
            thread.start();
            threads.add(thread);
        }
        Faults faults = new Faults(session);
        faults.during(loadStart);
        long remaining = loadStart + seconds * 1_000_000_000L - System.nanoTime();
        if (remaining > 0) Thread.sleep(remaining / 1_000_000);
        running.set(false);
        for (Thread thread : threads) thread.join(120_000);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        printStats(loadSeconds);

        Files.write(outDir.resolve("acknowledged-writes.log"), ackLog);
        checkWrites(clients);
        faults.report();
        if (drills.contains("conflict")) conflictDrill(projects.get(clientCount));
        out.println();
        for (String verdict : verdicts) out.println(verdict);
        out.printf("harness %s in %.0f s%n", failed ? "FAILED" : "passed", (System.nanoTime() - began) / 1e9);
        return failed ? 1 : 0;
    }

    private void verdict(boolean pass, String line) {
        verdicts.add((pass ? "PASS  " : "FAIL  ") + line);
        if (!pass) failed = true;
    }

    // ---------------------------------------------------------------- HTTP

    record Answer(int status, String body, Map<String, List<String>> headers) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private Answer send(Node node, String method, String path, String json, String ifMatch) throws IOException,
            InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(node.base() + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
        if (ifMatch != null) builder.header("If-Match", ifMatch);
        if (json != null) builder.header("Content-Type", "application/json");
        builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response.headers().map());
    }

    /** Sends on the given node, then the others in turn, until an answer that is not a node or database failure. */
    private Answer sendRetrying(int firstNode, String method, String path, String json, String ifMatch)
            throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int attempt = 0;
        while (true) {
            Node node = nodes.get((firstNode + attempt) % nodes.size());
            try {
                Answer answer = send(node, method, path, json, ifMatch);
                if (answer.status < 500) return answer;
                note(answer);
            } catch (IOException unreachable) {
                failures.computeIfAbsent("connection failed", key -> new AtomicLong()).incrementAndGet();
            }
            if (System.nanoTime() > until) throw new IllegalStateException(method + " " + path + " failed for 90 s");
            attempt++;
            Thread.sleep(Math.min(2000, 100L * attempt));
        }
    }

    private void note(Answer answer) {
        String retryAfter = answer.headers.getOrDefault("retry-after", List.of()).isEmpty() ? "" : " with Retry-After";
        failures.computeIfAbsent(answer.status + retryAfter, key -> new AtomicLong()).incrementAndGet();
    }

    private String createToken() throws Exception {
        String basic = Base64.getEncoder().encodeToString("pmo:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(nodes.get(0).base() + "/api/v1/tokens"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"harness\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) throw new IllegalStateException("token: " + response.statusCode());
        return (String) Json.object(response.body()).get("secret");
    }

    @SuppressWarnings("unchecked")
    private List<Long> activeProjects() throws Exception {
        Answer answer = send(nodes.get(0), "GET", "/api/v1/projects?state=ACTIVE&size=100", null, null);
        List<Long> ids = new ArrayList<>();
        for (Object item : (List<Object>) Json.object(answer.body).get("items")) {
            ids.add((Long) ((Map<String, Object>) item).get("id"));
        }
        return ids;
    }

    // ---------------------------------------------------------------- browser sessions

    /** Signs in through the form on a node; the session cookie's name=value, or null. */
    private String signIn(Node node) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(node.base() + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) throw new IllegalStateException("no CSRF token on the sign-in page");
        String form = "username=pmo&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(node.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : signedIn.headers().allValues("set-cookie")) {
            if (cookie.startsWith("SESSION=") || cookie.startsWith("JSESSIONID=")) return cookie.split(";")[0];
        }
        return null;
    }

    /** Whether a page that needs a signed-in user answers 200 on this node with the cookie. */
    private int pageWithSession(Node node, String cookie) throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return browser.send(HttpRequest.newBuilder(URI.create(node.base() + "/projects")).header("Cookie", cookie)
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    // ---------------------------------------------------------------- workload

    /** Latencies of one operation, successful or not. */
    static final class Stats {
        final List<Double> millis = new ArrayList<>();
        long errors;

        synchronized void add(double ms, boolean ok) {
            millis.add(ms);
            if (!ok) errors++;
        }
    }

    private void time(String operation, long startedNanos, boolean ok) {
        stats.computeIfAbsent(operation, key -> new Stats()).add((System.nanoTime() - startedNanos) / 1e6, ok);
    }

    /** One client: browses, edits its project's plan, reports its project's status, logs its project's risks. */
    final class Client {
        final int index;
        final long project;
        final List<Long> tasks = new ArrayList<>();
        /** per task: the last acknowledged value, and every value tried after it */
        final Map<Long, String> lastAcked = new ConcurrentHashMap<>();
        final Map<Long, List<String>> triedSince = new ConcurrentHashMap<>();
        final List<String> ackedTaskValues = new ArrayList<>();
        final Map<Long, String> ackedReports = new LinkedHashMap<>();
        final Map<Long, String> ackedRisks = new LinkedHashMap<>();
        long planVersion;
        int sequence;

        Client(int index, long project) {
            this.index = index;
            this.project = project;
        }

        int home() {
            return index % nodes.size();
        }

        @SuppressWarnings("unchecked")
        void prepare() throws Exception {
            Map<String, Object> plan = Json.object(sendRetrying(home(), "GET", "/api/v1/projects/" + project + "/plan",
                    null, null).body);
            planVersion = (Long) plan.get("version");
            for (Object task : (List<Object>) plan.get("tasks")) {
                Map<String, Object> row = (Map<String, Object>) task;
                if (!(Boolean) row.get("summary") && tasks.size() < 5) tasks.add((Long) row.get("id"));
            }
        }

        void loop(AtomicBoolean running) {
            while (running.get()) {
                int kind = sequence % 10;
                sequence++;
                long started = System.nanoTime();
                String operation = kind < 4 ? "browse projects" : kind < 6 ? "browse dashboard"
                        : kind < 8 ? "edit task" : kind == 8 ? "publish report" : "log risk";
                boolean ok = false;
                try {
                    switch (operation) {
                        case "browse projects" -> ok = sendRetrying(home(), "GET", "/api/v1/projects?size=20&page="
                                + (sequence % 3), null, null).ok();
                        case "browse dashboard" -> ok = sendRetrying(home(), "GET", "/api/v1/status/dashboard",
                                null, null).ok();
                        case "edit task" -> ok = editTask();
                        case "publish report" -> ok = publishReport();
                        default -> ok = logRisk();
                    }
                } catch (RuntimeException | InterruptedException broken) {
                    failures.computeIfAbsent("operation gave up: " + broken.getMessage(), key -> new AtomicLong())
                            .incrementAndGet();
                }
                time(operation, started, ok);
            }
        }

        @SuppressWarnings("unchecked")
        private boolean editTask() throws InterruptedException {
            long task = tasks.get(sequence % tasks.size());
            String value = "hx-c" + index + "-" + sequence;
            triedSince.computeIfAbsent(task, key -> new ArrayList<>()).add(value);
            String path = "/api/v1/projects/" + project + "/plan/tasks/" + task;
            for (int attempt = 0; attempt < 20; attempt++) {
                Answer answer = sendRetrying(home() + attempt, "PATCH", path, "{\"name\":\"" + value + "\"}",
                        "\"" + planVersion + "\"");
                if (answer.ok()) {
                    planVersion = (Long) Json.object(answer.body).get("version");
                    acknowledge(task, value, planVersion);
                    return true;
                }
                if (answer.status != 409) return false;
                // stale: a retried PATCH whose first try committed, or a version moved by a lost answer
                Map<String, Object> current = Json.object(sendRetrying(home(), "GET", path, null, null).body);
                Map<String, Object> plan = Json.object(sendRetrying(home(), "GET", "/api/v1/projects/" + project
                        + "/plan", null, null).body);
                planVersion = (Long) plan.get("version");
                if (value.equals(current.get("name"))) {
                    acknowledge(task, value, planVersion);
                    return true;
                }
            }
            return false;
        }

        private void acknowledge(long task, String value, long version) {
            lastAcked.put(task, value);
            triedSince.put(task, new ArrayList<>());
            synchronized (ackedTaskValues) {
                ackedTaskValues.add(value);
            }
            ackLog.add("task " + task + " version " + version + " name " + value);
        }

        /** The newest report of the project taken to published: revised if published, edited, submitted. */
        @SuppressWarnings("unchecked")
        private boolean publishReport() throws InterruptedException {
            List<Object> history = Json.array(sendRetrying(home(), "GET", "/api/v1/projects/" + project
                    + "/status-reports", null, null).body);
            Map<String, Object> newest = null;
            for (Object entry : history) {
                Map<String, Object> report = (Map<String, Object>) entry;
                if (newest == null || ((String) report.get("periodEnd")).compareTo((String) newest.get("periodEnd")) > 0
                        || (report.get("periodEnd").equals(newest.get("periodEnd"))
                        && (Long) report.get("revision") > (Long) newest.get("revision"))) newest = report;
            }
            if (newest == null) return false;
            long id = (Long) newest.get("id");
            Map<String, Object> report;
            if ("PUBLISHED".equals(newest.get("state"))) {
                Answer revised = sendRetrying(home(), "POST", "/api/v1/status-reports/" + id + "/revise", null, null);
                if (!revised.ok()) return false;   // a retried revise whose first try committed: next round goes on
                report = Json.object(revised.body);
                id = (Long) report.get("id");
            } else {
                report = Json.object(sendRetrying(home(), "GET", "/api/v1/status-reports/" + id, null, null).body);
            }
            String value = "hx-c" + index + "-" + sequence;
            if (!"SUBMITTED".equals(report.get("state"))) {
                String green = "{\"rag\":\"GREEN\"}";
                Answer edited = sendRetrying(home(), "PUT", "/api/v1/status-reports/" + id, "{\"overall\":" + green
                        + ",\"schedule\":" + green + ",\"cost\":" + green + ",\"scope\":" + green + ",\"resources\":"
                        + green + ",\"risks\":" + green + ",\"quality\":" + green + ",\"accomplishments\":\"" + value
                        + "\",\"version\":" + report.get("version") + "}", null);
                if (!edited.ok()) return false;
                Answer submitted = sendRetrying(home(), "POST", "/api/v1/status-reports/" + id + "/submit",
                        "{\"version\":" + Json.object(edited.body).get("version") + "}", null);
                if (!submitted.ok()) return false;
                report = Json.object(submitted.body);
            } else {
                value = (String) report.get("accomplishments");
            }
            Answer published = sendRetrying(home(), "POST", "/api/v1/status-reports/" + id + "/publish",
                    "{\"version\":" + report.get("version") + "}", null);
            if (!published.ok()) return false;
            synchronized (ackedReports) {
                ackedReports.put(id, value);
            }
            ackLog.add("report " + id + " published accomplishments " + value);
            return true;
        }

        @SuppressWarnings("unchecked")
        private boolean logRisk() throws InterruptedException {
            String title = "hx-risk-c" + index + "-" + sequence;
            String body = "{\"kind\":\"THREAT\",\"title\":\"" + title
                    + "\",\"category\":\"Technical\",\"probability\":2,\"impact\":3}";
            Answer created = null;
            try {
                created = send(nodes.get(home()), "POST", "/api/v1/projects/" + project + "/risks", body, null);
            } catch (IOException lost) {
                failures.computeIfAbsent("connection failed", key -> new AtomicLong()).incrementAndGet();
            }
            if (created == null || created.status >= 500) {
                // not idempotent: whether the first try committed is read before trying again elsewhere
                if (created != null) note(created);
                for (Object risk : Json.array(sendRetrying(home() + 1, "GET", "/api/v1/projects/" + project
                        + "/risks", null, null).body)) {
                    if (title.equals(((Map<String, Object>) risk).get("title"))) {
                        record(((Map<String, Object>) risk), title);
                        return true;
                    }
                }
                created = sendRetrying(home() + 1, "POST", "/api/v1/projects/" + project + "/risks", body, null);
            }
            if (!created.ok()) return false;
            record(Json.object(created.body), title);
            return true;
        }

        private void record(Map<String, Object> risk, String title) {
            synchronized (ackedRisks) {
                ackedRisks.put((Long) risk.get("id"), title);
            }
            ackLog.add("risk " + risk.get("id") + " title " + title);
        }
    }

    private void printStats(double loadSeconds) {
        out.printf("%nload: %.0f s%n", loadSeconds);
        out.printf("%-18s %7s %7s %8s %8s %8s %8s%n", "operation", "count", "errors", "p50 ms", "p95 ms", "p99 ms",
                "per s");
        long total = 0;
        for (String operation : List.of("browse projects", "browse dashboard", "edit task", "publish report",
                "log risk")) {
            Stats s = stats.get(operation);
            if (s == null) continue;
            double[] sorted;
            synchronized (s) {
                sorted = s.millis.stream().mapToDouble(Double::doubleValue).toArray();
            }
            Arrays.sort(sorted);
            total += sorted.length;
            out.printf("%-18s %7d %7d %8.1f %8.1f %8.1f %8.1f%n", operation, sorted.length, s.errors,
                    HttpLatencyRunner.percentile(sorted, 50), HttpLatencyRunner.percentile(sorted, 95),
                    HttpLatencyRunner.percentile(sorted, 99), sorted.length / loadSeconds);
        }
        out.printf("%-18s %7d %7s %8s %8s %8s %8.1f%n", "all", total, "", "", "", "", total / loadSeconds);
        out.println("failed attempts (each retried on another node): " + (failures.isEmpty() ? "none" : failures));
    }

    // ---------------------------------------------------------------- read-back

    @SuppressWarnings("unchecked")
    private void checkWrites(List<Client> clients) throws Exception {
        long acknowledged = 0;
        long lost = 0;
        List<String> lostOnes = new ArrayList<>();
        for (Client client : clients) {
            Map<String, Object> plan = Json.object(send(nodes.get(0), "GET", "/api/v1/projects/" + client.project
                    + "/plan", null, null).body);
            Map<Long, String> names = new LinkedHashMap<>();
            for (Object task : (List<Object>) plan.get("tasks")) {
                Map<String, Object> row = (Map<String, Object>) task;
                names.put((Long) row.get("id"), (String) row.get("name"));
            }
            for (Map.Entry<Long, String> acked : client.lastAcked.entrySet()) {
                String now = names.get(acked.getKey());
                if (!acked.getValue().equals(now) && !client.triedSince.getOrDefault(acked.getKey(), List.of()).contains(now)) {
                    lost++;
                    lostOnes.add("task " + acked.getKey() + " acknowledged " + acked.getValue() + " reads " + now);
                }
            }
            // every acknowledged task write is in the audit trail, which is written in the change's transaction
            List<String> audited = sql("select new_value from audit_change where field = 'name' and new_value like 'hx-c"
                    + client.index + "-%'");
            for (String value : client.ackedTaskValues) {
                acknowledged++;
                if (!audited.contains(value)) {
                    lost++;
                    lostOnes.add("task write " + value + " has no audit row");
                }
            }
            for (Map.Entry<Long, String> report : client.ackedReports.entrySet()) {
                acknowledged++;
                Map<String, Object> read = Json.object(send(nodes.get(0), "GET", "/api/v1/status-reports/"
                        + report.getKey(), null, null).body);
                if (!"PUBLISHED".equals(read.get("state")) || !report.getValue().equals(read.get("accomplishments"))) {
                    lost++;
                    lostOnes.add("report " + report.getKey() + " reads " + read.get("state") + " " + read.get("accomplishments"));
                }
            }
            for (Map.Entry<Long, String> risk : client.ackedRisks.entrySet()) {
                acknowledged++;
                Answer read = send(nodes.get(0), "GET", "/api/v1/risks/" + risk.getKey(), null, null);
                if (!read.ok() || !risk.getValue().equals(Json.object(read.body).get("title"))) {
                    lost++;
                    lostOnes.add("risk " + risk.getKey() + " answers " + read.status);
                }
            }
        }
        for (String one : lostOnes.subList(0, Math.min(10, lostOnes.size()))) out.println("  lost: " + one);
        verdict(lost == 0 && acknowledged > 0, "acknowledged writes read back: " + acknowledged + ", lost writes: " + lost);
    }

    private List<String> sql(String query) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(psql);
        command.addAll(List.of("-At", "-c", query));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) throw new IllegalStateException("psql: " + output);
        return output.isBlank() ? List.of() : List.of(output.strip().split("\n"));
    }

    private void runCommand(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) throw new IllegalStateException(command + ": " + output);
    }

    // ---------------------------------------------------------------- faults during the load

    /** The faults injected while the clients run: SIGKILL of a node (then its restart), a database restart. */
    final class Faults {
        final String session;
        Integer sessionOnOtherNode;
        double killedAt = -1;
        double rejoinedAfter = -1;
        double pgRestartedAt = -1;
        double pgDownSeconds = -1;
        long failuresBeforePg;
        Map<String, Long> pgFailures = new LinkedHashMap<>();
        boolean servedAfterPg;

        Faults(String session) {
            this.session = session;
        }

        void during(long loadStart) throws Exception {
            Node victim = nodes.get(nodes.size() - 1);
            if (drills.contains("kill")) {
                sleepUntil(loadStart, seconds * 0.3);
                victim.process.destroyForcibly();   // SIGKILL
                killedAt = (System.nanoTime() - loadStart) / 1e9;
                out.printf("t=%.0f s: node %d killed (SIGKILL)%n", killedAt, victim.index + 1);
                if (session != null) sessionOnOtherNode = pageWithSession(nodes.get(0), session);
                if (nodes.size() > 2 || drills.contains("pg")) {
                    sleepUntil(loadStart, seconds * 0.4);
                    long restart = System.nanoTime();
                    victim.start(false);
                    victim.awaitReady(Duration.ofMinutes(5));   // a loaded 2-core machine took over 3
                    rejoinedAfter = (System.nanoTime() - restart) / 1e9;
                    out.printf("node %d restarted and ready in %.0f s%n", victim.index + 1, rejoinedAfter);
                }
            }
            if (drills.contains("pg") && pgRestart != null) {
                sleepUntil(loadStart, seconds * 0.65);
                Map<String, Long> before = snapshot();
                long restart = System.nanoTime();
                pgRestartedAt = (restart - loadStart) / 1e9;
                runCommand(pgRestart);
                pgDownSeconds = (System.nanoTime() - restart) / 1e9;
                out.printf("t=%.0f s: PostgreSQL restarted (%.1f s)%n", pgRestartedAt, pgDownSeconds);
                Thread.sleep(10_000);
                Map<String, Long> after = snapshot();
                after.forEach((kind, count) -> {
                    long delta = count - before.getOrDefault(kind, 0L);
                    if (delta > 0) pgFailures.put(kind, delta);
                });
                servedAfterPg = true;
                for (Node node : nodes) {
                    Answer answer = send(node, "GET", "/api/v1/projects?size=1", null, null);
                    if (answer.status != 200) servedAfterPg = false;
                }
            }
        }

        private Map<String, Long> snapshot() {
            Map<String, Long> copy = new LinkedHashMap<>();
            failures.forEach((kind, count) -> copy.put(kind, count.get()));
            return copy;
        }

        private void sleepUntil(long loadStart, double second) throws InterruptedException {
            long wait = loadStart + (long) (second * 1e9) - System.nanoTime();
            if (wait > 0) Thread.sleep(wait / 1_000_000);
        }

        void report() {
            if (killedAt >= 0) {
                verdict(true, String.format("node killed at t=%.0f s: clients retried on the other nodes%s (lost "
                        + "writes: see the read-back line)", killedAt,
                        rejoinedAfter >= 0 ? String.format(", the node rejoined in %.0f s", rejoinedAfter) : ""));
                if (session != null) {
                    verdict(sessionOnOtherNode != null && sessionOnOtherNode == 200, "browser session signed in on the killed node"
                            + " used on node 1 after the kill: " + sessionOnOtherNode + " (sessions are JDBC rows)");
                }
            }
            if (pgRestartedAt >= 0) {
                long fiveHundreds = pgFailures.entrySet().stream()
                        .filter(entry -> entry.getKey().startsWith("5") && !entry.getKey().startsWith("503 with"))
                        .mapToLong(Map.Entry::getValue).sum();
                verdict(servedAfterPg && fiveHundreds == 0, String.format("PostgreSQL restarted at t=%.0f s (%.1f s):"
                        + " every node served again without a restart: %s; failed attempts meanwhile: %s",
                        pgRestartedAt, pgDownSeconds, servedAfterPg, pgFailures.isEmpty() ? "none" : pgFailures));
            }
        }
    }

    // ---------------------------------------------------------------- concurrent edits

    /** Two clients on two nodes edit the same task from the version each read: 409s, no lost update, audit complete. */
    @SuppressWarnings("unchecked")
    private void conflictDrill(long project) throws Exception {
        Map<String, Object> plan = Json.object(send(nodes.get(0), "GET", "/api/v1/projects/" + project + "/plan", null, null).body);
        long task = -1;
        for (Object row : (List<Object>) plan.get("tasks")) {
            if (!(Boolean) ((Map<String, Object>) row).get("summary")) {
                task = (Long) ((Map<String, Object>) row).get("id");
                break;
            }
        }
        long taskId = task;
        String path = "/api/v1/projects/" + project + "/plan/tasks/" + taskId;
        Map<Long, String> ackedByVersion = new ConcurrentHashMap<>();
        AtomicLong duplicates = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        AtomicLong other = new AtomicLong();
        List<Thread> editors = new ArrayList<>();
        for (int e = 0; e < 2; e++) {
            int editor = e;
            Node node = nodes.get(e % nodes.size());
            Thread thread = new Thread(() -> {
                try {
                    for (int i = 0; i < 40; i++) {
                        Map<String, Object> read = Json.object(send(node, "GET", "/api/v1/projects/" + project + "/plan",
                                null, null).body);
                        long version = (Long) read.get("version");
                        String value = "hc-e" + editor + "-" + i;
                        Answer answer = send(node, "PATCH", path, "{\"name\":\"" + value + "\"}", "\"" + version + "\"");
                        if (answer.ok()) {
                            long now = (Long) Json.object(answer.body).get("version");
                            if (ackedByVersion.put(now, value) != null) duplicates.incrementAndGet();
                        } else if (answer.status == 409) {
                            conflicts.incrementAndGet();
                        } else {
                            other.incrementAndGet();
                        }
                    }
                } catch (Exception broken) {
                    other.incrementAndGet();
                }
            });
            thread.start();
            editors.add(thread);
        }
        for (Thread thread : editors) thread.join();
        List<String> audited = sql("select c.new_value from audit_change c where c.field = 'name' "
                + "and c.new_value like 'hc-e%'");
        long newest = ackedByVersion.keySet().stream().mapToLong(Long::longValue).max().orElse(-1);
        Map<String, Object> finalTask = Json.object(send(nodes.get(0), "GET", path, null, null).body);
        boolean lastWins = ackedByVersion.isEmpty() || ackedByVersion.get(newest).equals(finalTask.get("name"));
        boolean auditComplete = audited.size() == ackedByVersion.size()
                && audited.containsAll(ackedByVersion.values());
        verdict(duplicates.get() == 0 && other.get() == 0 && lastWins && auditComplete && conflicts.get() > 0,
                String.format("concurrent edits of one task from nodes 1 and 2: %d saved, %d refused with 409, "
                        + "%d other; no two saves from one version: %s; final value is the last save: %s; audit rows "
                        + "%d = saves %d", ackedByVersion.size(), conflicts.get(), other.get(), duplicates.get() == 0,
                        lastWins, audited.size(), ackedByVersion.size()));
    }

    // ---------------------------------------------------------------- the scheduled job

    /** The scheduled jobs, each under its own {@code job_lock} row; the nodes fire them all every 10 s. */
    private static final List<String> JOBS = List.of("status-reminders", "timesheet-reminders", "kpi-computation",
            "report-distribution", "earned-value-positions", "health-snapshot");

    /**
     * Every node fires each job every 10 s (cron); the job's lease (50 seconds to six days) lets one round in per
     * lease. The harness ends the leases between two ticks, so each tick is a round; the nodes' counters of runs and
     * skips (Prometheus) must then show, for each job, exactly one run per round across the nodes, and a skip on
     * every other node.
     */
    private void jobDrill() throws Exception {
        Map<String, long[]> before = null;
        Map<String, List<String>> holders = new LinkedHashMap<>();
        for (int round = 0; round < jobRounds; round++) {
            sleepUntilSecondOfTen(5);
            // counted from just before the first round: a lease shorter than the drill (the earned value positions'
            // 50 s) may have run out by itself before it, but not after the rounds renew it every 10 s
            if (before == null) before = jobCounters();
            sql("update job_lock set locked_until = timestamp with time zone '1970-01-01 00:00:00+00' "
                    + "where name in ('" + String.join("', '", JOBS) + "')");
            sleepUntilSecondOfTen(3);   // the tick at :x0 has passed; each round's winner holds its job's lock
            for (String job : JOBS) {
                holders.computeIfAbsent(job, name -> new ArrayList<>())
                        .addAll(sql("select locked_by from job_lock where name = '" + job + "'"));
            }
        }
        sleepUntilSecondOfTen(5);
        Map<String, long[]> after = jobCounters();
        for (String job : JOBS) {
            long runs = after.get(job)[0] - before.get(job)[0];
            long skips = after.get(job)[1] - before.get(job)[1];
            // the rounds: one per expiry; the ticks with the lease held: every node skips
            verdict(runs == jobRounds && skips >= (long) jobRounds * (nodes.size() - 1),
                    String.format("%s job with %d nodes: %d rounds, %d runs, %d skips; ran on %s", job,
                            nodes.size(), jobRounds, runs, skips, holders.get(job)));
        }
    }

    /** Each job's runs (any outcome) and skips, summed over the nodes. */
    private Map<String, long[]> jobCounters() throws Exception {
        Map<String, long[]> counters = new LinkedHashMap<>();
        for (String job : JOBS) counters.put(job, new long[2]);
        Pattern counter = Pattern.compile("^lodestar_job_(runs_seconds_count|skips_total)\\{[^}]*job=\"([a-z-]+)\"[^}]*\\} "
                + "([0-9.]+)", Pattern.MULTILINE);
        for (Node node : nodes) {
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(node.base()
                    + "/actuator/prometheus")).header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = counter.matcher(metrics.body());
            while (m.find()) {
                long[] counts = counters.get(m.group(2));
                if (counts != null) counts[m.group(1).startsWith("runs") ? 0 : 1] += (long) Double.parseDouble(m.group(3));
            }
        }
        return counters;
    }

    private static void sleepUntilSecondOfTen(int second) throws InterruptedException {
        long now = System.currentTimeMillis();
        long inTen = now % 10_000;
        long wait = second * 1000L - inTen;
        if (wait <= 0) wait += 10_000;
        Thread.sleep(wait);
    }
}
