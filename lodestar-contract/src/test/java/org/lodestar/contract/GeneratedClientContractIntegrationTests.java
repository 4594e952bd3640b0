package org.lodestar.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API contract, tried as an integrator tries it: lodestar.jar serves its demo organisation, OpenAPI Generator
 * generates a Java client from {@code /v3/api-docs} with validation on, the client and the hand-written calls in
 * {@code src/test/calls} compile against it, and every GET of the document is called through it. A controller
 * change that breaks the document, a model or a typed problem fails here.
 */
class GeneratedClientContractIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path work;
    private static LodestarServer server;
    private static JsonNode document;
    private static GeneratedClient client;

    @BeforeAll
    static void generateTheClientFromTheRunningApplication() throws Exception {
        work = Path.of(System.getProperty("lodestar.contract.work", "target/contract"));
        deleteRecursively(work);
        Files.createDirectories(work);
        server = LodestarServer.start(Path.of(System.getProperty("lodestar.jar")), work);
        HttpResponse<String> served = server.get("/v3/api-docs", "pmo");
        assertThat(served.statusCode()).isEqualTo(200);
        Path file = Files.writeString(work.resolve("openapi.json"), served.body());
        document = JSON.readTree(served.body());
        client = GeneratedClient.generate(file, work, Path.of(System.getProperty("lodestar.contract.calls")));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void operationsAndModelsHaveNamesAClientCanUse() throws IOException {
        assertThat(methodsByName().keySet()).containsExactlyInAnyOrderElementsOf(operationIds())
                .noneMatch(name -> name.matches(".*\\d$"));
        assertThat(client.models()).as("models named like a java.lang type")
                .noneMatch(GeneratedClientContractIntegrationTests::isJavaLangType);
    }

    /**
     * GETs whose record the demo organisation does not hold, so they cannot be called on it: a plan's export needs
     * its {@code format} parameter, which the path resolver does not fill. Named one by one, and checked to be still
     * unresolvable.
     */
    private static final List<String> NOT_IN_THE_DEMO_YET = List.of("exportPlan");

    @Test
    void everyGetOfTheDemoOrganisationDeserialisesIntoItsModel() throws Exception {
        invokeCalls("attachABusinessCase", server.base().toString());   // the demo has no attachment; one is attached first, through the client
        Object apiClient = invokeCalls("client", server.base().toString(), "pmo");
        DemoRecords records = new DemoRecords(server, "pmo");
        Map<String, Method> methods = methodsByName();
        List<Get> gets = gets();
        List<String> failures = new ArrayList<>();
        List<String> notInTheDemoYet = new ArrayList<>();
        int called = 0;
        for (Get get : gets) {
            Method method = methods.get(get.operationId());
            if (method == null) {
                failures.add(get + ": no generated method");
                continue;
            }
            Optional<Map<String, String>> path = records.resolve(get.path());
            if (path.isPresent() && get.operationId().equals("roleHeatmapCauses")) {
                // the drill-down's query names a cell: one of the demo's allocations
                Map<String, String> cell = records.heatmapCell();
                path = cell.isEmpty() ? Optional.empty() : Optional.of(cell);
            }
            if (path.isEmpty() && NOT_IN_THE_DEMO_YET.contains(get.operationId())) {
                notInTheDemoYet.add(get.operationId());
                continue;
            }
            if (path.isEmpty()) {
                failures.add(get + ": the demo organisation has no record for it");
                continue;
            }
            called++;
            try {
                Object api = method.getDeclaringClass().getConstructor(apiClient.getClass()).newInstance(apiClient);
                Object answer = method.invoke(api, arguments(method, path.get()));
                if (method.getReturnType() != void.class && answer == null) {
                    failures.add(get + " with " + path.get() + ": no body");
                }
            } catch (InvocationTargetException refused) {
                failures.add(get + " with " + path.get() + ": " + describe(refused.getCause()));
            }
        }
        assertThat(failures).isEmpty();
        // each exception must still be needed: once the demo holds the record, remove it from the list
        assertThat(notInTheDemoYet).containsExactlyInAnyOrderElementsOf(NOT_IN_THE_DEMO_YET);
        assertThat(called + notInTheDemoYet.size()).isEqualTo(gets.size());
        assertThat(called).isGreaterThanOrEqualTo(45);
    }

    @Test
    void writesThroughTheClientAndProblemsArriveTyped() throws Exception {
        invokeCalls("writesAndProblems", server.base().toString());
    }

    @Test
    void theDocumentPassesSpectralsOasRuleset() throws Exception {
        String spectral = System.getenv("LODESTAR_SPECTRAL");
        if ("1".equals(System.getenv("LODESTAR_REQUIRE_SPECTRAL"))) {
            assertThat(spectral).as("LODESTAR_SPECTRAL (the spectral command) is required here").isNotBlank();
        }
        assumeThat(spectral).as("LODESTAR_SPECTRAL names the spectral command").isNotBlank();
        Path ruleset = Files.writeString(work.resolve(".spectral.yaml"), "extends: [\"spectral:oas\"]\n");
        Process lint = new ProcessBuilder(spectral, "lint", "--ruleset", ruleset.toString(), "--fail-severity", "error",
                work.resolve("openapi.json").toString())
                .redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes());
        Files.writeString(work.resolve("spectral.txt"), output);     // its warnings, for whoever improves the document
        assertThat(lint.waitFor()).as(output).isZero();
    }

    private record Get(String path, String operationId) {
        @Override
        public String toString() {
            return operationId + " (GET " + path + ")";
        }
    }

    private static List<Get> gets() {
        List<Get> gets = new ArrayList<>();
        document.path("paths").properties().forEach(path -> {
            JsonNode get = path.getValue().get("get");
            if (get != null) {
                gets.add(new Get(path.getKey(), get.path("operationId").asText()));
            }
        });
        gets.sort(Comparator.comparing(Get::path));
        return gets;
    }

    private static List<String> operationIds() {
        List<String> ids = new ArrayList<>();
        document.path("paths").forEach(path -> path.forEach(operation -> {
            if (operation.has("operationId")) {
                ids.add(operation.get("operationId").asText());
            }
        }));
        return ids;
    }

    private static Map<String, Method> methodsByName() throws IOException {
        Map<String, Method> methods = new HashMap<>();
        for (Class<?> api : client.apis()) {
            for (Method method : api.getDeclaredMethods()) {
                if (isOperation(method)) {
                    methods.put(method.getName(), method);
                }
            }
        }
        return methods;
    }

    /** An operation's method: not its variant with extra headers or HTTP information, nor a helper. */
    private static boolean isOperation(Method method) {
        Class<?>[] types = method.getParameterTypes();
        return java.lang.reflect.Modifier.isPublic(method.getModifiers())
                && !method.getName().endsWith("WithHttpInfo") && !method.getName().equals("downloadFileFromResponse")
                && (types.length == 0 || types[types.length - 1] != Map.class);
    }

    /** Path variables by name; the one required query list (scenario ids to compare) from the demo's scenarios. */
    private static Object[] arguments(Method method, Map<String, String> path) throws Exception {
        Parameter[] parameters = method.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            String name = parameters[i].getName();
            Class<?> type = parameters[i].getType();
            if (path.containsKey(name)) {
                arguments[i] = convert(path.get(name), type);
            } else if (name.equals("ids") && List.class.isAssignableFrom(type)) {
                List<Long> scenarios = new ArrayList<>();
                JSON.readTree(server.get("/api/v1/scenarios", "pmo").body())
                        .forEach(scenario -> scenarios.add(scenario.path("id").asLong()));
                arguments[i] = scenarios;
            }
        }
        return arguments;
    }

    private static Object convert(String value, Class<?> type) {
        if (type == Long.class || type == long.class) {
            return Long.valueOf(value);
        }
        if (type == Integer.class || type == int.class) {
            return Integer.valueOf(value);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(value);
        }
        return value;
    }

    private static Object invokeCalls(String name, Object... arguments) throws Exception {
        Class<?> calls = client.load("org.lodestar.contract.calls.ContractCalls");
        Method call = Stream.of(calls.getMethods()).filter(method -> method.getName().equals(name)).findFirst()
                .orElseThrow();
        try {
            return call.invoke(null, arguments);
        } catch (InvocationTargetException failed) {
            if (failed.getCause() instanceof Exception exception) {
                throw exception;
            }
            throw (Error) failed.getCause();
        }
    }

    private static String describe(Throwable failure) {
        String text = failure.toString();
        try {
            Object code = failure.getClass().getMethod("getCode").invoke(failure);
            Object body = failure.getClass().getMethod("getResponseBody").invoke(failure);
            text += " [" + code + "] " + body;
        } catch (ReflectiveOperationException notAnApiException) {
            // the message says it
        }
        if (failure.getCause() != null) {
            text += " caused by " + failure.getCause();
        }
        return text;
    }

    private static boolean isJavaLangType(String name) {
        try {
            Class.forName("java.lang." + name);
            return true;
        } catch (ClassNotFoundException notThere) {
            return false;
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
